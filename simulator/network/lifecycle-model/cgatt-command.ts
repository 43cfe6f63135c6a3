import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { completeSearch, expectSame, settle, type LifecycleModel, type Real } from './model.js';

export class CgattCommand implements AsyncCommand<LifecycleModel, Real> {
  constructor(readonly state: 0 | 1) {}
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    const out = await real.h.command(`AT+CGATT=${this.state}`);
    if (this.state === 0) {
      m.attachWanted = false;
      settle(m);
      expect(out.startsWith('\r\nOK\r\n')).toBe(true);
    } else if (m.fun !== 1) {
      expect(out).toBe('\r\n+CME ERROR: operation not allowed because of MT functionality restrictions\r\n');
    } else {
      m.attachWanted = true;
      settle(m);
      completeSearch(m);
      if (m.registration === 'registered') expect(out.startsWith('\r\nOK\r\n')).toBe(true);
      else expect(out.startsWith('\r\n+CME ERROR: no nw service\r\n')).toBe(true);
    }
    await expectSame(m, real);
  }
  toString(): string {
    return `AT+CGATT=${this.state}`;
  }
}
