// The TE character set of +CSCS (manual §2.2.17; 27.007 §5.5) applied to SMS text and
// addresses (27.005 §3.1: "converted to characters of the currently selected TE character
// set"): "IRA" (ITU T.50, i.e. ASCII; Latin-1 bytes are taken as such on input), "GSM" (the
// 23.038 default alphabet, one byte per septet, the extension table through 0x1B) and "UCS2"
// (each UTF-16 code unit as four hex digits, "0041" for "A").
//
// Strings are Latin-1 byte strings as the channel writes them.

import { decodeGsm7, encodeGsm7 } from './codec/gsm7.js';

export type TeCharset = 'IRA' | 'GSM' | 'UCS2';

export function teCharset(name: string): TeCharset {
  const upper = name.toUpperCase();
  return upper === 'GSM' || upper === 'UCS2' ? upper : 'IRA';
}

/** Text as the TE sees it. Characters IRA cannot show become "?" (27.007 leaves this open). */
export function toTe(text: string, charset: TeCharset): string {
  switch (charset) {
    case 'UCS2': {
      let out = '';
      for (let i = 0; i < text.length; i++) out += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
      return out;
    }
    case 'GSM':
      return [...text].map((ch) => (encodeGsm7(ch) ?? [0x3f]).map((s) => String.fromCharCode(s)).join('')).join('');
    case 'IRA':
      return [...text].map((ch) => (ch.charCodeAt(0) <= 0xff && ch.length === 1 ? ch : '?')).join('');
  }
}

/** Text typed by the TE; undefined when it is not valid in the character set (bad hex, a byte above 0x7F in GSM). */
export function fromTe(bytes: string, charset: TeCharset): string | undefined {
  switch (charset) {
    case 'UCS2': {
      if (bytes.length % 4 !== 0 || !/^[0-9A-Fa-f]*$/.test(bytes)) return undefined;
      let out = '';
      for (let i = 0; i < bytes.length; i += 4) out += String.fromCharCode(parseInt(bytes.slice(i, i + 4), 16));
      return out;
    }
    case 'GSM': {
      const septets = [...bytes].map((c) => c.charCodeAt(0));
      if (septets.some((s) => s > 0x7f)) return undefined;
      return decodeGsm7(septets);
    }
    case 'IRA':
      return bytes;
  }
}
