import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, type FtpModel, type Real } from './model.js';

/** The server closes its clients' control connections: "+CFTPSNOTIFY: PEER CLOSED" (§15.4). */
export class DropCommand implements AsyncCommand<FtpModel, Real> {
  check(m: Readonly<FtpModel>): boolean {
    return m.session === 'in';
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    real.h.take();
    real.server.dropClients();
    await real.h.waitForOutput('PEER CLOSED');
    expect(real.h.take()).toBe('\r\n+CFTPSNOTIFY: PEER CLOSED\r\n');
    m.session = 'closed';
    await expectSame(m, real);
  }
  toString(): string {
    return '(the server drops the session)';
  }
}
