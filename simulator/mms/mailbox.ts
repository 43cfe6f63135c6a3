// The MMS mailbox of AT+CMMSSAVE / AT+CMMSDELETE (manual §24.2.14-24.2.15): two places, 0 and 1
// (the test answers "(0-1)"), each holding one MMS with its status (<mmstype>: 0 received, 1 sent,
// 2 unsent). It is the module's flash, so it outlives power cycles: kept by the Modem (its
// attachments) and, with a state directory, in <state-dir>/mms/mailbox.json, written atomically
// before the command that changed it is acknowledged. The manual gives the mailbox no saving
// mode; a mailbox that forgot its messages at power-off would not be one.

import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentKey } from '../core/attachments.js';
import type { Modem } from '../core/modem.js';
import { writeFileAtomic } from '../state/nvram-store.js';
import { copyMessage, type MmsMessage, type PartKind } from './message.js';

export const MAILBOX_PLACES = 2;

export interface MailboxEntry {
  /** <mmstype>: 0 received, 1 sent, 2 unsent. */
  type: number;
  message: MmsMessage;
}

interface StoredEntry {
  type: number;
  title?: string;
  to: string[];
  cc: string[];
  bcc: string[];
  parts: Array<{ kind: PartKind; name: string; contentType: string; data: string }>;
}

function toStored(e: MailboxEntry): StoredEntry {
  return {
    type: e.type,
    ...(e.message.title !== undefined ? { title: e.message.title } : {}),
    to: e.message.to,
    cc: e.message.cc,
    bcc: e.message.bcc,
    parts: e.message.parts.map((p) => ({ kind: p.kind, name: p.name, contentType: p.contentType, data: (p.data ?? Buffer.alloc(0)).toString('base64') })),
  };
}

function fromStored(s: unknown): MailboxEntry | undefined {
  const d = s as Partial<StoredEntry> | null;
  if (!d || typeof d !== 'object' || ![0, 1, 2].includes(d.type as number) || !Array.isArray(d.parts)) return undefined;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return {
    type: d.type!,
    message: {
      ...(typeof d.title === 'string' ? { title: d.title } : {}),
      to: strings(d.to),
      cc: strings(d.cc),
      bcc: strings(d.bcc),
      parts: d.parts.map((p) => {
        const data = Buffer.from(String(p.data ?? ''), 'base64');
        return { kind: p.kind, name: String(p.name), contentType: String(p.contentType), size: data.length, data };
      }),
    },
  };
}

export class Mailbox {
  private readonly places: Array<MailboxEntry | undefined> = Array.from({ length: MAILBOX_PLACES }, () => undefined);
  private readonly file: string | undefined;

  constructor(dir: string | undefined, log: (m: string) => void) {
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    this.file = join(dir, 'mailbox.json');
    try {
      const data = JSON.parse(readFileSync(this.file, 'utf8')) as unknown[];
      if (Array.isArray(data)) data.slice(0, MAILBOX_PLACES).forEach((e, i) => (this.places[i] = fromStored(e)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') log(`mms: mailbox ${this.file} unreadable, starting empty: ${(e as Error).message}`);
    }
  }

  get count(): number {
    return this.places.filter(Boolean).length;
  }

  get(index: number): MailboxEntry | undefined {
    const e = this.places[index];
    return e && { type: e.type, message: copyMessage(e.message) };
  }

  /** The lowest free place, or undefined when the mailbox is full. */
  freePlace(): number | undefined {
    const i = this.places.findIndex((e) => e === undefined);
    return i < 0 ? undefined : i;
  }

  /** Keeps a copy of `message` in place `index` (replacing what was there); durable on return. */
  save(index: number, type: number, message: MmsMessage): void {
    this.places[index] = { type, message: copyMessage(message) };
    this.flush();
  }

  /** Empties place `index`; false when it was empty. */
  delete(index: number): boolean {
    if (!this.places[index]) return false;
    this.places[index] = undefined;
    this.flush();
    return true;
  }

  clear(): void {
    this.places.fill(undefined);
    this.flush();
  }

  private flush(): void {
    if (!this.file) return;
    writeFileAtomic(this.file, JSON.stringify(this.places.map((e) => (e ? toStored(e) : null))));
  }
}

const MAILBOX = new AttachmentKey<Mailbox>('mms.mailbox');

/** The Modem's MMS mailbox, made on first use (from <state-dir>/mms/ with a state directory). */
export function mailboxOf(modem: Modem): Mailbox {
  return modem.attachments.getOrCreate(MAILBOX, () => new Mailbox(modem.stateDir ? join(modem.stateDir, 'mms') : undefined, (m) => modem.log(m)));
}
