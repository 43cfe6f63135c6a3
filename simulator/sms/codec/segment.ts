// Splitting a text into SMS bodies (3GPP TS 23.040 §9.2.3.24.1, concatenated short messages):
// one message when it fits (160 GSM 7-bit septets, 140 octets, 70 UCS2 characters), else
// segments each carrying a concatenation element, never splitting a GSM escape pair or a
// UTF-16 surrogate pair. The alphabet is GSM 7-bit when every character has a code, else UCS2.

import type { Alphabet } from './dcs.js';
import { encodeGsm7 } from './gsm7.js';
import { concatenationElement, type InformationElement } from './udh.js';
import { bodyCapacity, textBody, type UserData } from './user-data.js';

export interface SplitOptions {
  /** Default: GSM 7-bit when possible, else UCS2. */
  alphabet?: Alphabet;
  /** Concatenation reference for a multipart message (0-255, or 0-65535 with `wideReference`). */
  reference?: number;
  wideReference?: boolean;
  /** Elements every segment carries (application ports). */
  extraHeader?: InformationElement[];
}

export function chooseAlphabet(text: string): Alphabet {
  return encodeGsm7(text) ? 'gsm7' : 'ucs2';
}

/** Units of `text` for an alphabet: septet groups per character (GSM), code units kept whole per character. */
function units(alphabet: Alphabet, text: string): Buffer[] {
  return [...text].map((ch) => textBody(alphabet, ch) ?? Buffer.alloc(0));
}

export function splitText(text: string, options: SplitOptions = {}): { alphabet: Alphabet; parts: UserData[] } {
  const alphabet = options.alphabet ?? chooseAlphabet(text);
  const extra = options.extraHeader;
  const whole = textBody(alphabet, text);
  if (!whole) throw new Error(`text cannot be written in ${alphabet}`);
  if (whole.length <= bodyCapacity(alphabet, extra)) return { alphabet, parts: [extra ? { header: extra, body: whole } : { body: whole }] };
  const probe = [...(extra ?? []), concatenationElement({ reference: 0, wide: options.wideReference ?? false, total: 1, sequence: 1 })];
  const capacity = bodyCapacity(alphabet, probe);
  const chunks: Buffer[] = [];
  let current: Buffer[] = [];
  let size = 0;
  for (const u of units(alphabet, text)) {
    if (size + u.length > capacity) {
      chunks.push(Buffer.concat(current));
      current = [];
      size = 0;
    }
    current.push(u);
    size += u.length;
  }
  if (current.length) chunks.push(Buffer.concat(current));
  const reference = options.reference ?? 0;
  const parts = chunks.map((body, i) => ({
    header: [...(extra ?? []), concatenationElement({ reference, wide: options.wideReference ?? false, total: chunks.length, sequence: i + 1 })],
    body,
  }));
  return { alphabet, parts };
}
