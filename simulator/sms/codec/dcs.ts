// TP-Data-Coding-Scheme (3GPP TS 23.038 §4): which alphabet the user data uses, the message
// class, compression and message-waiting groups.

export type Alphabet = 'gsm7' | '8bit' | 'ucs2';

export interface DataCoding {
  alphabet: Alphabet;
  /** 0 flash (display at once), 1 ME-specific, 2 SIM-specific, 3 TE-specific; undefined: none. */
  messageClass?: 0 | 1 | 2 | 3;
  compressed: boolean;
  /** Message waiting indication group 1100 ("discard") or 1101/1110 ("store"). */
  waiting?: 'discard' | 'store';
}

export function parseDcs(dcs: number): DataCoding {
  const group = dcs >> 4;
  const alphabetBits = (dcs >> 2) & 0x03;
  const general = (): DataCoding => ({
    alphabet: alphabetBits === 1 ? '8bit' : alphabetBits === 2 ? 'ucs2' : 'gsm7', // 11 reserved: GSM 7-bit (§4)
    ...(dcs & 0x10 ? { messageClass: (dcs & 0x03) as 0 | 1 | 2 | 3 } : {}),
    compressed: (dcs & 0x20) !== 0,
  });
  if (group <= 0x07) return general(); // 00xx general, 01xx marked for automatic deletion
  if (group === 0x0c) return { alphabet: 'gsm7', compressed: false, waiting: 'discard' };
  if (group === 0x0d) return { alphabet: 'gsm7', compressed: false, waiting: 'store' };
  if (group === 0x0e) return { alphabet: 'ucs2', compressed: false, waiting: 'store' };
  if (group === 0x0f) return { alphabet: dcs & 0x04 ? '8bit' : 'gsm7', messageClass: (dcs & 0x03) as 0 | 1 | 2 | 3, compressed: false };
  return { alphabet: 'gsm7', compressed: false }; // 1000-1011 reserved: GSM 7-bit (§4)
}

/** A general-group DCS for an alphabet and optional class. */
export function makeDcs(alphabet: Alphabet, messageClass?: 0 | 1 | 2 | 3): number {
  const a = alphabet === 'gsm7' ? 0 : alphabet === '8bit' ? 0x04 : 0x08;
  return messageClass === undefined ? a : 0x10 | a | messageClass;
}
