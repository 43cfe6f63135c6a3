// The message memories as +CPMS names them: reading, writing and deleting by index, counts for
// +CPMS, and the memory-full rule (27.005 §3.2.5 <err> 322). A composite memory (27.005 "MT")
// is a view whose indexes run through its parts in order. Indexes start at the profile's
// `firstIndex` (0 on the SIM767XX, manual §7.2.10 <index>).

import type { SmsState, StoredMessage } from '../state/sms.js';
import type { SmsProfile } from './profile.js';

interface Location {
  memory: string;
  slot: number;
}

export class MessageStorage {
  constructor(
    private readonly state: SmsState,
    private readonly profile: SmsProfile,
  ) {}

  has(memory: string): boolean {
    return this.profile.memories.some((m) => m.name === memory);
  }

  /** Physical memories behind a name, in index order. */
  private parts(memory: string): string[] {
    const def = this.profile.memories.find((m) => m.name === memory);
    if (!def) return [];
    return def.parts ?? [def.name];
  }

  private slots(physical: string): Array<StoredMessage | null> {
    return this.state.store[physical] ?? [];
  }

  total(memory: string): number {
    return this.parts(memory).reduce((n, p) => n + this.slots(p).length, 0);
  }

  used(memory: string): number {
    return this.parts(memory).reduce((n, p) => n + this.slots(p).filter((m) => m !== null).length, 0);
  }

  isFull(memory: string): boolean {
    return this.used(memory) >= this.total(memory);
  }

  private locate(memory: string, index: number): Location | undefined {
    let i = index - this.profile.firstIndex;
    if (!Number.isInteger(i) || i < 0) return undefined;
    for (const p of this.parts(memory)) {
      const n = this.slots(p).length;
      if (i < n) return { memory: p, slot: i };
      i -= n;
    }
    return undefined;
  }

  /** Whether `index` names a location of the memory (occupied or not). */
  validIndex(memory: string, index: number): boolean {
    return this.locate(memory, index) !== undefined;
  }

  read(memory: string, index: number): StoredMessage | undefined {
    const at = this.locate(memory, index);
    return at ? (this.slots(at.memory)[at.slot] ?? undefined) : undefined;
  }

  /** Stores a message in the first free location; returns its index, or undefined when full. */
  write(memory: string, message: StoredMessage): number | undefined {
    let offset = this.profile.firstIndex;
    for (const p of this.parts(memory)) {
      const slots = this.slots(p);
      const free = slots.indexOf(null);
      if (free >= 0) {
        slots[free] = { ...message };
        return offset + free;
      }
      offset += slots.length;
    }
    return undefined;
  }

  update(memory: string, index: number, change: Partial<StoredMessage>): boolean {
    const at = this.locate(memory, index);
    const current = at && this.slots(at.memory)[at.slot];
    if (!at || !current) return false;
    this.slots(at.memory)[at.slot] = { ...current, ...change };
    return true;
  }

  delete(memory: string, index: number): boolean {
    const at = this.locate(memory, index);
    if (!at || !this.slots(at.memory)[at.slot]) return false;
    this.slots(at.memory)[at.slot] = null;
    return true;
  }

  /** Occupied locations in index order. */
  list(memory: string): Array<{ index: number; message: StoredMessage }> {
    const out: Array<{ index: number; message: StoredMessage }> = [];
    let offset = this.profile.firstIndex;
    for (const p of this.parts(memory)) {
      const slots = this.slots(p);
      slots.forEach((m, i) => {
        if (m) out.push({ index: offset + i, message: m });
      });
      offset += slots.length;
    }
    return out;
  }

  /** Index range of a memory, for messages and =? answers. */
  indexRange(memory: string): { first: number; last: number } {
    return { first: this.profile.firstIndex, last: this.profile.firstIndex + this.total(memory) - 1 };
  }
}
