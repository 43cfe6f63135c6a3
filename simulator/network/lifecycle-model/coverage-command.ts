import type { AsyncCommand } from 'fast-check';
import { expectSame, settle, type LifecycleModel, type Real } from './model.js';

/** The world: the cell comes into range or goes (control action "set coverage"). */
export class CoverageCommand implements AsyncCommand<LifecycleModel, Real> {
  constructor(readonly on: boolean) {}
  check(): boolean {
    return true;
  }
  async run(m: LifecycleModel, real: Real): Promise<void> {
    await real.control.run('set coverage', { on: this.on });
    m.coverage = this.on;
    settle(m);
    await expectSame(m, real);
  }
  toString(): string {
    return `[control] set coverage --on ${this.on}`;
  }
}
