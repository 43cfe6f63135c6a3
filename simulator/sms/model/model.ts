// The model of the model-based SMS storage test: a much simpler picture of a 10-location "ME"
// memory than the simulator's, written independently (its own septet packing, no simulator
// code), against which random sequences of write/send/receive/read/list/delete in text and
// PDU mode are checked. See storage.model.test.ts.

import { expect } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

export const CAPACITY = 10;
export const STAT_NAMES = ['REC UNREAD', 'REC READ', 'STO UNSENT', 'STO SENT'] as const;

export interface ModelMessage {
  stat: 0 | 1 | 2 | 3;
  body: string;
  /** Who the text shows: the sender of received messages, the recipient of stored ones. */
  party: string;
  /** The exact PDU when the test wrote it in PDU mode. */
  pdu?: string;
}

export interface SmsModel {
  slots: Array<ModelMessage | null>;
  textMode: boolean;
  nextMr: number;
}

export interface Real {
  h: ModemHarness;
  /** Runs a command line, returns the response without the leading/trailing framing. */
  at(line: string): Promise<string>;
}

export function newModel(): SmsModel {
  return { slots: new Array(CAPACITY).fill(null), textMode: false, nextMr: 0 };
}

export function firstFree(m: SmsModel): number {
  return m.slots.indexOf(null);
}

export function used(m: SmsModel): number {
  return m.slots.filter((s) => s !== null).length;
}

/** Septets of plain ASCII letters, digits and space are their ASCII codes in the GSM alphabet. */
export function packAscii(text: string): string {
  let bits = 0;
  let acc = 0;
  const out: number[] = [];
  for (const ch of text) {
    acc |= ch.charCodeAt(0) << bits;
    bits += 7;
    while (bits >= 8) {
      out.push(acc & 0xff);
      acc >>= 8;
      bits -= 8;
    }
  }
  if (bits > 0) out.push(acc & 0xff);
  const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
  return hex(text.length) + out.map(hex).join('');
}

const PARTY_HEX = '0B915155112122F2'; // +15551112222

/** "00" (no SC address) then a SUBMIT (stat 2/3) or DELIVER (stat 0/1), built by hand (23.040 §9.2.2). */
export function handPdu(stat: number, body: string): string {
  return stat >= 2 ? `0011${'00'}${PARTY_HEX}0000A7${packAscii(body)}` : `0004${PARTY_HEX}000042101080000023${packAscii(body)}`;
}

export async function realSystem(): Promise<Real> {
  const h = await ModemHarness.start();
  const at = async (line: string) => h.command(line);
  await at('ATE0');
  await at('AT+CMEE=1');
  expect(await at('AT+CPMS="ME","ME","ME"')).toBe(`\r\n+CPMS: 0,${CAPACITY},0,${CAPACITY},0,${CAPACITY}\r\n\r\nOK\r\n`);
  return { h, at };
}

/** What +CMGR/+CMGL must show for a model message (header regex and the line after it). */
export function expectedText(msg: ModelMessage): { header: RegExp; data: string } {
  const stat = `"${STAT_NAMES[msg.stat]}"`;
  const party = `"\\${msg.party}"`;
  if (msg.stat <= 1) return { header: new RegExp(`^${stat},${party},,"\\d\\d/\\d\\d/\\d\\d,\\d\\d:\\d\\d:\\d\\d\\+32"$`), data: msg.body };
  return { header: new RegExp(`^${stat},${party},$`), data: msg.body };
}

/** What PDU mode must show: `<stat>,,<length>` and a PDU ending in the packed body. */
export function checkPdu(msg: ModelMessage, header: string, pdu: string): void {
  const m = /^(\d),,(\d+)$/.exec(header);
  expect(m, header).not.toBeNull();
  expect(Number(m![1])).toBe(msg.stat);
  if (msg.pdu) {
    expect(pdu).toBe(msg.pdu);
    expect(Number(m![2])).toBe(msg.pdu.length / 2 - 1);
  } else {
    expect(pdu.endsWith(packAscii(msg.body))).toBe(true);
  }
}
