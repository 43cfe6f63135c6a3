import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, settle, type LifecycleModel, type Real } from './model.js';

export class CfunCommand implements AsyncCommand<LifecycleModel, Real> {
  constructor(readonly fun: 0 | 1 | 4) {}
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    const out = await real.h.command(`AT+CFUN=${this.fun}`);
    expect(out.startsWith('\r\nOK\r\n')).toBe(true);
    m.fun = this.fun;
    settle(m);
    await expectSame(m, real);
  }
  toString(): string {
    return `AT+CFUN=${this.fun}`;
  }
}
