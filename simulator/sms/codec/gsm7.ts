// The GSM 7-bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1, §6.2.1.1).
// A character outside both tables cannot be sent in a GSM 7-bit message.

/** Default alphabet: index = septet value. */
const DEFAULT_TABLE =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';

/** Extension table, reached through the escape septet 0x1B (23.038 §6.2.1.1). */
const EXTENSION: ReadonlyArray<[number, string]> = [
  [0x0a, '\f'],
  [0x14, '^'],
  [0x28, '{'],
  [0x29, '}'],
  [0x2f, '\\'],
  [0x3c, '['],
  [0x3d, '~'],
  [0x3e, ']'],
  [0x40, '|'],
  [0x65, '€'],
];

export const GSM7_ESCAPE = 0x1b;

const CHAR_TO_SEPTET = new Map<string, number>();
for (let i = 0; i < DEFAULT_TABLE.length; i++) if (i !== GSM7_ESCAPE) CHAR_TO_SEPTET.set(DEFAULT_TABLE[i]!, i);
const CHAR_TO_EXTENSION = new Map<string, number>(EXTENSION.map(([code, ch]) => [ch, code]));
const EXTENSION_TO_CHAR = new Map<number, string>(EXTENSION);

if (DEFAULT_TABLE.length !== 128) throw new Error(`GSM 7-bit table has ${DEFAULT_TABLE.length} entries`);

/** Septets for `text`, extension characters as two septets; undefined if a character has no GSM 7-bit code. */
export function encodeGsm7(text: string): number[] | undefined {
  const out: number[] = [];
  for (const ch of text) {
    const code = CHAR_TO_SEPTET.get(ch);
    if (code !== undefined) {
      out.push(code);
      continue;
    }
    const ext = CHAR_TO_EXTENSION.get(ch);
    if (ext === undefined) return undefined;
    out.push(GSM7_ESCAPE, ext);
  }
  return out;
}

/**
 * Text of septets. An escape followed by a code the extension table lacks shows the default
 * character of that code (23.038 §6.2.1.1: "display the character from the default table");
 * a trailing escape is shown as a space.
 */
export function decodeGsm7(septets: readonly number[]): string {
  let out = '';
  for (let i = 0; i < septets.length; i++) {
    const s = septets[i]! & 0x7f;
    if (s !== GSM7_ESCAPE) {
      out += DEFAULT_TABLE[s]!;
      continue;
    }
    const next = septets[i + 1];
    if (next === undefined) {
      out += ' ';
      break;
    }
    i++;
    out += EXTENSION_TO_CHAR.get(next & 0x7f) ?? (next === GSM7_ESCAPE ? ' ' : DEFAULT_TABLE[next & 0x7f]!);
  }
  return out;
}

export function isGsm7(text: string): boolean {
  return encodeGsm7(text) !== undefined;
}

/** Number of septets `text` takes, or undefined when it is not GSM 7-bit text. */
export function gsm7Length(text: string): number | undefined {
  return encodeGsm7(text)?.length;
}
