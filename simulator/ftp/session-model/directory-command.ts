import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectSame, run, type FtpModel, type Real } from './model.js';

/** AT+CFTPSMKD / AT+CFTPSRMD of one of a few names. */
export class DirectoryCommand implements AsyncCommand<FtpModel, Real> {
  constructor(
    readonly verb: 'MKD' | 'RMD',
    readonly name: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FtpModel, real: Real): Promise<void> {
    const code = `+CFTPS${this.verb}`;
    const out = await run(real, this.toString(), new RegExp(`\\${code}: \\d+`));
    if (m.session !== 'in') {
      // 11 "State related error" without a session; 4 "Connection closed by server" after PEER CLOSED.
      expect(out).toBe(`\r\n${code}: ${m.session === 'closed' ? 4 : 11}\r\n\r\nERROR\r\n`);
    } else if (this.verb === 'MKD') {
      expect(out).toBe(`\r\nOK\r\n\r\n${code}: 0\r\n`);
      m.dirs.add(this.name);
    } else {
      // 9 "Operation rejected by server": no such directory.
      expect(out).toBe(`\r\nOK\r\n\r\n${code}: ${m.dirs.has(this.name) ? 0 : 9}\r\n`);
      m.dirs.delete(this.name);
    }
    await expectSame(m, real);
  }
  toString(): string {
    return `AT+CFTPS${this.verb}="${this.name}"`;
  }
}
