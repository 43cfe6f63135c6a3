// Mobile-terminated messages arriving at a modem (27.005 §3.4.1 +CNMI rules; 23.038 §4 message
// classes): SMS-DELIVERs are stored or routed to the TE, status reports shown or stored, cell
// broadcasts filtered by +CSCB and shown or stored.
//
// SMS-DELIVER routing by +CNMI <mt> (manual §7.2.9):
//   0: stored in <mem3>, no indication        1: stored, +CMTI: <mem>,<index>
//   2: routed directly with +CMT (not stored), except class 2 and "store" message-waiting
//      messages, which are stored as for 1
//   3: class 3 routed directly, others as for 1
// Class 2 (SIM-specific) always goes to the SIM ("SM"). Class 0 (flash) follows the same
// rules: shown at once with <mt> 2/3, stored otherwise (the manual says nothing more).
// With +CSMS=1 a direct +CMT/+CDS must be acknowledged with +CNMA within the network timeout;
// without it the module disables routing (<mt>=<ds>=0, 27.005 §3.4.4) and, so that nothing is
// lost, the message is stored instead (a real network would redeliver it to storage).
// A message that cannot be stored because the memory is full is refused (RP-ERROR "memory
// capacity exceeded", 24.011 §8.2.5.4): the network keeps it until memory is freed.

import type { Modem } from '../core/modem.js';
import { registeredForService } from '../state/network.js';
import type { SmsState, StoredMessage } from '../state/sms.js';
import { encodeCbmPage, type CbmPage } from './codec/cbm.js';
import { parseDcs } from './codec/dcs.js';
import { toHex } from './codec/errors.js';
import { encodePdu, type SmsPdu } from './codec/tpdu.js';
import { indicate } from './indications.js';
import { viewOf, type MessageView } from './message-view.js';
import { smsProfile } from './profile.js';
import { MessageStorage } from './storage.js';
import { statusReportFields, textCbm, textCmt, pduLines } from './text-format.js';
import { teCharset } from './te-charset.js';
import { inRangeList } from './range-list.js';

export type ReceiveOutcome = 'accepted' | 'memory-full' | 'unavailable';

/** Whether the module can take a message from the network now. */
function canReceive(modem: Modem): boolean {
  return modem.ready && modem.state.sim.lock.status === 'ready' && registeredForService(modem.state.network);
}

function formatOptions(modem: Modem, alpha: 'empty' | 'quoted') {
  const s = modem.state;
  return { charset: teCharset(s.v250.charset), showHeader: s.sms.showHeader, alpha };
}

/** Stores a message; undefined when the memory is full (and the full flag is set). */
function store(modem: Modem, memory: string, message: StoredMessage): number | undefined {
  const storage = new MessageStorage(modem.state.sms, smsProfile(modem.profile));
  const index = storage.write(memory, message);
  if (index === undefined) {
    modem.state.sms.memoryExceeded = true;
    modem.log(`sms: ${memory} full, message refused (memory capacity exceeded)`);
    return undefined;
  }
  modem.persist();
  return index;
}

function expectAck(modem: Modem, what: 'deliver' | 'status-report', fallback: () => void, pdu?: SmsPdu): void {
  const sms = modem.state.sms;
  if (sms.service !== 1) return;
  const timer = modem.clock.setTimer(smsProfile(modem.profile).cnmaTimeoutMs, () => {
    if (modem.state.sms !== sms || sms.ack.status !== 'awaiting') return;
    sms.ack = { status: 'none' };
    sms.cnmi.mt = 0;
    sms.cnmi.ds = 0;
    modem.log('sms: no +CNMA within the network timeout: routing to the TE disabled (<mt>=<ds>=0)');
    fallback();
    modem.persist();
  });
  sms.ack = pdu ? { status: 'awaiting', what, timer, pdu } : { status: 'awaiting', what, timer };
}

export function receiveDeliver(modem: Modem, pdu: SmsPdu): ReceiveOutcome {
  if (!canReceive(modem)) return 'unavailable';
  const sms: SmsState = modem.state.sms;
  if (pdu.tpdu.type !== 'deliver') return 'unavailable';
  const dcs = parseDcs(pdu.tpdu.dcs);
  const profile = smsProfile(modem.profile);
  const record: StoredMessage = { stat: 0, kind: 'sms', pdu: toHex(encodePdu(pdu)) };
  const classTwo = dcs.messageClass === 2;
  const mt = sms.cnmi.mt;
  const direct = !classTwo && dcs.waiting !== 'store' && (mt === 2 || (mt === 3 && dcs.messageClass === 3));
  const memory = classTwo && profile.memories.some((m) => m.name === 'SM') ? 'SM' : sms.mem[2];

  if (direct) {
    // One unacknowledged message at a time (27.005 §3.4.4): the network retries later.
    if (sms.ack.status === 'awaiting') return 'unavailable';
    const view = viewOf(record) as Extract<MessageView, { kind: 'deliver' }>;
    const lines = sms.textMode ? textCmt(view, formatOptions(modem, profile.alphaInCmt)) : pduLines('+CMT: ', view, { alpha: profile.alphaInCmt });
    const outcome = indicate(modem, lines);
    if (outcome === 'discarded') {
      // <mode>=1 and the link reserved: the indication is lost, the message must not be.
      return store(modem, memory, record) === undefined ? 'memory-full' : 'accepted';
    }
    expectAck(modem, 'deliver', () => store(modem, memory, record), pdu);
    return 'accepted';
  }

  const index = store(modem, memory, record);
  if (index === undefined) return 'memory-full';
  if (mt !== 0) indicate(modem, [`+CMTI: "${memory}",${index}`]);
  return 'accepted';
}

export function receiveStatusReport(modem: Modem, pdu: SmsPdu): ReceiveOutcome {
  if (!canReceive(modem)) return 'unavailable';
  const sms = modem.state.sms;
  if (pdu.tpdu.type !== 'status-report') return 'unavailable';
  const profile = smsProfile(modem.profile);
  const record: StoredMessage = { stat: 0, kind: 'sms', pdu: toHex(encodePdu(pdu)) };
  if (sms.cnmi.ds === 1) {
    if (sms.ack.status === 'awaiting') return 'unavailable';
    const view = viewOf(record);
    const lines = sms.textMode ? [`+CDS: ${statusReportFields(pdu.tpdu, formatOptions(modem, profile.alphaInCmt))}`] : [`+CDS: ${view.tpduLength}`, toHex(view.pdu)];
    indicate(modem, lines);
    expectAck(modem, 'status-report', () => undefined);
    return 'accepted';
  }
  if (sms.cnmi.ds === 2) {
    const memory = profile.statusReportMemory ?? sms.mem[2];
    const index = store(modem, memory, record);
    if (index === undefined) return 'memory-full';
    indicate(modem, [`+CDSI: "${memory}",${index}`]);
    return 'accepted';
  }
  modem.log('sms: status report not routed (+CNMI <ds>=0)');
  return 'accepted';
}

/** Whether +CSCB accepts a CBM (27.005 §3.3.4): its <mid> in <mids>, its <dcs> in <dcss> if given. */
export function cbmAccepted(sms: SmsState, page: CbmPage): boolean {
  if (!inRangeList(sms.cb.mids, page.messageId)) return false;
  return sms.cb.dcss === '' || inRangeList(sms.cb.dcss, page.dcs);
}

export function receiveCbm(modem: Modem, page: CbmPage): ReceiveOutcome | 'filtered' {
  if (!canReceive(modem)) return 'unavailable';
  const sms = modem.state.sms;
  if (!cbmAccepted(sms, page)) return 'filtered';
  const bytes = encodeCbmPage(page);
  const profile = smsProfile(modem.profile);
  if (sms.cnmi.bm === 2 || sms.cnmi.bm === 3) {
    const lines = sms.textMode ? textCbm(page, formatOptions(modem, profile.alphaInCmt)) : [`+CBM: ${bytes.length}`, toHex(bytes)];
    indicate(modem, lines);
    return 'accepted';
  }
  if (sms.cnmi.bm === 1) {
    const memory = sms.mem[2];
    const index = store(modem, memory, { stat: 0, kind: 'cbm', pdu: toHex(bytes) });
    if (index === undefined) return 'memory-full';
    indicate(modem, [`+CBMI: "${memory}",${index}`]);
  }
  return 'accepted';
}
