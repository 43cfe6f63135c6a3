import type { AsyncCommand } from 'fast-check';
import { ERROR, expectAnswer, get, key, mounted, OK, storedNames, type FsModel, type Real } from './model.js';

/** AT+FSRENAME=<old_name>,<new_name> in the current directory. */
export class RenameCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const { drive, names: cwd } = m.cwd;
    const src = get(m, drive, [...cwd, this.from]);
    const oldKey = key(drive, [...cwd, this.from]);
    const newKey = key(drive, [...cwd, this.to]);
    const taken = get(m, drive, [...cwd, this.to]) && newKey !== oldKey;
    if (!mounted(m, drive) || src?.kind !== 'file' || src.data.length === 0 || taken) return expectAnswer(real, this.toString(), ERROR);
    m.entries.delete(oldKey);
    m.entries.set(newKey, { kind: 'file', names: storedNames(m, drive, cwd, this.to), data: src.data });
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+FSRENAME=${this.from},${this.to}`;
  }
}
