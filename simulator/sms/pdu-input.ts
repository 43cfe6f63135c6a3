// A PDU typed in PDU mode (27.005 §3.5.1, §4.3-4.4): hex, the SC address first ("00": use
// +CSCA), then exactly <length> octets of TPDU (manual §7.2.12 <length>: "the RP layer SMSC
// address octets are not counted"). Anything else is +CMS ERROR: 304.

import type { Address } from './codec/address.js';
import { fromHex, PduError } from './codec/errors.js';
import { decodeTpdu, splitPdu, type Direction, type Tpdu } from './codec/tpdu.js';

export type ParsedPduInput = { ok: true; sca: Address | undefined; tpdu: Tpdu; bytes: Buffer } | { ok: false; reason: string };

export function parsePduInput(hex: string, length: number, direction: Direction): ParsedPduInput {
  const bytes = fromHex(hex);
  if (!bytes || bytes.length === 0) return { ok: false, reason: 'not hex' };
  try {
    const { sca, tpdu } = splitPdu(bytes);
    if (tpdu.length !== length) return { ok: false, reason: `TPDU has ${tpdu.length} octets, <length> says ${length}` };
    return { ok: true, sca, tpdu: decodeTpdu(tpdu, direction), bytes };
  } catch (e) {
    if (e instanceof PduError) return { ok: false, reason: e.message };
    throw e;
  }
}
