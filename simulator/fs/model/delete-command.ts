import type { AsyncCommand } from 'fast-check';
import { children, ERROR, expectAnswer, get, key, mounted, OK, type FsModel, type Real } from './model.js';

/** AT+FSDEL=<filename> in the current directory, or AT+FSDEL=*.* (every file there). */
export class DeleteCommand implements AsyncCommand<FsModel, Real> {
  constructor(readonly name: string) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const { drive, names: cwd } = m.cwd;
    if (!mounted(m, drive)) return expectAnswer(real, this.toString(), ERROR);
    if (this.name === '*.*') {
      for (const e of children(m, drive, cwd)) if (e.kind === 'file') m.entries.delete(key(drive, e.names));
      return expectAnswer(real, this.toString(), OK);
    }
    const names = [...cwd, this.name];
    if (get(m, drive, names)?.kind !== 'file') return expectAnswer(real, this.toString(), ERROR);
    m.entries.delete(key(drive, names));
    await expectAnswer(real, this.toString(), OK);
  }
  toString(): string {
    return `AT+FSDEL=${this.name}`;
  }
}
