// Transfer-layer PDUs (3GPP TS 23.040 §9.2.2): SMS-SUBMIT (MS → SC), SMS-DELIVER and
// SMS-STATUS-REPORT (SC → MS), and the full <pdu> of 27.005 (RP service-centre address, then
// the TPDU). Decoding throws PduError on anything malformed; callers answer +CMS ERROR: 304.
//
// First octet bits: 0-1 TP-MTI, 2 TP-RD (SUBMIT) / TP-MMS (DELIVER, STATUS-REPORT), 3-4 TP-VPF
// (SUBMIT) / bit 3 TP-LP, 5 TP-SRR / TP-SRI / TP-SRQ, 6 TP-UDHI, 7 TP-RP.

import { decodeScAddress, decodeTpAddress, encodeScAddress, encodeTpAddress, type Address } from './address.js';
import { parseDcs } from './dcs.js';
import { OctetReader, PduError, fromHex, toHex } from './errors.js';
import { decodeTimestamp, encodeTimestamp, type SmsTimestamp } from './timestamp.js';
import { decodeUserData, encodeUserData, type UserData } from './user-data.js';
import { VPF, type ValidityPeriod } from './validity.js';

export const FO = {
  MTI_MASK: 0x03,
  MMS: 0x04,
  RD: 0x04,
  VPF_MASK: 0x18,
  SRR: 0x20,
  SRI: 0x20,
  SRQ: 0x20,
  UDHI: 0x40,
  RP: 0x80,
} as const;

export interface SubmitTpdu {
  type: 'submit';
  /** First octet as given; MTI, VPF and UDHI are made consistent on encoding. */
  fo: number;
  mr: number;
  da: Address;
  pid: number;
  dcs: number;
  vp: ValidityPeriod;
  ud: UserData;
}

export interface DeliverTpdu {
  type: 'deliver';
  fo: number;
  oa: Address;
  pid: number;
  dcs: number;
  scts: SmsTimestamp;
  ud: UserData;
}

export interface StatusReportTpdu {
  type: 'status-report';
  fo: number;
  mr: number;
  ra: Address;
  scts: SmsTimestamp;
  dt: SmsTimestamp;
  /** TP-Status (§9.2.3.15): 0 delivered, 0x20-0x2F temporary error, 0x40-0x6F permanent error. */
  st: number;
}

export type Tpdu = SubmitTpdu | DeliverTpdu | StatusReportTpdu;

/** Which side sent the TPDU: the MTI means different things each way. */
export type Direction = 'mo' | 'mt';

export interface SmsPdu {
  /** RP service-centre address; undefined when the PDU starts "00" (use +CSCA). */
  sca?: Address;
  tpdu: Tpdu;
}

function vpfOf(vp: ValidityPeriod): number {
  return VPF[vp.format] << 3;
}

function encodeVp(vp: ValidityPeriod): Buffer {
  switch (vp.format) {
    case 'none':
      return Buffer.alloc(0);
    case 'relative':
      return Buffer.of(vp.value & 0xff);
    case 'absolute':
      return encodeTimestamp(vp.time);
    case 'enhanced':
      if (vp.octets.length !== 7) throw new PduError('an enhanced validity period has 7 octets');
      return vp.octets;
  }
}

function decodeVp(r: OctetReader, vpf: number): ValidityPeriod {
  switch (vpf) {
    case VPF.relative:
      return { format: 'relative', value: r.byte('TP-VP') };
    case VPF.absolute:
      return { format: 'absolute', time: decodeTimestamp(r, 'TP-VP') };
    case VPF.enhanced:
      return { format: 'enhanced', octets: r.take(7, 'TP-VP') };
    default:
      return { format: 'none' };
  }
}

export function encodeTpdu(t: Tpdu): Buffer {
  const udhi = t.type !== 'status-report' && t.ud.header ? FO.UDHI : 0;
  switch (t.type) {
    case 'submit': {
      const ud = encodeUserData(parseDcs(t.dcs).alphabet, t.ud);
      const fo = (t.fo & ~(FO.MTI_MASK | FO.VPF_MASK | FO.UDHI)) | 0x01 | vpfOf(t.vp) | udhi;
      return Buffer.concat([Buffer.of(fo, t.mr & 0xff), encodeTpAddress(t.da), Buffer.of(t.pid, t.dcs), encodeVp(t.vp), Buffer.of(ud.udl), ud.octets]);
    }
    case 'deliver': {
      const ud = encodeUserData(parseDcs(t.dcs).alphabet, t.ud);
      const fo = (t.fo & ~(FO.MTI_MASK | FO.UDHI)) | udhi;
      return Buffer.concat([Buffer.of(fo), encodeTpAddress(t.oa), Buffer.of(t.pid, t.dcs), encodeTimestamp(t.scts), Buffer.of(ud.udl), ud.octets]);
    }
    case 'status-report': {
      const fo = (t.fo & ~(FO.MTI_MASK | FO.UDHI)) | 0x02;
      return Buffer.concat([Buffer.of(fo, t.mr & 0xff), encodeTpAddress(t.ra), encodeTimestamp(t.scts), encodeTimestamp(t.dt), Buffer.of(t.st)]);
    }
  }
}

export function decodeTpdu(bytes: Uint8Array, direction: Direction): Tpdu {
  const r = new OctetReader(bytes);
  const fo = r.byte('first octet');
  const mti = fo & FO.MTI_MASK;
  let t: Tpdu;
  if (direction === 'mo' && mti === 1) {
    const mr = r.byte('TP-MR');
    const da = decodeTpAddress(r, 'TP-DA');
    const pid = r.byte('TP-PID');
    const dcs = r.byte('TP-DCS');
    const vp = decodeVp(r, (fo & FO.VPF_MASK) >> 3);
    const ud = decodeUserData(r, parseDcs(dcs).alphabet, (fo & FO.UDHI) !== 0);
    t = { type: 'submit', fo, mr, da, pid, dcs, vp, ud };
  } else if (direction === 'mt' && mti === 0) {
    const oa = decodeTpAddress(r, 'TP-OA');
    const pid = r.byte('TP-PID');
    const dcs = r.byte('TP-DCS');
    const scts = decodeTimestamp(r, 'TP-SCTS');
    const ud = decodeUserData(r, parseDcs(dcs).alphabet, (fo & FO.UDHI) !== 0);
    t = { type: 'deliver', fo, oa, pid, dcs, scts, ud };
  } else if (direction === 'mt' && mti === 2) {
    const mr = r.byte('TP-MR');
    const ra = decodeTpAddress(r, 'TP-RA');
    const scts = decodeTimestamp(r, 'TP-SCTS');
    const dt = decodeTimestamp(r, 'TP-DT');
    const st = r.byte('TP-ST');
    // Optional TP-PI and what it announces (§9.2.2.3) are accepted and not kept.
    if (r.remaining > 0) r.rest();
    t = { type: 'status-report', fo, mr, ra, scts, dt, st };
  } else {
    const names = direction === 'mo' ? ['SMS-DELIVER-REPORT', 'SMS-SUBMIT', 'SMS-COMMAND', 'reserved'] : ['SMS-DELIVER', 'SMS-SUBMIT-REPORT', 'SMS-STATUS-REPORT', 'reserved'];
    throw new PduError(`${names[mti]} (TP-MTI ${mti}) is not supported in this direction`);
  }
  if (r.remaining !== 0) throw new PduError(`${r.remaining} octets after the end of the TPDU`);
  return t;
}

/** The whole <pdu> of 27.005: SC address, then the TPDU. */
export function encodePdu(pdu: SmsPdu): Buffer {
  return Buffer.concat([encodeScAddress(pdu.sca), encodeTpdu(pdu.tpdu)]);
}

export function encodePduHex(pdu: SmsPdu): string {
  return toHex(encodePdu(pdu));
}

/** Splits a <pdu> into its SC address and TPDU octets (TPDU not decoded). */
export function splitPdu(bytes: Uint8Array): { sca: Address | undefined; tpdu: Buffer } {
  const r = new OctetReader(bytes);
  const sca = decodeScAddress(r);
  return { sca, tpdu: r.rest() };
}

export function decodePdu(bytes: Uint8Array, direction: Direction): SmsPdu {
  const { sca, tpdu } = splitPdu(bytes);
  return sca ? { sca, tpdu: decodeTpdu(tpdu, direction) } : { tpdu: decodeTpdu(tpdu, direction) };
}

export function decodePduHex(hex: string, direction: Direction): SmsPdu {
  const bytes = fromHex(hex);
  if (!bytes) throw new PduError('PDU is not an even number of hex digits');
  return decodePdu(bytes, direction);
}
