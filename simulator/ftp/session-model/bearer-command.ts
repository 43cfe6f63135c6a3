import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, type FtpModel, type Real } from './model.js';

/** The network deactivates context 1: the service stops, "+CFTPSNOTIFY:FTPS DISCONNECT" if a session was connected (§15.4). */
export class BearerLostCommand implements AsyncCommand<FtpModel, Real> {
  check(m: Readonly<FtpModel>): boolean {
    return m.bearer;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    real.h.take();
    await real.control.run('deactivate context', { cid: 1 });
    await real.h.settle();
    const out = real.h.take();
    expect(out.includes('+CFTPSNOTIFY:FTPS DISCONNECT')).toBe(m.session === 'in');
    m.bearer = false;
    m.started = false;
    m.activatedByUs = false;
    m.session = 'out';
    await expectSame(m, real);
  }
  toString(): string {
    return '(the network deactivates context 1)';
  }
}

/** AT+CGACT=1,1: context 1 up again. */
export class BearerBackCommand implements AsyncCommand<FtpModel, Real> {
  check(m: Readonly<FtpModel>): boolean {
    return !m.bearer;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    expect(await real.h.command('AT+CGACT=1,1')).toContain('OK');
    m.bearer = true;
    await expectSame(m, real);
  }
  toString(): string {
    return 'AT+CGACT=1,1';
  }
}
