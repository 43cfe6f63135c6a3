// Cell broadcast pages (3GPP TS 23.041 §9.4.1.2): 88 octets — serial number (2), message
// identifier (2), data coding scheme (1), page parameter (1: page in bits 4-7, pages in 0-3)
// and 82 octets of content, GSM 7-bit text padded with CR (93 septets), or UCS2/8-bit.
// CBS data coding (23.038 §5): 0000xxxx GSM 7-bit, 00010000 GSM 7-bit with a language
// prefix, 00010001 UCS2 with a language prefix, 01xx general coding, 1111 GSM/8-bit.

import { OctetReader, PduError } from './errors.js';
import { decodeGsm7, encodeGsm7 } from './gsm7.js';
import { packSeptets, unpackSeptets } from './septets.js';
import { ucs2Decode, ucs2Encode } from './user-data.js';
import type { Alphabet } from './dcs.js';

export const CBM_PAGE_OCTETS = 88;
const CONTENT_OCTETS = 82;
const CONTENT_SEPTETS = 93;

export interface CbmPage {
  serial: number;
  messageId: number;
  dcs: number;
  page: number;
  pages: number;
  /** 82 octets. */
  content: Buffer;
}

export function cbsAlphabet(dcs: number): Alphabet {
  const group = dcs >> 4;
  if (dcs === 0x11) return 'ucs2';
  if (group >= 0x04 && group <= 0x07) {
    const bits = (dcs >> 2) & 0x03;
    return bits === 1 ? '8bit' : bits === 2 ? 'ucs2' : 'gsm7';
  }
  if (group === 0x0f) return dcs & 0x04 ? '8bit' : 'gsm7';
  return 'gsm7';
}

export function encodeCbmPage(p: CbmPage): Buffer {
  if (p.content.length !== CONTENT_OCTETS) throw new PduError(`a CBM page holds ${CONTENT_OCTETS} octets of content`);
  return Buffer.concat([Buffer.of(p.serial >> 8, p.serial & 0xff, p.messageId >> 8, p.messageId & 0xff, p.dcs, ((p.page & 0x0f) << 4) | (p.pages & 0x0f)), p.content]);
}

export function decodeCbmPage(bytes: Uint8Array): CbmPage {
  if (bytes.length !== CBM_PAGE_OCTETS) throw new PduError(`a CBM page is ${CBM_PAGE_OCTETS} octets, got ${bytes.length}`);
  const r = new OctetReader(bytes);
  const serial = (r.byte('serial') << 8) | r.byte('serial');
  const messageId = (r.byte('message id') << 8) | r.byte('message id');
  const dcs = r.byte('dcs');
  const pp = r.byte('page parameter');
  return { serial, messageId, dcs, page: pp >> 4, pages: pp & 0x0f, content: r.rest() };
}

/** Content octets for a text, padded (GSM: CR septets; UCS2/8-bit: CR characters/octets). */
export function cbmContent(alphabet: Alphabet, text: string): Buffer {
  if (alphabet === 'gsm7') {
    const septets = encodeGsm7(text);
    if (!septets) throw new PduError('text is not GSM 7-bit');
    if (septets.length > CONTENT_SEPTETS) throw new PduError(`CBM text of ${septets.length} septets exceeds ${CONTENT_SEPTETS}`);
    while (septets.length < CONTENT_SEPTETS) septets.push(0x0d);
    return packSeptets(septets).subarray(0, CONTENT_OCTETS);
  }
  const body = alphabet === 'ucs2' ? ucs2Encode(text) : Buffer.from(text, 'latin1');
  if (body.length > CONTENT_OCTETS) throw new PduError(`CBM content of ${body.length} octets exceeds ${CONTENT_OCTETS}`);
  const out = Buffer.alloc(CONTENT_OCTETS);
  body.copy(out);
  for (let i = body.length; i < CONTENT_OCTETS; i += alphabet === 'ucs2' ? 2 : 1) {
    if (alphabet === 'ucs2') out.writeUInt16BE(0x000d, i);
    else out[i] = 0x0d;
  }
  return out;
}

/** The text of a page without its padding (trailing CRs). */
export function cbmText(p: CbmPage): string | undefined {
  const alphabet = cbsAlphabet(p.dcs);
  if (alphabet === '8bit') return undefined;
  const text = alphabet === 'gsm7' ? decodeGsm7(unpackSeptets(p.content, CONTENT_SEPTETS)) : ucs2Decode(p.content);
  return text.replace(/\r+$/, '');
}
