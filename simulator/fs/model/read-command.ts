import type { AsyncCommand } from 'fast-check';
import { answer, ERROR, expectAnswer, get, mounted, targetText, type Drive, type FsModel, type Real } from './model.js';

/** AT+CFTRANTX="<path>" (the whole file, exactly) or AT+FSATTRI=<name> (its size). */
export class ReadCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly drive: Drive,
    readonly names: string[],
    readonly attri: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    if (this.attri) {
      const { drive, names } = m.cwd;
      const file = get(m, drive, [...names, this.names.at(-1)!]);
      if (!mounted(m, drive) || file?.kind !== 'file') return expectAnswer(real, this.toString(), ERROR);
      return expectAnswer(real, this.toString(), answer([`+FSATTRI: ${file.data.length}`]));
    }
    const file = get(m, this.drive, this.names);
    if (!mounted(m, this.drive) || file?.kind !== 'file') return expectAnswer(real, this.toString(), ERROR);
    const data = file.data.toString('latin1');
    await expectAnswer(real, this.toString(), answer([...(data.length ? [`+CFTRANTX: DATA,${data.length}`, data] : []), '+CFTRANTX: 0']));
  }
  toString(): string {
    return this.attri ? `AT+FSATTRI=${this.names.at(-1)!}` : `AT+CFTRANTX="${targetText({ drive: this.drive, names: this.names })}"`;
  }
}
