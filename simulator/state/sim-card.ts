// The UICC in the slot: its file system and its PINs, built from a SimCard profile (manual
// chapter 6; ETSI TS 102 221 for the card platform, 3GPP TS 31.102 for the USIM files).
//
// The card is plain JSON-able data that travels with the physical card: it survives module
// restarts (the slice carries it over), it leaves with the card on removal, and a card made
// from a profile file is a new card. The module-side session (what is selected, which PINs are
// verified since the card was powered) lives in sim.ts; the APDU processing in sim-apdu.ts.
//
// File tree (the files the manual's +CRSM list names that firmware actually reads; others
// answer "file not found", 6A82):
//
//   MF 3F00 ── EF_DIR 2F00, EF_ICCID 2FE2, EF_PL 2F05
//          ├── DF_TELECOM 7F10
//          └── ADF_USIM (7FFF) ── EF_LI 6F05, EF_IMSI 6F07, EF_Keys 6F08, EF_KeysPS 6F09,
//                 EF_HPPLMN 6F31, EF_ACMmax 6F37, EF_UST 6F38, EF_ACM 6F39, EF_GID1 6F3E,
//                 EF_GID2 6F3F, EF_MSISDN 6F40, EF_PUCT 6F41, EF_SMSP 6F42, EF_SMSS 6F43,
//                 EF_SPN 6F46, EF_EST 6F56, EF_START-HFN 6F5B, EF_THRESHOLD 6F5C,
//                 EF_PLMNwAcT 6F60, EF_OPLMNwAcT 6F61, EF_HPLMNwAcT 6F62, EF_PSLOCI 6F73,
//                 EF_ACC 6F78, EF_FPLMN 6F7B, EF_LOCI 6F7E, EF_AD 6FAD, EF_ECC 6FB7,
//                 EF_EHPLMN 6FD9, EF_EPSLOCI 6FE3, EF_SMS 6F3C
//
// Access conditions are those of TS 31.102 §4.2 / TS 102 221 §13 for each file (ADM: the
// operator's key, which nobody here holds).

import type { SimCard } from '../profiles/profile.js';

export type EfStructure = 'transparent' | 'linear' | 'cyclic';
export type AccessCondition = 'ALW' | 'PIN1' | 'PIN2' | 'ADM' | 'NEV';

export const MF = '3F00';
/** The path element the card uses for the current application (TS 102 221 §8.4.1). */
export const ADF_USIM = '7FFF';
export const DF_TELECOM = '7F10';
/** AID of the USIM application (3GPP RID A000000087, application code 1002, TS 101 220 Annex E). */
export const USIM_AID = 'A0000000871002FF86FF0389FFFFFFFF';

export interface EfDefinition {
  fid: string;
  name: string;
  /** Path of the directory holding it: "3F00", "3F00/7FFF", "3F00/7F10". */
  dir: string;
  structure: EfStructure;
  /** Transparent: size in bytes. Records: length of one record. */
  size: number;
  /** Records: how many. */
  records?: number;
  read: AccessCondition;
  update: AccessCondition;
  /** Cyclic files: who may INCREASE (EF_ACM). */
  increase?: AccessCondition;
}

const USIM_DIR = `${MF}/${ADF_USIM}`;

export const EF_DEFINITIONS: readonly EfDefinition[] = [
  { fid: '2F00', name: 'EF_DIR', dir: MF, structure: 'linear', size: 38, records: 1, read: 'ALW', update: 'ADM' },
  { fid: '2FE2', name: 'EF_ICCID', dir: MF, structure: 'transparent', size: 10, read: 'ALW', update: 'NEV' },
  { fid: '2F05', name: 'EF_PL', dir: MF, structure: 'transparent', size: 10, read: 'ALW', update: 'PIN1' },
  { fid: '6F05', name: 'EF_LI', dir: USIM_DIR, structure: 'transparent', size: 10, read: 'ALW', update: 'PIN1' },
  { fid: '6F07', name: 'EF_IMSI', dir: USIM_DIR, structure: 'transparent', size: 9, read: 'PIN1', update: 'ADM' },
  { fid: '6F08', name: 'EF_Keys', dir: USIM_DIR, structure: 'transparent', size: 33, read: 'PIN1', update: 'PIN1' },
  { fid: '6F09', name: 'EF_KeysPS', dir: USIM_DIR, structure: 'transparent', size: 33, read: 'PIN1', update: 'PIN1' },
  { fid: '6F31', name: 'EF_HPPLMN', dir: USIM_DIR, structure: 'transparent', size: 1, read: 'PIN1', update: 'ADM' },
  { fid: '6F37', name: 'EF_ACMmax', dir: USIM_DIR, structure: 'transparent', size: 3, read: 'PIN1', update: 'PIN2' },
  { fid: '6F38', name: 'EF_UST', dir: USIM_DIR, structure: 'transparent', size: 10, read: 'PIN1', update: 'ADM' },
  { fid: '6F39', name: 'EF_ACM', dir: USIM_DIR, structure: 'cyclic', size: 3, records: 5, read: 'PIN1', update: 'PIN2', increase: 'PIN1' },
  { fid: '6F3C', name: 'EF_SMS', dir: USIM_DIR, structure: 'linear', size: 176, records: 10, read: 'PIN1', update: 'PIN1' },
  { fid: '6F3E', name: 'EF_GID1', dir: USIM_DIR, structure: 'transparent', size: 4, read: 'PIN1', update: 'ADM' },
  { fid: '6F3F', name: 'EF_GID2', dir: USIM_DIR, structure: 'transparent', size: 4, read: 'PIN1', update: 'ADM' },
  { fid: '6F40', name: 'EF_MSISDN', dir: USIM_DIR, structure: 'linear', size: 28, records: 2, read: 'PIN1', update: 'PIN1' },
  { fid: '6F41', name: 'EF_PUCT', dir: USIM_DIR, structure: 'transparent', size: 5, read: 'PIN1', update: 'PIN2' },
  { fid: '6F42', name: 'EF_SMSP', dir: USIM_DIR, structure: 'linear', size: 40, records: 1, read: 'PIN1', update: 'PIN1' },
  { fid: '6F43', name: 'EF_SMSS', dir: USIM_DIR, structure: 'transparent', size: 2, read: 'PIN1', update: 'PIN1' },
  { fid: '6F46', name: 'EF_SPN', dir: USIM_DIR, structure: 'transparent', size: 17, read: 'ALW', update: 'ADM' },
  { fid: '6F56', name: 'EF_EST', dir: USIM_DIR, structure: 'transparent', size: 1, read: 'PIN1', update: 'PIN2' },
  { fid: '6F5B', name: 'EF_START-HFN', dir: USIM_DIR, structure: 'transparent', size: 6, read: 'PIN1', update: 'PIN1' },
  { fid: '6F5C', name: 'EF_THRESHOLD', dir: USIM_DIR, structure: 'transparent', size: 3, read: 'PIN1', update: 'ADM' },
  { fid: '6F60', name: 'EF_PLMNwAcT', dir: USIM_DIR, structure: 'transparent', size: 40, read: 'PIN1', update: 'PIN1' },
  { fid: '6F61', name: 'EF_OPLMNwAcT', dir: USIM_DIR, structure: 'transparent', size: 40, read: 'PIN1', update: 'ADM' },
  { fid: '6F62', name: 'EF_HPLMNwAcT', dir: USIM_DIR, structure: 'transparent', size: 5, read: 'PIN1', update: 'ADM' },
  { fid: '6F73', name: 'EF_PSLOCI', dir: USIM_DIR, structure: 'transparent', size: 14, read: 'PIN1', update: 'PIN1' },
  { fid: '6F78', name: 'EF_ACC', dir: USIM_DIR, structure: 'transparent', size: 2, read: 'PIN1', update: 'ADM' },
  { fid: '6F7B', name: 'EF_FPLMN', dir: USIM_DIR, structure: 'transparent', size: 12, read: 'PIN1', update: 'PIN1' },
  { fid: '6F7E', name: 'EF_LOCI', dir: USIM_DIR, structure: 'transparent', size: 11, read: 'PIN1', update: 'PIN1' },
  { fid: '6FAD', name: 'EF_AD', dir: USIM_DIR, structure: 'transparent', size: 4, read: 'ALW', update: 'ADM' },
  { fid: '6FB7', name: 'EF_ECC', dir: USIM_DIR, structure: 'linear', size: 4, records: 2, read: 'ALW', update: 'ADM' },
  { fid: '6FD9', name: 'EF_EHPLMN', dir: USIM_DIR, structure: 'transparent', size: 3, read: 'PIN1', update: 'ADM' },
  { fid: '6FE3', name: 'EF_EPSLOCI', dir: USIM_DIR, structure: 'transparent', size: 18, read: 'PIN1', update: 'PIN1' },
];

/** Directories: path → their name (for STATUS / GET RESPONSE). */
export const DIRECTORIES: Readonly<Record<string, { fid: string; name: string; aid?: string }>> = {
  [MF]: { fid: MF, name: 'MF' },
  [`${MF}/${DF_TELECOM}`]: { fid: DF_TELECOM, name: 'DF_TELECOM' },
  [USIM_DIR]: { fid: ADF_USIM, name: 'ADF_USIM', aid: USIM_AID },
};

export function efPath(def: EfDefinition): string {
  return `${def.dir}/${def.fid}`;
}

export function findEf(path: string): EfDefinition | undefined {
  return EF_DEFINITIONS.find((d) => efPath(d) === path);
}

/** A PIN as the card keeps it (TS 102 221 §9.5): the value, tries left, enabled (PIN1 only). */
export interface CardPin {
  value: string;
  retries: number;
  maxRetries: number;
  /** PIN1 may be disabled (+CLCK "SC" 0); PIN2 is always enabled. */
  enabled: boolean;
}

export interface CardUnblockKey {
  value: string;
  retries: number;
  maxRetries: number;
}

export interface UiccCard {
  /** What the card was made from: identity (ICCID, IMSI, SPN) never changes after that. */
  profile: SimCard;
  pin1: CardPin;
  puk1: CardUnblockKey;
  pin2: CardPin;
  puk2: CardUnblockKey;
  /** EF contents by path: hex for transparent files, a list of hex records otherwise. */
  files: Record<string, string | string[]>;
}

export const PIN_TRIES = 3;
export const PUK_TRIES = 10;

// ---- encodings ------------------------------------------------------------------------------

/** Digits as semi-octets, low nibble first, padded with F (TS 102 221 §13.2, TS 31.102 §4.2.2). */
export function swapNibbles(digits: string): string {
  const padded = digits.length % 2 === 0 ? digits : digits + 'F';
  let out = '';
  for (let i = 0; i < padded.length; i += 2) out += padded[i + 1]! + padded[i]!;
  return out.toUpperCase();
}

function padHex(hex: string, bytes: number, fill = 'FF'): string {
  const want = bytes * 2;
  if (hex.length >= want) return hex.slice(0, want);
  return hex + fill.repeat((want - hex.length) / 2);
}

/** EF_IMSI (TS 31.102 §4.2.2): length, then parity/type nibble and the digits. */
export function encodeImsi(imsi: string): string {
  const odd = imsi.length % 2 === 1;
  const first = `${imsi[0]}${odd ? '9' : '1'}`;
  const rest = swapNibbles(imsi.slice(1));
  const body = first + rest;
  const len = (body.length / 2).toString(16).padStart(2, '0');
  return padHex((len + body).toUpperCase(), 9);
}

/** GSM 7-bit default alphabet, unpacked, for the printable ASCII it shares (TS 23.038 §6.2.1). */
const GSM_DEFAULT: Readonly<Record<string, number>> = { '@': 0x00, $: 0x02, _: 0x11 };

export function gsmUnpacked(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = GSM_DEFAULT[ch] ?? (/[ -~]/.test(ch) && ch !== '`' ? ch.charCodeAt(0) : 0x3f);
    out += code.toString(16).padStart(2, '0').toUpperCase();
  }
  return out;
}

export function fromGsmUnpacked(hex: string): string {
  const reverse = new Map(Object.entries(GSM_DEFAULT).map(([k, v]) => [v, k]));
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const b = parseInt(hex.slice(i, i + 2), 16);
    if (b === 0xff) break;
    out += reverse.get(b) ?? String.fromCharCode(b);
  }
  return out;
}

/** MCC+MNC digits as the 3-byte PLMN of TS 24.008 §10.5.1.13. */
export function encodePlmn(plmn: string): string {
  const mcc = plmn.slice(0, 3);
  const mnc = plmn.slice(3);
  const d = (s: string, i: number) => s[i] ?? 'F';
  return `${d(mcc, 1)}${d(mcc, 0)}${mnc.length === 3 ? d(mnc, 2) : 'F'}${d(mcc, 2)}${d(mnc, 1)}${d(mnc, 0)}`.toUpperCase();
}

/** A dialling number: TON/NPI and BCD digits (TS 31.102 §4.4.2.3). */
function encodeNumber(number: string): { lengthByte: string; tonNpi: string; bcd: string } {
  const international = number.startsWith('+');
  const digits = number.replace(/^\+/, '').replace(/[^0-9*#]/g, '');
  const bcd = swapNibbles(digits.replace(/\*/g, 'A').replace(/#/g, 'B'));
  const lengthByte = (1 + bcd.length / 2).toString(16).padStart(2, '0').toUpperCase();
  return { lengthByte, tonNpi: international ? '91' : '81', bcd };
}

function acmHex(units: number): string {
  return Math.max(0, Math.min(0xffffff, Math.floor(units))).toString(16).padStart(6, '0').toUpperCase();
}

/** EF_UST: the services this card offers (TS 31.102 §4.2.8), bit n-1 of the table. */
const UST_SERVICES = [1, 2, 4, 10, 11, 12, 13, 17, 19, 20, 21, 27, 33, 35, 38, 42, 43, 85, 87];

function ustHex(): string {
  const bytes = new Array<number>(10).fill(0);
  for (const n of UST_SERVICES) {
    const i = Math.floor((n - 1) / 8);
    if (i < bytes.length) bytes[i]! |= 1 << ((n - 1) % 8);
  }
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}

// ---- building a card --------------------------------------------------------------------------

/** The contents a fresh card made from `p` has in every file. */
function defaultContents(p: SimCard): Record<string, string | string[]> {
  const homePlmn = p.imsi.slice(0, 3 + (p.mncLength ?? 2));
  const dirRecord = padHex(`61184F10${USIM_AID}5004${Buffer.from('USIM').toString('hex').toUpperCase()}`, 38);
  const msisdn = p.msisdn ? encodeNumber(p.msisdn) : undefined;
  const msisdnRecord = msisdn
    ? 'FF'.repeat(14) + msisdn.lengthByte + msisdn.tonNpi + padHex(msisdn.bcd, 10) + 'FFFF'
    : 'FF'.repeat(28);
  const smsc = p.smsc ? encodeNumber(p.smsc) : undefined;
  // Parameter indicators: bit 2 (TS-Service Centre Address) cleared when present (§4.2.27).
  const smspRecord =
    'FF'.repeat(12) +
    (smsc ? 'FD' : 'FF') +
    'FF'.repeat(12) +
    (smsc ? padHex(smsc.lengthByte + smsc.tonNpi + smsc.bcd, 12) : 'FF'.repeat(12)) +
    'FFFFFF';
  const fplmn = (p.forbiddenPlmns ?? []).slice(0, 4).map(encodePlmn).join('');
  const accessClass = Number(p.imsi.slice(-1));
  const acc = (1 << accessClass).toString(16).padStart(4, '0').toUpperCase();
  const acm = acmHex(p.acm ?? 0);
  return {
    '3F00/2F00': [dirRecord],
    '3F00/2FE2': padHex(swapNibbles(p.iccid), 10),
    '3F00/2F05': padHex(gsmUnpacked('en'), 10),
    [`${USIM_DIR}/6F05`]: padHex(gsmUnpacked('en'), 10),
    [`${USIM_DIR}/6F07`]: encodeImsi(p.imsi),
    [`${USIM_DIR}/6F08`]: padHex('07', 33),
    [`${USIM_DIR}/6F09`]: padHex('07', 33),
    [`${USIM_DIR}/6F31`]: '0A',
    [`${USIM_DIR}/6F37`]: acmHex(p.acmMax ?? 0),
    [`${USIM_DIR}/6F38`]: ustHex(),
    // Cyclic: record 1 is the most recent value.
    [`${USIM_DIR}/6F39`]: [acm, ...new Array<string>(4).fill(acm)],
    [`${USIM_DIR}/6F3C`]: new Array<string>(10).fill('00' + 'FF'.repeat(175)),
    [`${USIM_DIR}/6F3E`]: 'FFFFFFFF',
    [`${USIM_DIR}/6F3F`]: 'FFFFFFFF',
    [`${USIM_DIR}/6F40`]: [msisdnRecord, 'FF'.repeat(28)],
    [`${USIM_DIR}/6F41`]: 'FFFFFF0000',
    [`${USIM_DIR}/6F42`]: [smspRecord],
    [`${USIM_DIR}/6F43`]: '00FF',
    [`${USIM_DIR}/6F46`]: (p.spnDisplayMode === 1 ? '01' : '00') + padHex(gsmUnpacked(p.spn), 16),
    [`${USIM_DIR}/6F56`]: '00',
    [`${USIM_DIR}/6F5B`]: 'F00000F00000',
    [`${USIM_DIR}/6F5C`]: 'FFFFFF',
    [`${USIM_DIR}/6F60`]: 'FFFFFF0000'.repeat(8),
    [`${USIM_DIR}/6F61`]: 'FFFFFF0000'.repeat(8),
    [`${USIM_DIR}/6F62`]: encodePlmn(homePlmn) + '4000',
    [`${USIM_DIR}/6F73`]: 'FF'.repeat(7) + encodePlmn(homePlmn) + 'FFFEFF' + '01',
    [`${USIM_DIR}/6F78`]: acc,
    [`${USIM_DIR}/6F7B`]: padHex(fplmn, 12),
    [`${USIM_DIR}/6F7E`]: 'FFFFFFFF' + encodePlmn(homePlmn) + 'FFFE' + 'FF' + '01',
    [`${USIM_DIR}/6FAD`]: `000000${p.mncLength === 3 ? '03' : '02'}`,
    [`${USIM_DIR}/6FB7`]: ['11F2FF00', '19F1FF00'],
    [`${USIM_DIR}/6FD9`]: encodePlmn(homePlmn),
    [`${USIM_DIR}/6FE3`]: 'FF'.repeat(12) + encodePlmn(homePlmn) + '0000' + '01',
  };
}

/** Resolves a profile's `files` key ("6F3E" or "3F00/7FFF/6F3E") to a known EF path. */
export function resolveFileKey(key: string): string | undefined {
  const k = key.toUpperCase();
  if (k.includes('/')) return findEf(k) ? k : undefined;
  return EF_DEFINITIONS.find((d) => d.fid === k) ? efPath(EF_DEFINITIONS.find((d) => d.fid === k)!) : undefined;
}

/** Whether `content` fits the file: right length of hex, right number of records. */
export function contentFits(def: EfDefinition, content: string | string[]): boolean {
  const isHex = (s: string) => /^([0-9A-Fa-f]{2})*$/.test(s);
  if (def.structure === 'transparent') return typeof content === 'string' && isHex(content) && content.length === def.size * 2;
  return Array.isArray(content) && content.length === def.records && content.every((r) => isHex(r) && r.length === def.size * 2);
}

function clampRetries(n: number | undefined, max: number): number {
  return n === undefined || !Number.isFinite(n) ? max : Math.max(0, Math.min(max, Math.floor(n)));
}

/** A new card made from a profile (the profile is validated by loadSimProfile). */
export function makeUicc(profile: SimCard): UiccCard {
  const files = defaultContents(profile);
  for (const [key, content] of Object.entries(profile.files ?? {})) {
    const path = resolveFileKey(key);
    const def = path ? findEf(path) : undefined;
    if (path && def && contentFits(def, content)) files[path] = Array.isArray(content) ? content.map((r) => r.toUpperCase()) : content.toUpperCase();
  }
  const r = profile.retries ?? {};
  return {
    profile: { ...profile },
    pin1: { value: profile.pin, retries: clampRetries(r.pin, PIN_TRIES), maxRetries: PIN_TRIES, enabled: profile.pinEnabled },
    puk1: { value: profile.puk, retries: clampRetries(r.puk, PUK_TRIES), maxRetries: PUK_TRIES },
    pin2: { value: profile.pin2, retries: clampRetries(r.pin2, PIN_TRIES), maxRetries: PIN_TRIES, enabled: true },
    puk2: { value: profile.puk2, retries: clampRetries(r.puk2, PUK_TRIES), maxRetries: PUK_TRIES },
    files,
  };
}

/** A deep copy (cards are data; a copy is a second, independent card). */
export function cloneUicc(card: UiccCard): UiccCard {
  return JSON.parse(JSON.stringify(card)) as UiccCard;
}

/** The ACM value in units: the most recent record of cyclic EF_ACM. */
export function readAcm(card: UiccCard): number {
  const records = card.files[`${USIM_DIR}/6F39`];
  return Array.isArray(records) && records[0] ? parseInt(records[0], 16) : 0;
}

export function readAcmMax(card: UiccCard): number {
  const hex = card.files[`${USIM_DIR}/6F37`];
  return typeof hex === 'string' ? parseInt(hex, 16) : 0;
}

export const EF_ACM_PATH = `${USIM_DIR}/6F39`;
export const EF_ACMMAX_PATH = `${USIM_DIR}/6F37`;
export const EF_SPN_PATH = `${USIM_DIR}/6F46`;

/** +CSPN: the name and display mode from EF_SPN, or undefined when the card names no provider. */
export function readSpn(card: UiccCard): { name: string; displayMode: number } | undefined {
  const hex = card.files[EF_SPN_PATH];
  if (typeof hex !== 'string') return undefined;
  const name = fromGsmUnpacked(hex.slice(2));
  if (name === '') return undefined;
  return { name, displayMode: parseInt(hex.slice(0, 2), 16) & 0x01 };
}
