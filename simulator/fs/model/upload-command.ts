import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { ERROR, fits, get, key, type FsModel, type Real } from './model.js';

/** AT+CFTRANRX="C:/<name>",<len> and the bytes after ">": a new file on C: (never over one). */
export class UploadCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly name: string,
    readonly data: Uint8Array,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const names = [this.name];
    const accepted = !get(m, 'C', names) && fits(m, 'C', this.data.length);
    real.h.take();
    real.h.send(this.toString() + '\r');
    await real.h.finish();
    if (!accepted) {
      expect(real.h.take(), this.toString()).toBe(ERROR);
      return;
    }
    expect(real.h.take(), this.toString()).toBe('\r\n> ');
    real.h.send(this.data);
    await real.h.finish();
    expect(real.h.take(), `${this.toString()} data`).toBe('\r\nOK\r\n');
    m.entries.set(key('C', names), { kind: 'file', names, data: Buffer.from(this.data) });
  }
  toString(): string {
    return `AT+CFTRANRX="C:/${this.name}",${this.data.length}`;
  }
}
