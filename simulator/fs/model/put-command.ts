import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { fits, get, key, mounted, targetText, type Drive, type FsModel, type Real } from './model.js';

/**
 * The control action `fs put --path <path>`: a file put on the module from outside, replacing
 * one of that name, the missing directories made (on C: too); refused when a name on the way is
 * a file, the path is a directory, the card is out or the drive full.
 */
export class PutCommand implements AsyncCommand<FsModel, Real> {
  constructor(
    readonly drive: Drive,
    readonly names: string[],
    readonly data: Uint8Array,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    const put = new ModemControl(real.h.modem).run('fs put', { path: this.path(), hex: Buffer.from(this.data).toString('hex') });
    const blocked = this.names.slice(0, -1).some((_, i) => get(m, this.drive, this.names.slice(0, i + 1))?.kind === 'file');
    const there = get(m, this.drive, this.names);
    if (!mounted(m, this.drive) || blocked || there?.kind === 'dir' || !fits(m, this.drive, this.data.length, there?.data.length ?? 0)) {
      await expect(put, this.toString()).rejects.toThrow();
      return;
    }
    await put;
    const stored: string[] = [];
    for (let i = 0; i < this.names.length; i++) {
      const names = this.names.slice(0, i + 1);
      const entry = get(m, this.drive, names);
      stored.push(entry?.names.at(-1) ?? this.names[i]!);
      if (i < this.names.length - 1 && !entry) m.entries.set(key(this.drive, names), { kind: 'dir', names: [...stored], data: Buffer.alloc(0) });
    }
    m.entries.set(key(this.drive, this.names), { kind: 'file', names: stored, data: Buffer.from(this.data) });
  }
  private path(): string {
    return targetText({ drive: this.drive, names: this.names });
  }
  toString(): string {
    return `fs put --path ${this.path()} (${this.data.length} bytes)`;
  }
}
