// A stored or received message decoded for display: what +CMGR, +CMGL, +CMT, +CDS and +CBM
// print in text mode, and the octets they print in PDU mode.

import { decodeCbmPage, type CbmPage } from './codec/cbm.js';
import type { Address } from './codec/address.js';
import { fromHex } from './codec/errors.js';
import { decodeTpdu, splitPdu, type DeliverTpdu, type StatusReportTpdu, type SubmitTpdu } from './codec/tpdu.js';
import type { StoredMessage } from '../state/sms.js';

export type MessageView =
  | { kind: 'deliver'; sca: Address | undefined; tpdu: DeliverTpdu; pdu: Buffer; tpduLength: number }
  | { kind: 'submit'; sca: Address | undefined; tpdu: SubmitTpdu; pdu: Buffer; tpduLength: number }
  | { kind: 'status-report'; sca: Address | undefined; tpdu: StatusReportTpdu; pdu: Buffer; tpduLength: number }
  | { kind: 'cbm'; page: CbmPage; pdu: Buffer; tpduLength: number };

/** Decodes a record; stored PDUs were validated when written, so this does not fail on them. */
export function viewOf(message: Pick<StoredMessage, 'kind' | 'pdu' | 'stat'>): MessageView {
  const pdu = fromHex(message.pdu) ?? Buffer.alloc(0);
  if (message.kind === 'cbm') return { kind: 'cbm', page: decodeCbmPage(pdu), pdu, tpduLength: pdu.length };
  const { sca, tpdu } = splitPdu(pdu);
  const t = decodeTpdu(tpdu, message.stat <= 1 ? 'mt' : 'mo');
  switch (t.type) {
    case 'deliver':
      return { kind: 'deliver', sca, tpdu: t, pdu, tpduLength: tpdu.length };
    case 'submit':
      return { kind: 'submit', sca, tpdu: t, pdu, tpduLength: tpdu.length };
    case 'status-report':
      return { kind: 'status-report', sca, tpdu: t, pdu, tpduLength: tpdu.length };
  }
}
