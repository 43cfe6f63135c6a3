// The card's command interface (ETSI TS 102 221 §10-11): APDUs in, response data and status
// words out, on the file system and PINs of sim-card.ts. +CSIM passes APDUs straight through
// (T=0 semantics: a command with response data answers 61xx and the data comes with GET
// RESPONSE; a wrong Le answers 6Cxx); +CRSM, +CPIN, +CLCK, +CPWD, +CACM and +CAMM use the same
// functions the way the module's own SIM driver does (`terminal` mode: the driver fetches the
// response itself).
//
// Implemented (CLA 0X unless noted): SELECT A4 (by FID, DF name/AID, path from MF or current
// DF; P2 04 FCP, 0C none), STATUS 80F2, READ BINARY B0, UPDATE BINARY D6, READ RECORD B2,
// UPDATE RECORD DC, VERIFY PIN 20, CHANGE PIN 24, DISABLE PIN 26, ENABLE PIN 28, UNBLOCK PIN
// 2C, GET RESPONSE C0. Class A0 (GSM SIM, TS 51.011) is not a UICC class: 6E00, as the
// manual's §6.2.6 example shows. Anything else: 6D00. Only logical channel 0 exists.
//
// Status words (TS 102 221 §10.2.1): 9000 ok; 61xx response bytes available; 6282 end of file
// reached before Le bytes; 63Cx verification failed, x tries left; 6700 wrong length; 6981
// command incompatible with file structure; 6982 security status not satisfied; 6983
// authentication method blocked; 6984 reference data invalidated; 6986 command not allowed
// (no EF selected); 6A82 file not found; 6A83 record not found; 6A86 incorrect P1/P2;
// 6B00 wrong parameters (offset outside the EF); 6Cxx wrong Le, xx the right one; 6D00
// instruction not supported; 6E00 class not supported; 6881 logical channel not supported.

import {
  ADF_USIM,
  DIRECTORIES,
  EF_DEFINITIONS,
  MF,
  USIM_AID,
  efPath,
  findEf,
  type AccessCondition,
  type CardPin,
  type CardUnblockKey,
  type EfDefinition,
  type UiccCard,
} from './sim-card.js';

export const SW = {
  OK: 0x9000,
  END_OF_FILE: 0x6282,
  WRONG_LENGTH: 0x6700,
  INCOMPATIBLE_STRUCTURE: 0x6981,
  SECURITY_NOT_SATISFIED: 0x6982,
  AUTH_BLOCKED: 0x6983,
  REFERENCE_INVALIDATED: 0x6984,
  CONDITIONS_NOT_SATISFIED: 0x6985,
  NO_EF_SELECTED: 0x6986,
  FUNCTION_NOT_SUPPORTED: 0x6a81,
  FILE_NOT_FOUND: 0x6a82,
  RECORD_NOT_FOUND: 0x6a83,
  INCORRECT_P1P2: 0x6a86,
  WRONG_PARAMETERS: 0x6b00,
  INS_NOT_SUPPORTED: 0x6d00,
  CLA_NOT_SUPPORTED: 0x6e00,
  CHANNEL_NOT_SUPPORTED: 0x6881,
} as const;

/** 63Cx: verification failed, x tries left. */
export function swRetries(left: number): number {
  return 0x63c0 | Math.max(0, Math.min(15, left));
}

/** Which PINs are verified since the card was powered (TS 102 221 §9.5: the security status). */
export interface UiccSecurity {
  pin1Verified: boolean;
  pin2Verified: boolean;
}

/** What a logical channel has selected, and response data waiting for GET RESPONSE (T=0). */
export interface UiccChannel {
  /** Path of the current directory: "3F00", "3F00/7FFF". */
  dir: string;
  /** Path of the current EF, if one is selected. */
  ef?: string;
  /** Hex data a T=0 command left for GET RESPONSE. */
  pending?: string;
}

export function freshChannel(): UiccChannel {
  return { dir: MF };
}

export interface ApduResponse {
  /** Response data, hex, upper case ('' for none). */
  data: string;
  sw: number;
}

export type ApduMode = 'T0' | 'terminal';

function res(sw: number, data = ''): ApduResponse {
  return { data, sw };
}

function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, '0').toUpperCase();
}

function hex4(n: number): string {
  return (n & 0xffff).toString(16).padStart(4, '0').toUpperCase();
}

function tlv(tag: string, value: string): string {
  return tag + hex2(value.length / 2) + value;
}

// ---- PINs -----------------------------------------------------------------------------------

export type PinRef = 'pin1' | 'pin2';

/** PIN/PUK values are 4-8 digits (TS 102 221 §9.5.1); the ME refuses others before the card. */
export function validPinFormat(value: string): boolean {
  return /^\d{4,8}$/.test(value);
}

/** The 8-byte PIN block: ASCII digits padded with FF (TS 102 221 §9.5.1). */
export function pinBlock(value: string): string {
  return (Buffer.from(value, 'latin1').toString('hex').toUpperCase() + 'FF'.repeat(8)).slice(0, 16);
}

function fromPinBlock(hex: string): string {
  const bytes = Buffer.from(hex, 'hex');
  let out = '';
  for (const b of bytes) {
    if (b === 0xff) break;
    out += String.fromCharCode(b);
  }
  return out;
}

function pinOf(card: UiccCard, ref: PinRef): CardPin {
  return ref === 'pin1' ? card.pin1 : card.pin2;
}

function pukOf(card: UiccCard, ref: PinRef): CardUnblockKey {
  return ref === 'pin1' ? card.puk1 : card.puk2;
}

function setVerified(security: UiccSecurity, ref: PinRef, value: boolean): void {
  if (ref === 'pin1') security.pin1Verified = value;
  else security.pin2Verified = value;
}

/** Checks `candidate` against a PIN: counts down on failure, resets the counter on success. */
function checkPin(pin: CardPin | CardUnblockKey, candidate: string): number {
  if (pin.retries === 0) return SW.AUTH_BLOCKED;
  if (candidate !== pin.value) {
    pin.retries--;
    return swRetries(pin.retries);
  }
  pin.retries = pin.maxRetries;
  return SW.OK;
}

/** VERIFY PIN (§11.1.9). `value` undefined: ask for the tries left (63Cx, or 9000 if verified). */
export function verifyPin(card: UiccCard, security: UiccSecurity, ref: PinRef, value?: string): number {
  const pin = pinOf(card, ref);
  if (value === undefined) {
    const verified = ref === 'pin1' ? security.pin1Verified || !pin.enabled : security.pin2Verified;
    if (pin.retries === 0) return SW.AUTH_BLOCKED;
    return verified ? SW.OK : swRetries(pin.retries);
  }
  const sw = checkPin(pin, value);
  if (sw === SW.OK) setVerified(security, ref, true);
  else setVerified(security, ref, false);
  return sw;
}

/**
 * CHANGE PIN (§11.1.10): old value checked (a wrong one costs a try), then replaced. A failed
 * CHANGE/DISABLE/ENABLE leaves the verification status as it was; only VERIFY resets it.
 */
export function changePin(card: UiccCard, security: UiccSecurity, ref: PinRef, oldValue: string, newValue: string): number {
  const pin = pinOf(card, ref);
  const sw = checkPin(pin, oldValue);
  if (sw !== SW.OK) return sw;
  pin.value = newValue;
  setVerified(security, ref, true);
  return SW.OK;
}

/** DISABLE / ENABLE PIN (§11.1.11-11.1.12): PIN1 only; the PIN is checked first. */
export function setPinEnabled(card: UiccCard, security: UiccSecurity, ref: PinRef, enabled: boolean, value: string): number {
  if (ref !== 'pin1') return SW.INCORRECT_P1P2;
  const sw = checkPin(card.pin1, value);
  if (sw !== SW.OK) return sw;
  card.pin1.enabled = enabled;
  security.pin1Verified = true;
  return SW.OK;
}

/** UNBLOCK PIN (§11.1.13): the PUK checked, then a new PIN with a full counter, verified. */
export function unblockPin(card: UiccCard, security: UiccSecurity, ref: PinRef, puk: string, newPin: string): number {
  const sw = checkPin(pukOf(card, ref), puk);
  if (sw !== SW.OK) return sw;
  const pin = pinOf(card, ref);
  pin.value = newPin;
  pin.retries = pin.maxRetries;
  setVerified(security, ref, true);
  return SW.OK;
}

// ---- files ----------------------------------------------------------------------------------

export function accessAllowed(card: UiccCard, security: UiccSecurity, condition: AccessCondition): boolean {
  switch (condition) {
    case 'ALW':
      return true;
    case 'PIN1':
      return !card.pin1.enabled || security.pin1Verified;
    case 'PIN2':
      return security.pin2Verified;
    case 'ADM':
    case 'NEV':
      return false;
  }
}

function fileSize(def: EfDefinition): number {
  return def.structure === 'transparent' ? def.size : def.size * (def.records ?? 0);
}

/** The FCP template of an EF or a directory (TS 102 221 §11.1.1.3). */
export function fcp(card: UiccCard, path: string): string {
  const def = findEf(path);
  if (def) {
    const descriptor =
      def.structure === 'transparent'
        ? '4121'
        : (def.structure === 'linear' ? '42' : '46') + '21' + hex4(def.size) + hex2(def.records ?? 0);
    return tlv('62', tlv('82', descriptor) + tlv('83', def.fid) + tlv('8A', '05') + tlv('8B', '2F0601') + tlv('80', hex4(fileSize(def))) + tlv('88', ''));
  }
  const dir = DIRECTORIES[path]!;
  // PIN status template: PS_DO bit 8 = PIN1 enabled, bit 7 = PIN2 enabled (§9.5.2).
  const psDo = hex2((card.pin1.enabled ? 0x80 : 0) | 0x40);
  const pinStatus = tlv('C6', tlv('90', psDo) + tlv('83', '01') + tlv('83', '81'));
  const id = dir.aid ? tlv('84', dir.aid) : tlv('83', dir.fid);
  return tlv('62', tlv('82', '7821') + id + tlv('8A', '05') + tlv('8B', '2F0601') + pinStatus);
}

const AC_CODE: Readonly<Record<AccessCondition, string>> = { ALW: '0', PIN1: '1', PIN2: '2', ADM: 'B', NEV: 'F' };

/**
 * The TS 51.011 §9.2.1 response the module's +CRSM gives for GET RESPONSE and STATUS, as its
 * §6.2.7 example shows: for the MF `0000 0000 3F00 04 0000FFBB 01 02 0000` (size 0, type 04,
 * access 00 FF BB, status 01, 2 more bytes: structure 00, record length 00). EFs carry their
 * real size, structure, record length and access conditions (READ|UPDATE, INCREASE|RFU,
 * REHABILITATE|INVALIDATE).
 */
export function gsmResponse(path: string): string {
  const def = findEf(path);
  if (!def) {
    const dir = DIRECTORIES[path]!;
    return `00000000${dir.fid}040000FFBB01020000`;
  }
  const increase = def.increase ? AC_CODE[def.increase] : 'F';
  const access = AC_CODE[def.read] + AC_CODE[def.update] + increase + 'F' + 'BB';
  const structure = def.structure === 'transparent' ? '00' : def.structure === 'linear' ? '01' : '03';
  const reclen = def.structure === 'transparent' ? '00' : hex2(def.size);
  return `0000${hex4(fileSize(def))}${def.fid}04${def.structure === 'cyclic' ? '40' : '00'}${access}0102${structure}${reclen}`;
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(0, i);
}

function exists(path: string): boolean {
  return DIRECTORIES[path] !== undefined || findEf(path) !== undefined;
}

/** The application directory the card runs: the USIM. */
const CURRENT_APP = `${MF}/${ADF_USIM}`;

/** SELECT by file identifier (§8.4.1): the current DF's children, itself, its parent, MF, current app. */
function resolveFid(channel: UiccChannel, fid: string): string | undefined {
  if (fid === MF) return MF;
  if (fid === ADF_USIM) return CURRENT_APP;
  const dir = channel.dir;
  const candidates = [`${dir}/${fid}`, `${parentOf(dir)}/${fid}`, `${MF}/${fid}`];
  if (DIRECTORIES[dir]?.fid === fid) return dir;
  if (DIRECTORIES[parentOf(dir)]?.fid === fid) return parentOf(dir);
  return candidates.find(exists);
}

function resolvePath(start: string, fids: string[]): string | undefined {
  let path = start;
  for (const fid of fids) {
    if (fid === ADF_USIM && path === MF) path = CURRENT_APP;
    else path = `${path}/${fid}`;
    if (!exists(path)) return undefined;
  }
  return path;
}

/** Makes `path` current on the channel. */
export function selectPath(channel: UiccChannel, path: string): void {
  if (findEf(path)) {
    channel.ef = path;
    channel.dir = parentOf(path);
  } else {
    channel.dir = path;
    channel.ef = undefined;
  }
}

/**
 * Where the module's driver finds an EF named only by its file ID (+CRSM, 27.007 §8.18 without
 * <pathid>): in the USIM application first, then under the MF, then DF_TELECOM.
 */
export function locateFileId(fid: string): string | undefined {
  const id = fid.toUpperCase();
  if (id === MF) return MF;
  if (id === ADF_USIM) return CURRENT_APP;
  const order = [CURRENT_APP, MF, `${MF}/7F10`];
  for (const dir of order) {
    if (exists(`${dir}/${id}`)) return `${dir}/${id}`;
  }
  const dir = Object.keys(DIRECTORIES).find((p) => DIRECTORIES[p]!.fid === id);
  return dir;
}

function currentEf(channel: UiccChannel): EfDefinition | undefined {
  return channel.ef ? findEf(channel.ef) : undefined;
}

/** Reads `length` bytes (0: as many as there are, up to 256) — T=0 asks for the exact length. */
function outgoing(available: string, le: number, mode: ApduMode, sw = SW.OK): ApduResponse {
  const have = available.length / 2;
  if (mode === 'T0') {
    const want = le === 0 ? 256 : le;
    if (want !== have) return res(0x6c00 | (have & 0xff));
    return res(sw, available);
  }
  if (le === 0) return res(sw, available.slice(0, 512));
  if (le > have) return res(SW.END_OF_FILE, available);
  return res(sw, available.slice(0, le * 2));
}

export function readBinary(card: UiccCard, security: UiccSecurity, channel: UiccChannel, offset: number, le: number, mode: ApduMode): ApduResponse {
  const def = currentEf(channel);
  if (!def) return res(SW.NO_EF_SELECTED);
  if (def.structure !== 'transparent') return res(SW.INCOMPATIBLE_STRUCTURE);
  if (!accessAllowed(card, security, def.read)) return res(SW.SECURITY_NOT_SATISFIED);
  if (offset >= def.size) return res(SW.WRONG_PARAMETERS);
  const content = card.files[efPath(def)] as string;
  const rest = content.slice(offset * 2);
  if (mode === 'T0' && le !== 0 && le < rest.length / 2) return res(SW.OK, rest.slice(0, le * 2));
  return outgoing(rest, le, mode);
}

export function updateBinary(card: UiccCard, security: UiccSecurity, channel: UiccChannel, offset: number, data: string): ApduResponse {
  const def = currentEf(channel);
  if (!def) return res(SW.NO_EF_SELECTED);
  if (def.structure !== 'transparent') return res(SW.INCOMPATIBLE_STRUCTURE);
  if (!accessAllowed(card, security, def.update)) return res(SW.SECURITY_NOT_SATISFIED);
  if (offset + data.length / 2 > def.size) return res(SW.WRONG_PARAMETERS);
  const path = efPath(def);
  const content = card.files[path] as string;
  card.files[path] = content.slice(0, offset * 2) + data.toUpperCase() + content.slice(offset * 2 + data.length);
  return res(SW.OK);
}

/** READ RECORD (§11.1.5): absolute mode (P2 04) only, record numbers from 1. */
export function readRecord(card: UiccCard, security: UiccSecurity, channel: UiccChannel, record: number, mode2: number, le: number, mode: ApduMode): ApduResponse {
  const def = currentEf(channel);
  if (!def) return res(SW.NO_EF_SELECTED);
  if (def.structure === 'transparent') return res(SW.INCOMPATIBLE_STRUCTURE);
  if (mode2 !== 0x04) return res(SW.INCORRECT_P1P2);
  if (!accessAllowed(card, security, def.read)) return res(SW.SECURITY_NOT_SATISFIED);
  const records = card.files[efPath(def)] as string[];
  if (record < 1 || record > records.length) return res(SW.RECORD_NOT_FOUND);
  const content = records[record - 1]!;
  if (mode === 'T0') return outgoing(content, le, mode);
  if (le !== 0 && le < def.size) return res(SW.OK, content.slice(0, le * 2));
  return outgoing(content, le, mode);
}

/**
 * UPDATE RECORD (§11.1.6): linear fixed files in absolute mode (P2 04); cyclic files only in
 * PREVIOUS mode (P2 03), the new record becoming record 1 and the oldest one dropped.
 */
export function updateRecord(card: UiccCard, security: UiccSecurity, channel: UiccChannel, record: number, mode2: number, data: string): ApduResponse {
  const def = currentEf(channel);
  if (!def) return res(SW.NO_EF_SELECTED);
  if (def.structure === 'transparent') return res(SW.INCOMPATIBLE_STRUCTURE);
  if (!accessAllowed(card, security, def.update)) return res(SW.SECURITY_NOT_SATISFIED);
  if (data.length / 2 !== def.size) return res(SW.WRONG_LENGTH);
  const path = efPath(def);
  const records = card.files[path] as string[];
  if (def.structure === 'cyclic') {
    if (mode2 !== 0x03) return res(SW.INCORRECT_P1P2);
    card.files[path] = [data.toUpperCase(), ...records.slice(0, -1)];
    return res(SW.OK);
  }
  if (mode2 !== 0x04) return res(SW.INCORRECT_P1P2);
  if (record < 1 || record > records.length) return res(SW.RECORD_NOT_FOUND);
  records[record - 1] = data.toUpperCase();
  return res(SW.OK);
}

// ---- APDUs ----------------------------------------------------------------------------------

interface Apdu {
  cla: number;
  ins: number;
  p1: number;
  p2: number;
  /** P3: Lc for commands with data, Le otherwise (0 when absent). */
  p3: number;
  data: string;
}

function parseApdu(hex: string): Apdu | undefined {
  if (!/^([0-9A-Fa-f]{2})+$/.test(hex) || hex.length < 8) return undefined;
  const b = Buffer.from(hex, 'hex');
  const p3 = b.length > 4 ? b[4]! : 0;
  const body = b.subarray(5);
  return { cla: b[0]!, ins: b[1]!, p1: b[2]!, p2: b[3]!, p3, data: body.toString('hex').toUpperCase() };
}

const ISO_INS = new Set([0xa4, 0xb0, 0xb2, 0xd6, 0xdc, 0x20, 0x24, 0x26, 0x28, 0x2c, 0xc0]);
const PROPRIETARY_INS = new Set([0xf2]);

/** Data of a command that carries Lc bytes: exactly Lc (a trailing Le byte is allowed). */
function commandData(apdu: Apdu): string | undefined {
  const n = apdu.data.length / 2;
  if (n === apdu.p3) return apdu.data;
  if (n === apdu.p3 + 1) return apdu.data.slice(0, apdu.p3 * 2);
  return undefined;
}

function pinRefOf(p2: number): PinRef | undefined {
  if (p2 === 0x01) return 'pin1';
  if (p2 === 0x81) return 'pin2';
  return undefined;
}

/** A command whose response data waits for GET RESPONSE under T=0, or comes at once. */
function withData(channel: UiccChannel, data: string, mode: ApduMode): ApduResponse {
  if (mode === 'T0') {
    channel.pending = data;
    return res(0x6100 | ((data.length / 2) & 0xff));
  }
  return res(SW.OK, data);
}

function select(card: UiccCard, channel: UiccChannel, apdu: Apdu, mode: ApduMode): ApduResponse {
  const data = commandData(apdu);
  if (data === undefined) return res(SW.WRONG_LENGTH);
  if (apdu.p2 !== 0x04 && apdu.p2 !== 0x0c && apdu.p2 !== 0x00) return res(SW.INCORRECT_P1P2);
  let path: string | undefined;
  switch (apdu.p1) {
    case 0x00:
      if (data.length === 0) path = MF;
      else if (data.length === 4) path = resolveFid(channel, data);
      else return res(SW.WRONG_LENGTH);
      break;
    case 0x04:
      // By DF name: the AID, or a right-truncated part of it (§8.4.2).
      path = data.length >= 10 && USIM_AID.startsWith(data) ? CURRENT_APP : undefined;
      break;
    case 0x08:
    case 0x09: {
      if (data.length === 0 || data.length % 4 !== 0) return res(SW.WRONG_LENGTH);
      const fids = data.match(/.{4}/g)!;
      path = resolvePath(apdu.p1 === 0x08 ? MF : channel.dir, fids);
      break;
    }
    default:
      return res(SW.INCORRECT_P1P2);
  }
  if (!path) return res(SW.FILE_NOT_FOUND);
  selectPath(channel, path);
  if (apdu.p2 === 0x0c) return res(SW.OK);
  return withData(channel, fcp(card, path), mode);
}

function status(card: UiccCard, channel: UiccChannel, apdu: Apdu, mode: ApduMode): ApduResponse {
  if (apdu.p1 > 0x02) return res(SW.INCORRECT_P1P2);
  let data: string;
  if (apdu.p2 === 0x00) data = fcp(card, channel.dir);
  else if (apdu.p2 === 0x01) data = tlv('84', USIM_AID);
  else if (apdu.p2 === 0x0c) return res(SW.OK);
  else return res(SW.INCORRECT_P1P2);
  return outgoing(data, apdu.p3, mode);
}

/**
 * Runs one APDU (hex) against the card; `mode` T0 for +CSIM's raw access, `terminal` for the
 * module's own driver. Never throws: malformed input is a status word like on a real card.
 */
export function transmitApdu(card: UiccCard, security: UiccSecurity, channel: UiccChannel, hex: string, mode: ApduMode): ApduResponse {
  const apdu = parseApdu(hex);
  if (!apdu) return res(SW.WRONG_LENGTH);
  const pending = channel.pending;
  channel.pending = undefined;
  const classType = apdu.cla & 0xf0;
  if (classType !== 0x00 && classType !== 0x80) return res(SW.CLA_NOT_SUPPORTED);
  if ((apdu.cla & 0x03) !== 0) return res(SW.CHANNEL_NOT_SUPPORTED);
  const known = classType === 0x00 ? ISO_INS : PROPRIETARY_INS;
  if (!ISO_INS.has(apdu.ins) && !PROPRIETARY_INS.has(apdu.ins)) return res(SW.INS_NOT_SUPPORTED);
  if (!known.has(apdu.ins)) return res(SW.CLA_NOT_SUPPORTED);

  switch (apdu.ins) {
    case 0xa4:
      return select(card, channel, apdu, mode);
    case 0xf2:
      return status(card, channel, apdu, mode);
    case 0xc0: {
      if (pending === undefined) return res(SW.CONDITIONS_NOT_SATISFIED);
      const have = pending.length / 2;
      const want = apdu.p3 === 0 ? 256 : apdu.p3;
      if (want > have) {
        channel.pending = pending;
        return res(0x6c00 | have);
      }
      if (want < have) {
        channel.pending = pending.slice(want * 2);
        return res(0x6100 | (have - want), pending.slice(0, want * 2));
      }
      return res(SW.OK, pending);
    }
    case 0xb0:
      if (apdu.p1 & 0x80) return res(SW.FUNCTION_NOT_SUPPORTED); // short file identifiers
      return readBinary(card, security, channel, (apdu.p1 << 8) | apdu.p2, apdu.p3, mode);
    case 0xd6: {
      if (apdu.p1 & 0x80) return res(SW.FUNCTION_NOT_SUPPORTED);
      const data = commandData(apdu);
      if (data === undefined || data.length === 0) return res(SW.WRONG_LENGTH);
      return updateBinary(card, security, channel, (apdu.p1 << 8) | apdu.p2, data);
    }
    case 0xb2:
      if (apdu.p2 & 0xf8) return res(SW.FUNCTION_NOT_SUPPORTED);
      return readRecord(card, security, channel, apdu.p1, apdu.p2, apdu.p3, mode);
    case 0xdc: {
      if (apdu.p2 & 0xf8) return res(SW.FUNCTION_NOT_SUPPORTED);
      const data = commandData(apdu);
      if (data === undefined || data.length === 0) return res(SW.WRONG_LENGTH);
      return updateRecord(card, security, channel, apdu.p1, apdu.p2, data);
    }
    default:
      return pinCommand(card, apdu);
  }

  function pinCommand(c: UiccCard, a: Apdu): ApduResponse {
    const ref = pinRefOf(a.p2);
    if (!ref || a.p1 !== 0x00) return res(SW.INCORRECT_P1P2);
    const data = commandData(a);
    if (data === undefined) return res(SW.WRONG_LENGTH);
    switch (a.ins) {
      case 0x20:
        if (data.length === 0) return res(verifyPin(c, security, ref));
        if (data.length !== 16) return res(SW.WRONG_LENGTH);
        return res(verifyPin(c, security, ref, fromPinBlock(data)));
      case 0x24:
        if (data.length !== 32) return res(SW.WRONG_LENGTH);
        return res(changePin(c, security, ref, fromPinBlock(data.slice(0, 16)), fromPinBlock(data.slice(16))));
      case 0x26:
      case 0x28:
        if (data.length !== 16) return res(SW.WRONG_LENGTH);
        return res(setPinEnabled(c, security, ref, a.ins === 0x28, fromPinBlock(data)));
      case 0x2c:
        if (data.length !== 32) return res(SW.WRONG_LENGTH);
        return res(unblockPin(c, security, ref, fromPinBlock(data.slice(0, 16)), fromPinBlock(data.slice(16))));
      default:
        return res(SW.INS_NOT_SUPPORTED);
    }
  }
}

/** Hex of a status word, "9000". */
export function swHex(sw: number): string {
  return hex4(sw);
}

/** For diagnostics and tests: every EF path the card knows. */
export function allEfPaths(): string[] {
  return EF_DEFINITIONS.map(efPath);
}
