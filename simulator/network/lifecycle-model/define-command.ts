import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, type LifecycleModel, type Real } from './model.js';

/** AT+CGDCONT=<cid>,"IP","apn<cid>" or, with `undefine`, AT+CGDCONT=<cid>. */
export class DefineCommand implements AsyncCommand<LifecycleModel, Real> {
  constructor(
    readonly cid: number,
    readonly undefine: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    const out = await real.h.command(this.toString());
    if (!this.undefine) {
      m.defined.add(this.cid);
      expect(out).toBe('\r\nOK\r\n');
    } else if (m.active.has(this.cid)) {
      expect(out).toBe('\r\n+CME ERROR: CID is active\r\n');
    } else {
      m.defined.delete(this.cid);
      expect(out).toBe('\r\nOK\r\n');
    }
    await expectSame(m, real);
  }
  toString(): string {
    return this.undefine ? `AT+CGDCONT=${this.cid}` : `AT+CGDCONT=${this.cid},"IP","apn${this.cid}"`;
  }
}
