import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, run, type FtpModel, type Real } from './model.js';

export class StartCommand implements AsyncCommand<FtpModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    const out = await run(real, 'AT+CFTPSSTART', /ERROR|\+CFTPSSTART: \d+/);
    if (m.started) {
      expect(out).toBe('\r\nERROR\r\n');
    } else {
      expect(out).toBe('\r\nOK\r\n\r\n+CFTPSSTART: 0\r\n');
      m.started = true;
      m.activatedByUs = !m.bearer;
      m.bearer = true;
    }
    await expectSame(m, real);
  }
  toString(): string {
    return 'AT+CFTPSSTART';
  }
}
