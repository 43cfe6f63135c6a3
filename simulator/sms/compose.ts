// Incoming messages built from a description (the control API's "inject sms"): sender (a
// number, or alphanumeric text such as "SIMCom"), text in any alphabet or 8-bit data, message
// class (0 = flash), application port, long texts split into concatenated parts, the SMSC
// time stamp from the network's virtual clock.

import { parseAddressText, TOA_ALPHANUMERIC, type Address } from './codec/address.js';
import { makeDcs, type Alphabet } from './codec/dcs.js';
import { fromHex } from './codec/errors.js';
import type { SmsTimestamp } from './codec/timestamp.js';
import { FO, type DeliverTpdu, type SmsPdu } from './codec/tpdu.js';
import { portsElement, type InformationElement } from './codec/udh.js';
import { bodyCapacity } from './codec/user-data.js';
import { chooseAlphabet, splitText } from './codec/segment.js';

export interface IncomingSms {
  from: string;
  text?: string;
  /** 8-bit data as hex (instead of text). */
  dataHex?: string;
  alphabet?: Alphabet;
  messageClass?: 0 | 1 | 2 | 3;
  smsc: string;
  pid?: number;
  /** Concatenation reference for a long text. */
  reference: number;
  /** 16-bit application destination port (23.040 §9.2.3.24.4). */
  port?: number;
  /** TP-SRI: the sender asked for a status report. */
  statusReportIndication?: boolean;
}

export class ComposeError extends Error {}

export function senderAddress(from: string): Address {
  const numeric = parseAddressText(from);
  if (numeric) return numeric;
  const alpha = parseAddressText(from, TOA_ALPHANUMERIC);
  if (!alpha) throw new ComposeError(`"${from}" is neither a phone number nor GSM 7-bit text of at most 11 characters`);
  return alpha;
}

export function composeDeliver(m: IncomingSms, scts: SmsTimestamp): SmsPdu[] {
  const oa = senderAddress(m.from);
  const sca = parseAddressText(m.smsc);
  if (!sca) throw new ComposeError(`SMSC "${m.smsc}" is not a phone number`);
  const extra: InformationElement[] | undefined = m.port !== undefined ? [portsElement({ destination: m.port, source: m.port, wide: true })] : undefined;
  let alphabet: Alphabet;
  let parts: Array<{ header?: InformationElement[]; body: Buffer }>;
  if (m.dataHex !== undefined) {
    const data = fromHex(m.dataHex);
    if (!data) throw new ComposeError('--data must be hex digits');
    alphabet = '8bit';
    if (data.length > bodyCapacity('8bit', extra)) throw new ComposeError(`8-bit data of ${data.length} octets does not fit one message`);
    parts = [extra ? { header: extra, body: data } : { body: data }];
  } else {
    const text = m.text ?? '';
    alphabet = m.alphabet ?? chooseAlphabet(text);
    try {
      parts = splitText(text, { alphabet, reference: m.reference & 0xff, ...(extra ? { extraHeader: extra } : {}) }).parts;
    } catch {
      throw new ComposeError(`the text cannot be written in ${alphabet}`);
    }
  }
  const dcs = makeDcs(alphabet, m.messageClass);
  return parts.map((ud) => {
    const tpdu: DeliverTpdu = { type: 'deliver', fo: FO.MMS | (m.statusReportIndication ? FO.SRI : 0), oa, pid: m.pid ?? 0, dcs, scts, ud };
    return { sca, tpdu };
  });
}
