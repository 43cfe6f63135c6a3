// From the MMS being edited and the settings of AT+CMMSSENDCFG to an M-Send.req
// (simulator/mms/pdu/m-send-req.ts).
//
// AT+CMMSSENDCFG (§24.2.3) to header fields (OMA-TS-MMS-ENC-V1_2 §7.2): a value the manual calls
// "Not set" leaves its field out.
//   <valid>    X-Mms-Expiry, relative: 1 h, 12 h, 24 h, 2 days, 1 week; 5 "maximum": the longest
//              relative time the field can say (2^32-1 s; the MMSC caps it at its own maximum)
//   <pri>      X-Mms-Priority Low / Normal / High
//   <sendrep>  X-Mms-Delivery-Report Yes / No     <readrep> X-Mms-Read-Report Yes / No
//   <visible>  X-Mms-Sender-Visibility Hide / Show
//   <class>    X-Mms-Message-Class Personal / Advertisement / Informational / Auto
//
// The body is multipart/related with a SMIL presentation as its root (OMA-TS-MMS-CONF §8: the
// presentation of a multimedia message), one region per kind of part in one <par>; each file is
// a part with a Content-ID and its name as Content-Location. Names repeated in one MMS get a
// suffix so the presentation can tell them apart.

import type { MmsSendConfig } from '../state/mms.js';
import { pduAddress, type MmsMessage, type MmsPart } from './message.js';
import { UTF8_MIBENUM, type SendPart, type SendRequest } from './pdu/m-send-req.js';

const EXPIRY_SECONDS = [3600, 12 * 3600, 24 * 3600, 2 * 86400, 7 * 86400, 0xffffffff];
const PRIORITY = [0x80, 0x81, 0x82];
const VISIBILITY = [0x80, 0x81];
const MESSAGE_CLASS = [0x80, 0x81, 0x82, 0x83];
export const SMIL_CONTENT_ID = 'smil';

function uniqueNames(parts: readonly MmsPart[]): string[] {
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const base = p.name || 'part';
    const n = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), n);
    if (n === 1) return base;
    const dot = base.lastIndexOf('.');
    return dot > 0 ? `${base.slice(0, dot)}_${n}${base.slice(dot)}` : `${base}_${n}`;
  });
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

function smilElement(type: string): { element: string; region?: string } {
  if (type.startsWith('image/')) return { element: 'img', region: 'Image' };
  if (type.startsWith('text/')) return { element: 'text', region: 'Text' };
  if (type.startsWith('audio/')) return { element: 'audio' };
  if (type.startsWith('video/')) return { element: 'video', region: 'Image' };
  return { element: 'ref' };
}

/** A SMIL presentation showing every part at once (one <par>). */
export function smilFor(parts: ReadonlyArray<{ contentType: string; location: string }>): string {
  const body = parts
    .map((p) => {
      const { element, region } = smilElement(p.contentType);
      return `<${element} src="${xmlAttr(p.location)}"${region ? ` region="${region}"` : ''}/>`;
    })
    .join('');
  return (
    '<smil><head><layout><root-layout/>' +
    '<region id="Image" top="0" left="0" height="50%" width="100%" fit="meet"/>' +
    '<region id="Text" top="50%" left="0" height="50%" width="100%" fit="scroll"/>' +
    `</layout></head><body><par dur="5000ms">${body}</par></body></smil>`
  );
}

export interface ComposeInput {
  transactionId: string;
  message: MmsMessage;
  config: MmsSendConfig;
  /** AT+CMMSSEND=<address>: the MMS goes to this address only. */
  sendTo?: string;
}

/** The M-Send.req for the message; every part must have its data. */
export function composeSendRequest(input: ComposeInput): SendRequest {
  const { message: m, config: c } = input;
  const names = uniqueNames(m.parts);
  const files: SendPart[] = m.parts.map((p, i) => {
    if (!p.data) throw new Error(`part ${i + 1} (${p.name}) has no data`);
    return {
      contentType: p.contentType,
      ...(p.contentType.startsWith('text/') ? { charset: UTF8_MIBENUM } : {}),
      location: names[i]!,
      contentId: `part${i + 1}`,
      data: p.data,
    };
  });
  const smil: SendPart = {
    contentType: 'application/smil',
    charset: UTF8_MIBENUM,
    location: 'smil.xml',
    contentId: SMIL_CONTENT_ID,
    data: Buffer.from(smilFor(files), 'utf8'),
  };
  const to = input.sendTo !== undefined ? [input.sendTo] : m.to;
  return {
    transactionId: input.transactionId,
    to: to.map(pduAddress),
    cc: input.sendTo !== undefined ? [] : m.cc.map(pduAddress),
    bcc: input.sendTo !== undefined ? [] : m.bcc.map(pduAddress),
    ...(m.title !== undefined ? { subject: m.title } : {}),
    ...(c.messageClass < 4 ? { messageClass: MESSAGE_CLASS[c.messageClass] } : {}),
    ...(c.valid < 6 ? { expirySeconds: EXPIRY_SECONDS[c.valid] } : {}),
    ...(c.priority < 3 ? { priority: PRIORITY[c.priority] } : {}),
    ...(c.visible < 2 ? { senderVisibility: VISIBILITY[c.visible] } : {}),
    deliveryReport: c.sendReport === 1,
    readReport: c.readReport === 1,
    parts: [smil, ...files],
    presentation: { contentId: SMIL_CONTENT_ID, contentType: 'application/smil' },
  };
}
