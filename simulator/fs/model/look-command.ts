import type { AsyncCommand } from 'fast-check';
import { answer, byName, children, DRIVES, ERROR, expectAnswer, mounted, used, type FsModel, type Real } from './model.js';

/** AT+FSLS (both lists), AT+FSLS? (the counts) and AT+FSMEM, of the current directory. */
export class LookCommand implements AsyncCommand<FsModel, Real> {
  constructor(readonly what: 'list' | 'count' | 'mem') {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const { drive, names } = m.cwd;
    if (!mounted(m, drive)) return expectAnswer(real, this.toString(), ERROR);
    const here = children(m, drive, names);
    const dirs = here.filter((e) => e.kind === 'dir').sort(byName);
    const files = here.filter((e) => e.kind === 'file').sort(byName);
    if (this.what === 'count') return expectAnswer(real, this.toString(), answer([`+FSLS: SUBDIRECTORIES:${dirs.length},FILES:${files.length}`]));
    if (this.what === 'mem') return expectAnswer(real, this.toString(), answer([`+FSMEM: ${drive}:(${DRIVES[drive].total}, ${used(m, drive)})`]));
    const lines = ['+FSLS: SUBDIRECTORIES:', ...dirs.map((d) => d.names.at(-1)!)];
    if (files.length > 0) lines.push('', '+FSLS: FILES:', ...files.map((f) => f.names.at(-1)!));
    await expectAnswer(real, this.toString(), answer(lines));
  }
  toString(): string {
    return { list: 'AT+FSLS', count: 'AT+FSLS?', mem: 'AT+FSMEM' }[this.what];
  }
}
