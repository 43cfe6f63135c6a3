// Text-mode and PDU-mode renderings of messages (27.005 §3.4.1, §3.4.3, §4.1, §4.4-4.6; manual
// §7.2.9-7.2.11, §7.2.18). With +CSDH=0 the header stops after <scts> (or <alpha>); with
// +CSDH=1 it carries <tooa>/<toda>, <fo>, <pid>, <dcs>, <vp>, <sca>, <tosca> and <length>.
//
// <data> (27.005 §3.1): GSM 7-bit text without a user data header is converted to the TE
// character set; 8-bit data, UCS2 data and any user data with a header are shown as hex octets.
// <length> counts the characters shown for text and the octets for hex data.

import { addressText, type Address } from './codec/address.js';
import { cbmText, cbsAlphabet, type CbmPage } from './codec/cbm.js';
import { parseDcs } from './codec/dcs.js';
import { toHex } from './codec/errors.js';
import { timestampText } from './codec/timestamp.js';
import { encodeUserData, userDataText, type UserData } from './codec/user-data.js';
import type { ValidityPeriod } from './codec/validity.js';
import { toTe, type TeCharset } from './te-charset.js';
import type { MessageView } from './message-view.js';
import type { MessageStat } from '../state/sms.js';

export const STAT_TEXT = ['REC UNREAD', 'REC READ', 'STO UNSENT', 'STO SENT'] as const;

export interface FormatOptions {
  charset: TeCharset;
  showHeader: boolean;
  /** How an absent <alpha> is printed. */
  alpha: 'empty' | 'quoted';
}

const q = (s: string) => `"${s}"`;

function alphaField(o: FormatOptions): string {
  return o.alpha === 'quoted' ? '""' : '';
}

function addr(a: Address, o: FormatOptions): string {
  return q(toTe(addressText(a), o.charset));
}

function scaFields(sca: Address | undefined, o: FormatOptions): string {
  return sca ? `${addr(sca, o)},${sca.toa}` : '"",';
}

/** <data> and <length> of an SMS body. */
export function bodyData(dcs: number, ud: UserData, o: FormatOptions): { data: string; length: number } {
  const { alphabet } = parseDcs(dcs);
  if (alphabet === 'gsm7' && !ud.header) {
    const text = userDataText('gsm7', ud) ?? '';
    return { data: toTe(text, o.charset), length: [...text].length };
  }
  const octets = ud.header ? encodeUserData(alphabet, ud).octets : ud.body;
  return { data: toHex(octets), length: octets.length };
}

function vpField(vp: ValidityPeriod): string {
  switch (vp.format) {
    case 'none':
      return '';
    case 'relative':
      return String(vp.value);
    case 'absolute':
      return q(timestampText(vp.time));
    case 'enhanced':
      return q(toHex(vp.octets));
  }
}

function statText(stat: MessageStat): string {
  return q(STAT_TEXT[stat]);
}

/** +CMGR / +CMGRD text mode: header line and data (none for status reports). */
export function textRead(prefix: string, view: MessageView, stat: MessageStat, o: FormatOptions): string[] {
  switch (view.kind) {
    case 'deliver': {
      const t = view.tpdu;
      const { data, length } = bodyData(t.dcs, t.ud, o);
      const extra = o.showHeader ? `,${t.oa.toa},${t.fo},${t.pid},${t.dcs},${scaFields(view.sca, o)},${length}` : '';
      return [`${prefix}${statText(stat)},${addr(t.oa, o)},${alphaField(o)},${q(timestampText(t.scts))}${extra}`, data];
    }
    case 'submit': {
      const t = view.tpdu;
      const { data, length } = bodyData(t.dcs, t.ud, o);
      const extra = o.showHeader ? `,${t.da.toa},${t.fo},${t.pid},${t.dcs},${vpField(t.vp)},${scaFields(view.sca, o)},${length}` : '';
      return [`${prefix}${statText(stat)},${addr(t.da, o)},${alphaField(o)}${extra}`, data];
    }
    case 'status-report':
      return [`${prefix}${statText(stat)},${statusReportFields(view.tpdu, o)}`];
    case 'cbm': {
      const p = view.page;
      return [`${prefix}${statText(stat)},${p.serial},${p.messageId},${p.dcs},${p.page},${p.pages}`, cbmData(p, o)];
    }
  }
}

/** +CMGL text mode entry. */
export function textListEntry(index: number, view: MessageView, stat: MessageStat, o: FormatOptions): string[] {
  const head = `+CMGL: ${index},${statText(stat)}`;
  switch (view.kind) {
    case 'deliver': {
      const t = view.tpdu;
      const { data, length } = bodyData(t.dcs, t.ud, o);
      const extra = o.showHeader ? `,${t.oa.toa},${length}` : '';
      return [`${head},${addr(t.oa, o)},${alphaField(o)},${q(timestampText(t.scts))}${extra}`, data];
    }
    case 'submit': {
      const t = view.tpdu;
      const { data, length } = bodyData(t.dcs, t.ud, o);
      const extra = o.showHeader ? `,${t.da.toa},${length}` : '';
      return [`${head},${addr(t.da, o)},${alphaField(o)},${extra}`, data];
    }
    case 'status-report':
      return [`${head},${statusReportFields(view.tpdu, o)}`];
    case 'cbm': {
      const p = view.page;
      return [`${head},${p.serial},${p.messageId},${p.page},${p.pages}`, cbmData(p, o)];
    }
  }
}

/** <fo>,<mr>,[<ra>],[<tora>],<scts>,<dt>,<st> */
export function statusReportFields(t: { fo: number; mr: number; ra: Address; scts: Parameters<typeof timestampText>[0]; dt: Parameters<typeof timestampText>[0]; st: number }, o: FormatOptions): string {
  return `${t.fo},${t.mr},${addr(t.ra, o)},${t.ra.toa},${q(timestampText(t.scts))},${q(timestampText(t.dt))},${t.st}`;
}

/** +CMT text mode (27.005 §3.4.1). */
export function textCmt(view: Extract<MessageView, { kind: 'deliver' }>, o: FormatOptions): string[] {
  const t = view.tpdu;
  const { data, length } = bodyData(t.dcs, t.ud, o);
  const extra = o.showHeader ? `,${t.oa.toa},${t.fo},${t.pid},${t.dcs},${scaFields(view.sca, o)},${length}` : '';
  return [`+CMT: ${addr(t.oa, o)},${alphaField(o)},${q(timestampText(t.scts))}${extra}`, data];
}

export function cbmData(p: CbmPage, o: FormatOptions): string {
  const alphabet = cbsAlphabet(p.dcs);
  if (alphabet === 'gsm7') return toTe(cbmText(p) ?? '', o.charset);
  return toHex(p.content);
}

/** +CBM text mode: <sn>,<mid>,<dcs>,<page>,<pages> and the data. */
export function textCbm(p: CbmPage, o: FormatOptions): string[] {
  return [`+CBM: ${p.serial},${p.messageId},${p.dcs},${p.page},${p.pages}`, cbmData(p, o)];
}

/** PDU mode header `<prefix>[<fields>,][<alpha>],<length>` and the PDU. */
export function pduLines(prefix: string, view: MessageView, o: Pick<FormatOptions, 'alpha'>): string[] {
  return [`${prefix}${alphaField(o as FormatOptions)},${view.tpduLength}`, toHex(view.pdu)];
}
