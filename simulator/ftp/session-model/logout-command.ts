import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, run, type FtpModel, type Real } from './model.js';

export class LogoutCommand implements AsyncCommand<FtpModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    const out = await run(real, 'AT+CFTPSLOGOUT', /ERROR|\+CFTPSLOGOUT: \d+/);
    if (m.session === 'out') {
      expect(out).toBe('\r\nERROR\r\n');
    } else {
      expect(out).toBe('\r\nOK\r\n\r\n+CFTPSLOGOUT: 0\r\n');
      m.session = 'out';
    }
    await expectSame(m, real);
  }
  toString(): string {
    return 'AT+CFTPSLOGOUT';
  }
}
