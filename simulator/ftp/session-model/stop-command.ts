import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, run, type FtpModel, type Real } from './model.js';

export class StopCommand implements AsyncCommand<FtpModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    const out = await run(real, 'AT+CFTPSSTOP', /ERROR|\+CFTPSSTOP: \d+/);
    // §15.2.4 note: log out first, or AT+CFTPSSTOP answers ERROR.
    if (!m.started || m.session !== 'out') {
      expect(out).toBe('\r\nERROR\r\n');
    } else {
      expect(out).toBe('\r\nOK\r\n\r\n+CFTPSSTOP: 0\r\n');
      m.started = false;
      if (m.activatedByUs) m.bearer = false;
      m.activatedByUs = false;
    }
    await expectSame(m, real);
  }
  toString(): string {
    return 'AT+CFTPSSTOP';
  }
}
