import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { completeSearch, expectSame, settle, type LifecycleModel, type Real } from './model.js';

export class CgactCommand implements AsyncCommand<LifecycleModel, Real> {
  constructor(
    readonly state: 0 | 1,
    readonly cid: number,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    const out = await real.h.command(this.toString());
    if (!m.defined.has(this.cid)) {
      expect(out).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    } else if (this.state === 0) {
      m.active.delete(this.cid);
      expect(out.startsWith('\r\nOK\r\n')).toBe(true);
    } else if (m.registration !== 'registered' && m.fun !== 1) {
      expect(out).toBe('\r\n+CME ERROR: operation not allowed because of MT functionality restrictions\r\n');
    } else {
      if (m.registration !== 'registered') {
        m.attachWanted = true;
        settle(m);
        completeSearch(m);
      }
      if (m.registration === 'registered') {
        m.active.add(this.cid);
        expect(out.startsWith('\r\nOK\r\n')).toBe(true);
      } else {
        expect(out.startsWith('\r\n+CME ERROR: no nw service\r\n')).toBe(true);
      }
    }
    await expectSame(m, real);
  }
  toString(): string {
    return `AT+CGACT=${this.state},${this.cid}`;
  }
}
