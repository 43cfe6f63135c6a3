import type { AsyncCommand } from 'fast-check';
import { completeSearch, expectSame, type LifecycleModel, type Real } from './model.js';

/** Time passes: long enough for a search to finish. */
export class WaitCommand implements AsyncCommand<LifecycleModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    await real.h.advance(5000);
    completeSearch(m);
    await expectSame(m, real);
  }
  toString(): string {
    return '[wait 5 s]';
  }
}
