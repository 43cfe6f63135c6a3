import type { AsyncCommand } from 'fast-check';
import { ERROR, expectAnswer, get, key, mounted, OK, storedNames, type FsModel, type Real } from './model.js';

/** AT+FSMKDIR=<dir> in the current directory (D: only), or AT+FSRMDIR=<dir> (empty directories). */
export class DirectoryCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly make: boolean,
    readonly name: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const { drive, names: cwd } = m.cwd;
    const names = [...cwd, this.name];
    const existing = get(m, drive, names);
    if (drive === 'C' || !mounted(m, drive)) return expectAnswer(real, this.toString(), ERROR);
    if (this.make) {
      if (existing) return expectAnswer(real, this.toString(), ERROR);
      m.entries.set(key(drive, names), { kind: 'dir', names: storedNames(m, drive, cwd, this.name), data: Buffer.alloc(0) });
      return expectAnswer(real, this.toString(), OK);
    }
    const k = key(drive, names);
    const empty = ![...m.entries.keys()].some((other) => other.startsWith(k + '/'));
    if (existing?.kind !== 'dir' || !empty) return expectAnswer(real, this.toString(), ERROR);
    m.entries.delete(k);
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+${this.make ? 'FSMKDIR' : 'FSRMDIR'}=${this.name}`;
  }
}
