// M-Send.req (OMA-TS-MMS-ENC-V1_2 §6.1.1): the PDU the module POSTs to the MMSC.
//
// Header order: X-Mms-Message-Type, X-Mms-Transaction-ID and X-Mms-MMS-Version first (§7:
// "shall be the first three"), Content-Type last, the body after it. From is the
// Insert-address-token (the MMSC writes the sender's address, §7.2.11). The body is a WSP
// multipart (WAP-230 §8.5); with a presentation part it is multipart/related with the
// parameters Start (the root's Content-ID) and Type (the root's type) (§7.2.8 and RFC 2387).

import {
  PARAMETER,
  PART_HEADER,
  UTF8_MIBENUM,
  contentType,
  encodedString,
  integerValue,
  longInteger,
  multipart,
  quotedString,
  shortInteger,
  textString,
  withLength,
  type TypedParameter,
} from './wsp.js';

/** MMS-ENC §7.4 Table 25: header field codes (binary, | 0x80). */
export const FIELD = {
  BCC: 0x81,
  CC: 0x82,
  CONTENT_TYPE: 0x84,
  DELIVERY_REPORT: 0x86,
  EXPIRY: 0x88,
  FROM: 0x89,
  MESSAGE_CLASS: 0x8a,
  MESSAGE_ID: 0x8b,
  MESSAGE_TYPE: 0x8c,
  MMS_VERSION: 0x8d,
  PRIORITY: 0x8f,
  READ_REPORT: 0x90,
  RESPONSE_STATUS: 0x92,
  RESPONSE_TEXT: 0x93,
  SENDER_VISIBILITY: 0x94,
  SUBJECT: 0x96,
  TO: 0x97,
  TRANSACTION_ID: 0x98,
} as const;

export const MESSAGE_TYPE = { SEND_REQ: 0x80, SEND_CONF: 0x81 } as const;
/** X-Mms-MMS-Version 1.2: major 1 in bits 4-6, minor 2 in bits 0-3 (§7.2.18). */
export const MMS_VERSION_1_2 = (1 << 4) | 2;
export const YES = 0x80;
export const NO = 0x81;
const INSERT_ADDRESS_TOKEN = 0x81;
const RELATIVE_TOKEN = 0x81;

export interface SendPart {
  contentType: string;
  /** Charset parameter (IANA MIBenum), for text. */
  charset?: number;
  /** Content-Location. */
  location: string;
  /** Content-ID without the angle brackets. */
  contentId: string;
  data: Buffer;
}

export interface SendRequest {
  transactionId: string;
  /** Addresses as the header writes them ("<number>/TYPE=PLMN" or e-mail). */
  to: readonly string[];
  cc: readonly string[];
  bcc: readonly string[];
  subject?: string;
  /** Header values (the octet of §7.2), each omitted when undefined. */
  messageClass?: number;
  expirySeconds?: number;
  priority?: number;
  senderVisibility?: number;
  deliveryReport?: boolean;
  readReport?: boolean;
  parts: readonly SendPart[];
  /** multipart/related: the presentation part (one of `parts`) by Content-ID and type. */
  presentation?: { contentId: string; contentType: string };
}

function field(code: number, value: Buffer): Buffer {
  return Buffer.concat([Buffer.of(code), value]);
}

function partEntry(p: SendPart) {
  const params: TypedParameter[] = [];
  if (p.charset !== undefined) params.push({ code: PARAMETER.CHARSET, value: integerValue(p.charset) });
  params.push({ code: PARAMETER.NAME, value: textString(p.location) });
  return {
    contentType: contentType(p.contentType, params),
    headers: Buffer.concat([Buffer.of(PART_HEADER.CONTENT_ID), quotedString(`<${p.contentId}>`), Buffer.of(PART_HEADER.CONTENT_LOCATION), textString(p.location)]),
    data: p.data,
  };
}

export function encodeSendRequest(r: SendRequest): Buffer {
  const out: Buffer[] = [
    field(FIELD.MESSAGE_TYPE, shortInteger(MESSAGE_TYPE.SEND_REQ & 0x7f)),
    field(FIELD.TRANSACTION_ID, textString(r.transactionId)),
    field(FIELD.MMS_VERSION, shortInteger(MMS_VERSION_1_2)),
    field(FIELD.FROM, withLength(Buffer.of(INSERT_ADDRESS_TOKEN))),
  ];
  for (const a of r.to) out.push(field(FIELD.TO, encodedString(a)));
  for (const a of r.cc) out.push(field(FIELD.CC, encodedString(a)));
  for (const a of r.bcc) out.push(field(FIELD.BCC, encodedString(a)));
  if (r.subject !== undefined) out.push(field(FIELD.SUBJECT, encodedString(r.subject)));
  if (r.messageClass !== undefined) out.push(field(FIELD.MESSAGE_CLASS, Buffer.of(r.messageClass)));
  if (r.expirySeconds !== undefined) out.push(field(FIELD.EXPIRY, withLength(Buffer.concat([Buffer.of(RELATIVE_TOKEN), longInteger(r.expirySeconds)]))));
  if (r.priority !== undefined) out.push(field(FIELD.PRIORITY, Buffer.of(r.priority)));
  if (r.senderVisibility !== undefined) out.push(field(FIELD.SENDER_VISIBILITY, Buffer.of(r.senderVisibility)));
  if (r.deliveryReport !== undefined) out.push(field(FIELD.DELIVERY_REPORT, Buffer.of(r.deliveryReport ? YES : NO)));
  if (r.readReport !== undefined) out.push(field(FIELD.READ_REPORT, Buffer.of(r.readReport ? YES : NO)));
  const type = r.presentation
    ? contentType('application/vnd.wap.multipart.related', [
        { code: PARAMETER.TYPE, value: textString(r.presentation.contentType) },
        { code: PARAMETER.START, value: textString(`<${r.presentation.contentId}>`) },
      ])
    : contentType('application/vnd.wap.multipart.mixed');
  out.push(field(FIELD.CONTENT_TYPE, type));
  out.push(multipart(r.parts.map(partEntry)));
  return Buffer.concat(out);
}

export { UTF8_MIBENUM };
