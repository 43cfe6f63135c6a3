// The MMS being edited (manual §24.2.4-24.2.13): a title, up to five files and the recipients,
// and what the module checks of them.
//
// Files: "PIC" (JPG/GIF/PNG/TIFF), "TEXT" (plain text), "AUDIO" (MIDI/WAV/AMR/MPEG) from the
// UART, "ATTACH" (any file of the module's file system). A picture or audio file is recognised by
// its first octets (its signature), not by its name; an attached file takes its type from its
// name's extension. With AT+CMMSCFG="data_mode",1 a file downloaded from the UART is only
// recorded (name and size): its data comes with AT+CMMSSEND.
//
// Text (title and "TEXT" files, §24.2.5): "must start with \xFF\xFE, \xFE\xFF or \xEF\xBB\xBF to
// indicate whether it is UCS2 little endian, UCS2 big endian or UTF-8 format. Without these
// OCTETS, the text file or title will be regarded as UTF-8": decoded here, kept as characters,
// and sent as UTF-8.
//
// Addresses (§24.2.8): "Mobile phone number or email address. As mobile phone number, the max
// length is 40; As email address, the max length is 60".

export type PartKind = 'PIC' | 'TEXT' | 'AUDIO' | 'ATTACH';

export interface MmsPart {
  kind: PartKind;
  /** The file name as given (Content-Location of the part). */
  name: string;
  /** MIME type. */
  contentType: string;
  /** Octets; with "data_mode" 1 a file from the UART has none until AT+CMMSSEND. */
  size: number;
  data?: Buffer;
}

export interface MmsMessage {
  /** The subject (AT+CMMSDOWN="TITLE"), decoded. */
  title?: string;
  parts: MmsPart[];
  to: string[];
  cc: string[];
  bcc: string[];
}

export function emptyMessage(): MmsMessage {
  return { parts: [], to: [], cc: [], bcc: [] };
}

/** §24.2.5 note: "can be passed up to 5 files". */
export const MAX_FILES = 5;
/** Recipients (to, cc and bcc together) one MMS holds; beyond: 175 "The storage for address is full". */
export const MAX_RECIPIENTS = 20;
/** §24.2.5: "TITLE",(1-40). */
export const MAX_TITLE_BYTES = 40;

export type AddressKind = 'phone' | 'email';

/** Whether `address` is a phone number (digits, an optional leading +, at most 40) or an e-mail address (at most 60). */
export function addressKind(address: string): AddressKind | undefined {
  if (/^\+?\d+$/.test(address) && address.length <= 40) return 'phone';
  if (address.length <= 60 && /^[^\s@",;<>]+@[^\s@",;<>]+\.[^\s@",;<>]+$/.test(address)) return 'email';
  return undefined;
}

/** The address as an MMS header writes it (OMA-TS-MMS-ENC §8: "<number>/TYPE=PLMN" for a number). */
export function pduAddress(address: string): string {
  return addressKind(address) === 'phone' ? `${address}/TYPE=PLMN` : address;
}

// ---- content ---------------------------------------------------------------------------------

function startsWith(data: Buffer, bytes: readonly number[], at = 0): boolean {
  return data.length >= at + bytes.length && bytes.every((b, i) => data[at + i] === b);
}

/** The picture type of `data` by its signature: JPEG, GIF, PNG or TIFF. */
export function pictureType(data: Buffer): string | undefined {
  if (startsWith(data, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(data, [0x47, 0x49, 0x46, 0x38])) return 'image/gif';
  if (startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(data, [0x49, 0x49, 0x2a, 0x00]) || startsWith(data, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  return undefined;
}

/** The audio type of `data` by its signature: MIDI, WAV, AMR or MPEG (ID3 tag or frame sync). */
export function audioType(data: Buffer): string | undefined {
  if (startsWith(data, [0x4d, 0x54, 0x68, 0x64])) return 'audio/midi';
  if (startsWith(data, [0x52, 0x49, 0x46, 0x46]) && startsWith(data, [0x57, 0x41, 0x56, 0x45], 8)) return 'audio/wav';
  if (data.subarray(0, 6).toString('latin1') === '#!AMR\n') return 'audio/amr';
  if (startsWith(data, [0x49, 0x44, 0x33]) || (data.length >= 2 && data[0] === 0xff && (data[1]! & 0xe0) === 0xe0)) return 'audio/mpeg';
  return undefined;
}

const BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  txt: 'text/plain',
  mid: 'audio/midi',
  midi: 'audio/midi',
  wav: 'audio/wav',
  amr: 'audio/amr',
  mp3: 'audio/mpeg',
  '3gp': 'video/3gpp',
  mp4: 'video/mp4',
  smil: 'application/smil',
  vcf: 'text/x-vCard',
};

/** A file's MIME type by its name's extension (application/octet-stream for others). */
export function typeByName(name: string): string {
  const ext = /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase();
  return (ext && BY_EXTENSION[ext]) || 'application/octet-stream';
}

/** The type a file of `kind` must have by its name, for a file recorded without data ("data_mode" 1). */
export function expectedTypeByName(kind: PartKind, name: string): string | undefined {
  const type = typeByName(name);
  if (kind === 'PIC') return type.startsWith('image/') ? type : undefined;
  if (kind === 'AUDIO') return type.startsWith('audio/') ? type : undefined;
  if (kind === 'TEXT') return 'text/plain';
  return type;
}

/**
 * The content of a file of `kind` once its data is known: the type its signature shows (PIC,
 * AUDIO), text decoded per its byte order mark and re-encoded as UTF-8 (TEXT), or undefined when
 * the data is not a file of that kind (181 "Invalid file format").
 */
export function fileContent(kind: PartKind, name: string, data: Buffer): { contentType: string; data: Buffer } | undefined {
  switch (kind) {
    case 'PIC': {
      const type = pictureType(data);
      return type ? { contentType: type, data } : undefined;
    }
    case 'AUDIO': {
      const type = audioType(data);
      return type ? { contentType: type, data } : undefined;
    }
    case 'TEXT': {
      const text = decodeText(data);
      return text === undefined ? undefined : { contentType: 'text/plain', data: Buffer.from(text, 'utf8') };
    }
    case 'ATTACH':
      return { contentType: typeByName(name), data };
  }
}

/** Text per its byte order mark (UCS2 LE, UCS2 BE, UTF-8; none: UTF-8); undefined if it is not valid in that encoding. */
export function decodeText(data: Buffer): string | undefined {
  try {
    if (startsWith(data, [0xff, 0xfe])) return ucs2(data.subarray(2), 'le');
    if (startsWith(data, [0xfe, 0xff])) return ucs2(data.subarray(2), 'be');
    const body = startsWith(data, [0xef, 0xbb, 0xbf]) ? data.subarray(3) : data;
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
}

function ucs2(data: Buffer, order: 'le' | 'be'): string | undefined {
  if (data.length % 2 !== 0) return undefined;
  const le = order === 'le' ? Buffer.from(data) : Buffer.from(data).swap16();
  return new TextDecoder('utf-16le', { fatal: true }).decode(le);
}

/** Octets of the message's files (the data the MMS carries, the title aside). */
export function contentSize(message: MmsMessage): number {
  return message.parts.reduce((n, p) => n + p.size, 0);
}

export function recipientCount(message: MmsMessage): number {
  return message.to.length + message.cc.length + message.bcc.length;
}

/** A deep copy (the mailbox keeps its own). */
export function copyMessage(m: MmsMessage): MmsMessage {
  return {
    ...(m.title !== undefined ? { title: m.title } : {}),
    parts: m.parts.map((p) => ({ ...p, ...(p.data ? { data: Buffer.from(p.data) } : {}) })),
    to: [...m.to],
    cc: [...m.cc],
    bcc: [...m.bcc],
  };
}
