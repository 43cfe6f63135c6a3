import type { AsyncCommand } from 'fast-check';
import { absolute, answer, expectAnswer, fits, get, key, mounted, parentIsDir, storedNames, targetText, type FsModel, type Real, type Target } from './model.js';

/** AT+FSCOPY=<file1>,<file2>: the copy, or the manual's reason for refusing it, then ERROR. */
export class CopyCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly from: Target,
    readonly to: Target,
  ) {}
  check(): boolean {
    return true;
  }
  private refusal(m: FsModel): string | undefined {
    const src = absolute(m, this.from);
    const dst = absolute(m, this.to);
    if (dst.names.length === 0) return 'INVALID FILE NAME';
    if (!mounted(m, src.drive)) return 'SD CARD NOT PLUGGED IN';
    if (!parentIsDir(m, src.drive, src.names)) return 'DIRECTORY NOT EXISTED';
    const file = get(m, src.drive, src.names);
    if (src.names.length === 0 || file?.kind !== 'file') return 'FILE NOT EXISTING';
    if (!mounted(m, dst.drive)) return 'SD CARD NOT PLUGGED IN';
    if (!parentIsDir(m, dst.drive, dst.names)) return 'DIRECTORY NOT EXISTED';
    const there = get(m, dst.drive, dst.names);
    if (there?.kind === 'dir') return 'DIRECTORY IS EXISTED';
    if (there) return 'FILE IS EXISTING';
    if (!fits(m, dst.drive, file.data.length)) return dst.drive === 'C' ? 'EFS HAVE NO ENOUGH MEMORY' : 'SD CARD HAVE NO ENOUGH MEMORY';
    return undefined;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const refused = this.refusal(m);
    if (refused) return expectAnswer(real, this.toString(), `\r\n${refused}\r\n\r\nERROR\r\n`);
    const src = absolute(m, this.from);
    const dst = absolute(m, this.to);
    const data = Buffer.from(get(m, src.drive, src.names)!.data);
    m.entries.set(key(dst.drive, dst.names), { kind: 'file', names: storedNames(m, dst.drive, dst.names.slice(0, -1), dst.names.at(-1)!), data });
    // Files of the test are smaller than one 4096-byte piece: one report after the start.
    await expectAnswer(real, this.toString(), answer(['+FSCOPY: 0.0', '+FSCOPY: 100.0']));
  }
  toString(): string {
    return `AT+FSCOPY=${targetText(this.from)},${targetText(this.to)}`;
  }
}
