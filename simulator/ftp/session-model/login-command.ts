import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, run, type FtpModel, type Real } from './model.js';

export class LoginCommand implements AsyncCommand<FtpModel, Real> {
  constructor(readonly goodPassword: boolean) {}
  check(): boolean {
    return true;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    const password = this.goodPassword ? 'password' : 'wrong';
    const out = await run(real, `AT+CFTPSLOGIN="127.0.0.1",${real.server.port},"username","${password}",0`, /ERROR|\+CFTPSLOGIN: \d+/);
    if (!m.started || m.session !== 'out') {
      expect(out).toBe('\r\nERROR\r\n');
    } else {
      // 9: "Operation rejected by server" (530 to PASS).
      expect(out).toBe(`\r\nOK\r\n\r\n+CFTPSLOGIN: ${this.goodPassword ? 0 : 9}\r\n`);
      if (this.goodPassword) m.session = 'in';
    }
    await expectSame(m, real);
  }
  toString(): string {
    return `AT+CFTPSLOGIN="127.0.0.1",<port>,"username","${this.goodPassword ? 'password' : 'wrong'}",0`;
  }
}
