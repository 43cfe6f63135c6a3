// Building an SMS-SUBMIT (or, for +CMGW with a REC status, an SMS-DELIVER) from text-mode input
// (27.005 §3.5.1, §4.3): the address and body arrive in the TE character set (+CSCS), and the
// first octet, validity period, protocol identifier and coding scheme come from +CSMP.
//
// Body (27.005 §3.1 <data>): with a GSM 7-bit <dcs> and no TP-UDHI the body is text in the TE
// character set, converted to the GSM alphabet; with an 8-bit or UCS2 <dcs>, or TP-UDHI set,
// it is hex, two digits per octet. Limits (manual §7.2.12 note, 23.040 §9.2.3.16): 160 GSM
// septets, 140 octets (70 UCS2 characters); beyond them, or with a character the alphabet
// lacks, the answer is +CMS ERROR: 305.

import type { CsmpSettings } from '../state/sms.js';
import type { Address } from './codec/address.js';
import { parseDcs } from './codec/dcs.js';
import { fromHex, OctetReader, PduError } from './codec/errors.js';
import { parseTimestampText, type SmsTimestamp } from './codec/timestamp.js';
import { decodeUdh, type InformationElement } from './codec/udh.js';
import { bodyCapacity, decodeUserData, textBody, type UserData } from './codec/user-data.js';
import type { ValidityPeriod } from './codec/validity.js';
import { FO, type DeliverTpdu, type SubmitTpdu } from './codec/tpdu.js';
import { fromTe, type TeCharset } from './te-charset.js';

export type Built<T> = { ok: true; value: T } | { ok: false; reason: string };

function validityFromCsmp(csmp: CsmpSettings): Built<ValidityPeriod> {
  const vpf = (csmp.fo & FO.VPF_MASK) >> 3;
  if (vpf === 0) return { ok: true, value: { format: 'none' } };
  if (vpf === 2) return typeof csmp.vp === 'number' ? { ok: true, value: { format: 'relative', value: csmp.vp } } : { ok: false, reason: 'relative <vp> must be an integer' };
  if (vpf === 3) {
    const t = typeof csmp.vp === 'string' ? parseTimestampText(csmp.vp) : undefined;
    return t ? { ok: true, value: { format: 'absolute', time: t } } : { ok: false, reason: 'absolute <vp> must be "yy/MM/dd,hh:mm:ss±zz"' };
  }
  const octets = typeof csmp.vp === 'string' ? fromHex(csmp.vp) : undefined;
  return octets && octets.length === 7 ? { ok: true, value: { format: 'enhanced', octets } } : { ok: false, reason: 'enhanced <vp> must be 14 hex digits' };
}

/** The user data from typed body bytes for a DCS, UDHI and optional extra header (CMGSEX). */
export function userDataFromText(body: string, dcs: number, udhi: boolean, charset: TeCharset, extraHeader?: InformationElement[]): Built<UserData> {
  const { alphabet } = parseDcs(dcs);
  if (udhi) {
    const octets = fromHex(body);
    if (!octets) return { ok: false, reason: 'with TP-UDHI the body must be hex' };
    try {
      const udl = alphabet === 'gsm7' ? Math.floor((octets.length * 8) / 7) : octets.length;
      return { ok: true, value: decodeUserData(new OctetReader(Buffer.concat([Buffer.of(udl), octets])), alphabet, true) };
    } catch (e) {
      return { ok: false, reason: (e as PduError).message };
    }
  }
  let bytes: Buffer | undefined;
  if (alphabet === 'gsm7') {
    const text = fromTe(body, charset);
    if (text === undefined) return { ok: false, reason: `body is not valid ${charset} text` };
    bytes = textBody('gsm7', text);
    if (!bytes) return { ok: false, reason: 'body has characters the GSM 7-bit alphabet lacks' };
  } else {
    bytes = fromHex(body);
    if (!bytes) return { ok: false, reason: `with an ${alphabet} <dcs> the body must be hex` };
    if (alphabet === 'ucs2' && bytes.length % 2 !== 0) return { ok: false, reason: 'UCS2 body has an odd number of octets' };
  }
  const capacity = bodyCapacity(alphabet, extraHeader);
  if (bytes.length > capacity) return { ok: false, reason: `body of ${bytes.length} ${alphabet === 'gsm7' ? 'septets' : 'octets'} exceeds ${capacity}` };
  return { ok: true, value: extraHeader ? { header: extraHeader, body: bytes } : { body: bytes } };
}

export function textSubmit(da: Address, body: string, csmp: CsmpSettings, charset: TeCharset, extraHeader?: InformationElement[]): Built<SubmitTpdu> {
  const vp = validityFromCsmp(csmp);
  if (!vp.ok) return vp;
  const ud = userDataFromText(body, csmp.dcs, (csmp.fo & FO.UDHI) !== 0 && !extraHeader, charset, extraHeader);
  if (!ud.ok) return ud;
  return { ok: true, value: { type: 'submit', fo: (csmp.fo & ~0x03) | 0x01, mr: 0, da, pid: csmp.pid, dcs: csmp.dcs, vp: vp.value, ud: ud.value } };
}

/** +CMGW with "REC UNREAD"/"REC READ": an SMS-DELIVER from <oa>, stamped now. */
export function textDeliver(oa: Address, body: string, csmp: CsmpSettings, charset: TeCharset, scts: SmsTimestamp): Built<DeliverTpdu> {
  const ud = userDataFromText(body, csmp.dcs, (csmp.fo & FO.UDHI) !== 0, charset);
  if (!ud.ok) return ud;
  return { ok: true, value: { type: 'deliver', fo: FO.MMS | (csmp.fo & FO.UDHI), oa, pid: csmp.pid, dcs: csmp.dcs, scts, ud: ud.value } };
}

export { decodeUdh };
