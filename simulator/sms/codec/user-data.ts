// TP-User-Data and TP-User-Data-Length (3GPP TS 23.040 §9.2.3.16, §9.2.3.24): an optional
// user data header, then the body in the alphabet TP-DCS names. For GSM 7-bit, TP-UDL counts
// septets (header included, rounded up to whole septets) and the body starts on a septet
// boundary after fill bits; for 8-bit and UCS2 it counts octets.

import type { Alphabet } from './dcs.js';
import { OctetReader, PduError } from './errors.js';
import { decodeGsm7, encodeGsm7 } from './gsm7.js';
import { packSeptets, unpackSeptets } from './septets.js';
import { decodeUdh, encodeUdh, type InformationElement } from './udh.js';

export interface UserData {
  /** Present exactly when TP-UDHI is set. */
  header?: InformationElement[];
  /**
   * The body: septet values (one per octet) for GSM 7-bit, the octets for 8-bit and UCS2
   * (UTF-16 big-endian code units for UCS2).
   */
  body: Buffer;
}

/** The most a single TP-UD may hold (§9.2.3.16). */
export const MAX_SEPTETS = 160;
export const MAX_OCTETS = 140;

function headerOctets(header: readonly InformationElement[] | undefined): Buffer {
  if (!header) return Buffer.alloc(0);
  const udh = encodeUdh(header);
  return Buffer.concat([Buffer.of(udh.length), udh]);
}

/** Septets or octets the body may still take after the header. */
export function bodyCapacity(alphabet: Alphabet, header: readonly InformationElement[] | undefined): number {
  const h = headerOctets(header).length;
  return alphabet === 'gsm7' ? MAX_SEPTETS - Math.ceil((h * 8) / 7) : MAX_OCTETS - h;
}

export function encodeUserData(alphabet: Alphabet, ud: UserData): { udl: number; octets: Buffer } {
  const head = headerOctets(ud.header);
  if (alphabet === 'gsm7') {
    const headerSeptets = Math.ceil((head.length * 8) / 7);
    const fill = headerSeptets * 7 - head.length * 8;
    const udl = headerSeptets + ud.body.length;
    if (udl > MAX_SEPTETS) throw new PduError(`user data of ${udl} septets exceeds ${MAX_SEPTETS}`);
    return { udl, octets: Buffer.concat([head, packSeptets([...ud.body], fill)]) };
  }
  const udl = head.length + ud.body.length;
  if (udl > MAX_OCTETS) throw new PduError(`user data of ${udl} octets exceeds ${MAX_OCTETS}`);
  return { udl, octets: Buffer.concat([head, ud.body]) };
}

export function decodeUserData(r: OctetReader, alphabet: Alphabet, hasHeader: boolean): UserData {
  const udl = r.byte('TP-UDL');
  if (alphabet === 'gsm7') {
    if (udl > MAX_SEPTETS) throw new PduError(`TP-UDL ${udl} exceeds ${MAX_SEPTETS} septets`);
    const octets = r.take(Math.ceil((udl * 7) / 8), 'TP-UD');
    if (!hasHeader) return { body: Buffer.from(unpackSeptets(octets, udl)) };
    const udhl = octets[0];
    if (udhl === undefined || udhl + 1 > octets.length) throw new PduError('user data header longer than the user data');
    const header = decodeUdh(octets.subarray(1, 1 + udhl));
    const headerSeptets = Math.ceil(((udhl + 1) * 8) / 7);
    if (headerSeptets > udl) throw new PduError('user data header longer than TP-UDL');
    const fill = headerSeptets * 7 - (udhl + 1) * 8;
    return { header, body: Buffer.from(unpackSeptets(octets.subarray(udhl + 1), udl - headerSeptets, fill)) };
  }
  if (udl > MAX_OCTETS) throw new PduError(`TP-UDL ${udl} exceeds ${MAX_OCTETS} octets`);
  const octets = r.take(udl, 'TP-UD');
  if (!hasHeader) return { body: octets };
  const udhl = octets[0]!;
  if (udl === 0 || udhl + 1 > octets.length) throw new PduError('user data header longer than the user data');
  return { header: decodeUdh(octets.subarray(1, 1 + udhl)), body: octets.subarray(1 + udhl) };
}

/** The body as text: GSM 7-bit and UCS2 decode; 8-bit data has no text. */
export function userDataText(alphabet: Alphabet, ud: UserData): string | undefined {
  if (alphabet === 'gsm7') return decodeGsm7([...ud.body]);
  if (alphabet === 'ucs2') return ucs2Decode(ud.body);
  return undefined;
}

/** The body for text in an alphabet; undefined if GSM 7-bit cannot hold a character. */
export function textBody(alphabet: Alphabet, text: string): Buffer | undefined {
  if (alphabet === 'gsm7') {
    const septets = encodeGsm7(text);
    return septets ? Buffer.from(septets) : undefined;
  }
  if (alphabet === 'ucs2') return ucs2Encode(text);
  return Buffer.from(text, 'latin1');
}

export function ucs2Encode(text: string): Buffer {
  const out = Buffer.alloc(text.length * 2);
  for (let i = 0; i < text.length; i++) out.writeUInt16BE(text.charCodeAt(i), i * 2);
  return out;
}

export function ucs2Decode(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return out;
}
