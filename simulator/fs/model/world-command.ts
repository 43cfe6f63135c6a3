import type { AsyncCommand } from 'fast-check';
import { ModemControl } from '../../control/control.js';
import type { FsModel, Real } from './model.js';

/** From outside: the SD card out or in again, or a restart (files stay, the directory is C:/). */
export class WorldCommand implements AsyncCommand<FsModel, Real> {
  constructor(readonly event: 'card-out' | 'card-in' | 'restart') {}
  check(): boolean {
    return true;
  }
  async run(m: FsModel, real: Real): Promise<void> {
    if (this.event === 'restart') {
      await real.restart();
      m.cwd = { drive: 'C', names: [] };
      if (!m.restartKeepsCard) m.sdInserted = true;
      return;
    }
    m.sdInserted = this.event === 'card-in';
    await new ModemControl(real.h.modem).run('fs sd', { inserted: m.sdInserted });
  }
  toString(): string {
    return { 'card-out': 'fs sd --inserted false', 'card-in': 'fs sd --inserted true', restart: 'restart' }[this.event];
  }
}
