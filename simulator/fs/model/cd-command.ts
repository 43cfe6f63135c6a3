import type { AsyncCommand } from 'fast-check';
import { absolute, ERROR, expectAnswer, get, mounted, targetText, type FsModel, type Real, type Target } from './model.js';

/** AT+FSCD=<path>: a drive's root, a directory by path or by name, or "..". */
export class CdCommand implements AsyncCommand<FsModel, Real> {
  constructor(readonly target: Target) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const to = absolute(m, this.target);
    const dir = get(m, to.drive, to.names);
    if (!mounted(m, to.drive) || dir?.kind !== 'dir') return expectAnswer(real, this.toString(), ERROR);
    m.cwd = { drive: to.drive, names: dir.names };
    const shown = `${to.drive}:/${dir.names.map((n) => n + '/').join('')}`;
    await expectAnswer(real, this.toString(), `\r\n+FSCD: ${shown}\r\n\r\nOK\r\n`);
  }
  toString(): string {
    const text = targetText(this.target);
    return `AT+FSCD=${text === '' ? '.' : text}`;
  }
}
