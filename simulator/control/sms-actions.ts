// Control actions of the simulated SMS network (manual chapter 7): inject an incoming SMS, a
// status report or a cell broadcast; read the outbox of sent messages; make the next sends
// fail with a chosen +CMS ERROR, or take longer. From a shell:
//   modem-sim inject sms --pty /dev/pts/N --from +15551112222 --text "hello"

import type { Modem } from '../core/modem.js';
import { parseAddressText } from '../sms/codec/address.js';
import { cbmContent, cbsAlphabet, type CbmPage } from '../sms/codec/cbm.js';
import type { Alphabet } from '../sms/codec/dcs.js';
import { composeDeliver, ComposeError } from '../sms/compose.js';
import { smsLink } from '../sms/network.js';
import { receiveCbm, receiveStatusReport } from '../sms/receive.js';
import { ControlError, type ControlAction } from './action.js';

const ALPHABETS: Record<string, Alphabet> = { gsm: 'gsm7', gsm7: 'gsm7', ucs2: 'ucs2', '8bit': '8bit' };
const SEND_ERRORS = [300, 301, 302, 330, 331, 332, 500];

function nextReference(modem: Modem): number {
  const key = 'sms.inject.reference';
  const n = ((modem.attachments.get(key) as number | undefined) ?? 0) + 1;
  modem.attachments.set(key, n & 0xff);
  return n & 0xff;
}

export const smsActions: readonly ControlAction[] = [
  {
    name: 'inject sms',
    summary: 'An SMS arrives from the network (stored with +CMTI or shown with +CMT per +CNMI)',
    params: {
      from: { type: 'string', description: 'sender: +15551112222, 0123456, or alphanumeric like SIMCom', required: true },
      text: { type: 'string', description: 'message text; long texts arrive as concatenated parts' },
      data: { type: 'string', description: '8-bit data as hex, instead of --text' },
      alphabet: { type: 'string', description: 'gsm, ucs2 or 8bit (default: gsm if the text allows, else ucs2)' },
      class: { type: 'number', description: 'message class 0-3' },
      flash: { type: 'boolean', description: 'a class 0 (flash) message' },
      port: { type: 'number', description: 'application destination port (16-bit port element)' },
      smsc: { type: 'string', description: 'service centre address (default: this modem\'s +CSCA)' },
      pid: { type: 'number', description: 'TP-PID (default 0)' },
    },
    run: (modem, p) => {
      const link = smsLink(modem);
      const alphabet = p['alphabet'] === undefined ? undefined : ALPHABETS[String(p['alphabet']).toLowerCase()];
      if (p['alphabet'] !== undefined && !alphabet) throw new ControlError('--alphabet must be gsm, ucs2 or 8bit');
      if (p['text'] === undefined && p['data'] === undefined) throw new ControlError('"inject sms" needs --text or --data');
      const cls = p['flash'] === true ? 0 : (p['class'] as number | undefined);
      if (cls !== undefined && ![0, 1, 2, 3].includes(cls)) throw new ControlError('--class must be 0-3');
      try {
        const pdus = composeDeliver(
          {
            from: String(p['from']),
            ...(p['text'] !== undefined ? { text: String(p['text']) } : {}),
            ...(p['data'] !== undefined ? { dataHex: String(p['data']) } : {}),
            ...(alphabet ? { alphabet } : {}),
            ...(cls !== undefined ? { messageClass: cls as 0 | 1 | 2 | 3 } : {}),
            ...(p['port'] !== undefined ? { port: p['port'] as number } : {}),
            ...(p['pid'] !== undefined ? { pid: p['pid'] as number } : {}),
            smsc: p['smsc'] !== undefined ? String(p['smsc']) : modem.state.sms.sca.number || '+8613800100500',
            reference: nextReference(modem),
          },
          link.network.now(),
        );
        return { parts: pdus.length, outcomes: pdus.map((pdu) => link.network.deliver(link.number, pdu)) };
      } catch (e) {
        if (e instanceof ComposeError) throw new ControlError(e.message);
        throw e;
      }
    },
  },
  {
    name: 'inject status-report',
    summary: 'An SMS-STATUS-REPORT for a sent message arrives (+CDS or +CDSI per +CNMI <ds>)',
    params: {
      mr: { type: 'number', description: 'TP-MR of the sent message', required: true },
      to: { type: 'string', description: 'recipient address (default: that of the sent message in the outbox)' },
      status: { type: 'number', description: 'TP-Status: 0 delivered (default), 32-47 still trying, 64-111 failed' },
    },
    run: (modem, p) => {
      const link = smsLink(modem);
      const mr = p['mr'] as number;
      const sent = [...link.network.outbox].reverse().find((e) => e.mr === mr && e.from === link.number);
      const to = p['to'] !== undefined ? String(p['to']) : sent?.to;
      const ra = to === undefined ? undefined : parseAddressText(to);
      if (!ra) throw new ControlError(`no sent message with mr ${mr} in the outbox: give --to`);
      const st = (p['status'] as number | undefined) ?? 0;
      if (st < 0 || st > 255) throw new ControlError('--status must be 0-255');
      const now = link.network.now();
      const sca = parseAddressText(modem.state.sms.sca.number || '+8613800100500')!;
      return { outcome: receiveStatusReport(modem, { sca, tpdu: { type: 'status-report', fo: 0x06, mr: mr & 0xff, ra, scts: now, dt: now, st } }) };
    },
  },
  {
    name: 'inject cbm',
    summary: 'A cell broadcast message arrives (+CBM per +CNMI <bm>, if +CSCB accepts its id)',
    params: {
      mid: { type: 'number', description: 'message identifier (e.g. 4370 for a presidential alert)', required: true },
      text: { type: 'string', description: 'message text', required: true },
      dcs: { type: 'number', description: 'CBS data coding scheme (default 15: GSM 7-bit, language unspecified; 17: UCS2)' },
      serial: { type: 'number', description: 'serial number (default 0x3000 + a counter)' },
    },
    run: (modem, p) => {
      const dcs = (p['dcs'] as number | undefined) ?? 0x0f;
      const alphabet = cbsAlphabet(dcs);
      const text = String(p['text']);
      const perPage = alphabet === 'gsm7' ? 93 : alphabet === 'ucs2' ? 41 : 82;
      const chunks: string[] = [];
      for (let i = 0; i < Math.max(1, text.length); i += perPage) chunks.push(text.slice(i, i + perPage));
      if (chunks.length > 15) throw new ControlError('a CBM has at most 15 pages');
      const serial = (p['serial'] as number | undefined) ?? 0x3000 + nextReference(modem);
      try {
        const pages: CbmPage[] = chunks.map((c, i) => ({ serial: serial & 0xffff, messageId: (p['mid'] as number) & 0xffff, dcs, page: i + 1, pages: chunks.length, content: cbmContent(alphabet, c) }));
        return { pages: pages.length, outcomes: pages.map((page) => receiveCbm(modem, page)) };
      } catch (e) {
        throw new ControlError((e as Error).message);
      }
    },
  },
  {
    name: 'sms outbox',
    summary: 'The messages the network accepted from this modem, decoded',
    params: { clear: { type: 'boolean', description: 'empty the outbox after reading it' } },
    run: (modem, p) => {
      const link = smsLink(modem);
      const mine = link.network.outbox.filter((e) => e.from === link.number);
      if (p['clear'] === true) for (const e of mine) link.network.outbox.splice(link.network.outbox.indexOf(e), 1);
      return mine;
    },
  },
  {
    name: 'sms fail',
    summary: 'The next sends fail with +CMS ERROR: <code> (330 SMSC unknown, 331 no network, 332 timeout)',
    params: {
      code: { type: 'number', description: `+CMS ERROR code (${SEND_ERRORS.join(', ')})`, required: true },
      count: { type: 'number', description: 'how many sends fail (default 1)' },
    },
    run: (modem, p) => {
      const code = p['code'] as number;
      if (!SEND_ERRORS.includes(code)) throw new ControlError(`--code must be one of ${SEND_ERRORS.join(', ')}`);
      const count = (p['count'] as number | undefined) ?? 1;
      smsLink(modem).network.failNextSends(code, count);
      return { failing: count, code };
    },
  },
  {
    name: 'sms delay',
    summary: 'Every send takes this many more milliseconds before the network answers',
    params: { ms: { type: 'number', description: 'extra delay in ms (0 removes it)', required: true } },
    run: (modem, p) => {
      const ms = p['ms'] as number;
      if (ms < 0 || ms > 120_000) throw new ControlError('--ms must be 0-120000');
      smsLink(modem).network.extraDelayMs = ms;
      return { extraDelayMs: ms };
    },
  },
];
