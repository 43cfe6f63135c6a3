// M-Send.conf (OMA-TS-MMS-ENC-V1_2 §6.1.2): the MMSC's answer to M-Send.req, carried in the
// HTTP response. The module reads X-Mms-Message-Type (must be m-send-conf), X-Mms-Transaction-ID
// (must be the request's), X-Mms-Response-Status, and the optional X-Mms-Response-Text and
// Message-ID; other fields are skipped.

import { FIELD, MESSAGE_TYPE } from './m-send-req.js';
import { WspError, WspReader } from './wsp.js';

/** X-Mms-Response-Status (§7.2.27): Ok. */
export const RESPONSE_OK = 0x80;

export interface SendConfirmation {
  transactionId?: string;
  /** The X-Mms-Response-Status octet (0x80 Ok). */
  status: number;
  responseText?: string;
  messageId?: string;
}

export type DecodeResult = { ok: true; conf: SendConfirmation } | { ok: false; reason: string };

export function decodeSendConf(pdu: Buffer): DecodeResult {
  const r = new WspReader(pdu);
  const conf: Partial<SendConfirmation> = {};
  let type: number | undefined;
  try {
    while (!r.done) {
      const code = r.octet();
      if (code < 0x80) return { ok: false, reason: `not a well-known header field: ${code}` };
      switch (code) {
        case FIELD.MESSAGE_TYPE:
          type = r.octet();
          break;
        case FIELD.TRANSACTION_ID:
          conf.transactionId = r.text();
          break;
        case FIELD.RESPONSE_STATUS:
          conf.status = r.octet();
          break;
        case FIELD.RESPONSE_TEXT:
          conf.responseText = r.encodedString();
          break;
        case FIELD.MESSAGE_ID:
          conf.messageId = r.text();
          break;
        default:
          r.skipValue();
      }
    }
  } catch (e) {
    return { ok: false, reason: e instanceof WspError ? e.message : String(e) };
  }
  if (type !== MESSAGE_TYPE.SEND_CONF) return { ok: false, reason: `message type ${type ?? 'missing'}, not m-send-conf` };
  if (conf.status === undefined) return { ok: false, reason: 'no X-Mms-Response-Status' };
  return { ok: true, conf: conf as SendConfirmation };
}
