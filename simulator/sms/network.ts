// A simulated SMS network: the SMSC and the radio path between simulated modems. Tests create
// one, attach several modems with their phone numbers, and SUBMITs are routed by destination
// number to the modem owning it as SMS-DELIVERs, time-stamped from the virtual clock
// (23.040 §9.2.3.11); a SUBMIT that asked for a status report (TP-SRR) gets an
// SMS-STATUS-REPORT back once delivered (§9.2.2.3). Numbers no modem owns are "outside
// world" recipients: delivered at once, as far as the network can tell.
//
// A modem used without an explicit network gets its own private one (smsLink), so AT+CMGS
// always reaches an SMSC and the outbox can be read.
//
// Knobs for tests and the control API: fail the next sends with a chosen +CMS ERROR (330 SMSC
// unknown, 331 no network service, 332 network timeout, ...), add a delay, read the outbox.
//
// Store and forward (24.011 §8.2.5.4, 23.040 §10.3): a recipient that is off, unregistered,
// or whose memory is full is retried later; a full memory is retried as soon as the modem
// reports memory available again (SMMA, sent when a deletion frees a location).

import type { Clock, TimerHandle } from '../core/clock.js';
import type { Modem } from '../core/modem.js';
import { addressText, parseAddressText, type Address } from './codec/address.js';
import { parseDcs } from './codec/dcs.js';
import { toHex } from './codec/errors.js';
import { timestampFromEpoch, timestampText, type SmsTimestamp } from './codec/timestamp.js';
import { encodeTpdu, FO, type DeliverTpdu, type SmsPdu, type StatusReportTpdu, type SubmitTpdu } from './codec/tpdu.js';
import { findConcatenation, findPorts } from './codec/udh.js';
import { userDataText } from './codec/user-data.js';
import { smsProfile } from './profile.js';
import { receiveDeliver, receiveStatusReport, type ReceiveOutcome } from './receive.js';

export interface SmsLink {
  network: SmsNetwork;
  /** This modem's number on the network (international with "+", or national digits). */
  number: string;
}

const LINK_KEY = 'sms.link';

/** The network link of a modem, creating a private network on first use. */
export function smsLink(modem: Modem): SmsLink {
  const existing = modem.attachments.get(LINK_KEY) as SmsLink | undefined;
  if (existing) return existing;
  const network = new SmsNetwork({ clock: modem.clock, timeZoneQuarters: smsProfile(modem.profile).timeZoneQuarters });
  network.attach(modem, smsProfile(modem.profile).ownNumber);
  return modem.attachments.get(LINK_KEY) as SmsLink;
}

/** One message the network accepted from a modem, decoded for reading. */
export interface OutboxEntry {
  from: string;
  to: string;
  toa: number;
  /** Decoded text (GSM 7-bit / UCS2), or undefined for 8-bit data. */
  text: string | undefined;
  /** Hex of the user data body for 8-bit messages. */
  dataHex?: string;
  alphabet: 'gsm7' | '8bit' | 'ucs2';
  messageClass?: number;
  dcs: number;
  pid: number;
  mr: number;
  /** The SMSC address it was sent through. */
  smsc: string;
  statusReportRequested: boolean;
  concatenation?: { reference: number; total: number; sequence: number };
  ports?: { destination: number; source: number };
  /** SMSC time stamp. */
  scts: string;
  /** Virtual time of acceptance, ms since the epoch. */
  at: number;
  /** The SUBMIT TPDU as sent, hex. */
  tpdu: string;
  delivery: 'pending' | 'delivered' | 'outside-network';
}

export interface SmsNetworkOptions {
  clock: Clock;
  /** Time zone of SMSC time stamps in quarter hours (default 0). */
  timeZoneQuarters?: number;
  /** Virtual ms from SUBMIT acceptance to delivery (default 1000). */
  deliveryDelayMs?: number;
  /** Retry interval for recipients that could not take a message (default 30 s). */
  retryMs?: number;
}

interface PendingDelivery {
  to: string;
  pdu: SmsPdu;
  entry?: OutboxEntry;
  /** Who to send a status report to, and what it refers to. */
  report?: { modem: Modem; submit: SubmitTpdu; scts: SmsTimestamp; sca: Address };
}

function digitsOf(number: string): string {
  return number.replace(/^\+/, '');
}

export class SmsNetwork {
  readonly clock: Clock;
  readonly outbox: OutboxEntry[] = [];
  timeZoneQuarters: number;
  deliveryDelayMs: number;
  retryMs: number;
  /** Extra virtual ms every SUBMIT takes (control: "sms delay"). */
  extraDelayMs = 0;
  private readonly members = new Map<string, Modem>();
  private failures: number[] = [];
  private pending: PendingDelivery[] = [];
  private retryTimer: TimerHandle | undefined;

  constructor(options: SmsNetworkOptions) {
    this.clock = options.clock;
    this.timeZoneQuarters = options.timeZoneQuarters ?? 0;
    this.deliveryDelayMs = options.deliveryDelayMs ?? 1000;
    this.retryMs = options.retryMs ?? 30_000;
  }

  /** Puts a modem on this network with a number (replacing any earlier network of that modem). */
  attach(modem: Modem, number: string): this {
    const old = modem.attachments.get(LINK_KEY) as SmsLink | undefined;
    if (old && old.network !== this) old.network.detach(modem);
    for (const [n, m] of this.members) if (m === modem) this.members.delete(n);
    this.members.set(digitsOf(number), modem);
    modem.attachments.set(LINK_KEY, { network: this, number } satisfies SmsLink);
    return this;
  }

  detach(modem: Modem): void {
    for (const [n, m] of this.members) if (m === modem) this.members.delete(n);
  }

  /** The modem owning a number, if any. */
  modemFor(number: string): Modem | undefined {
    return this.members.get(digitsOf(number));
  }

  /** The next `count` SUBMITs fail with `+CMS ERROR: <cms>` (330, 331, 332, 500...). */
  failNextSends(cms: number, count = 1): void {
    for (let i = 0; i < count; i++) this.failures.push(cms);
  }

  now(): SmsTimestamp {
    return timestampFromEpoch(this.clock.now(), this.timeZoneQuarters);
  }

  /**
   * A SUBMIT from `from` through the SMSC `sca`. Resolves after the network's answer time with
   * the time stamp, or the +CMS ERROR code the send fails with.
   */
  async submit(from: Modem, sca: Address, submit: SubmitTpdu, baseDelayMs: number): Promise<{ ok: true; scts: SmsTimestamp } | { ok: false; cms: number }> {
    const failure = this.failures.shift();
    await from.clock.sleep(baseDelayMs + this.extraDelayMs);
    if (failure !== undefined) {
      from.log(`sms network: SUBMIT mr=${submit.mr} fails with +CMS ERROR: ${failure} (injected)`);
      return { ok: false, cms: failure };
    }
    const scts = this.now();
    const link = from.attachments.get(LINK_KEY) as SmsLink | undefined;
    const fromNumber = link?.number ?? smsProfile(from.profile).ownNumber;
    const dcs = parseDcs(submit.dcs);
    const concat = findConcatenation(submit.ud.header);
    const ports = findPorts(submit.ud.header);
    const text = userDataText(dcs.alphabet, submit.ud);
    const entry: OutboxEntry = {
      from: fromNumber,
      to: addressText(submit.da),
      toa: submit.da.toa,
      text,
      ...(text === undefined ? { dataHex: toHex(submit.ud.body) } : {}),
      alphabet: dcs.alphabet,
      ...(dcs.messageClass !== undefined ? { messageClass: dcs.messageClass } : {}),
      dcs: submit.dcs,
      pid: submit.pid,
      mr: submit.mr,
      smsc: addressText(sca),
      statusReportRequested: (submit.fo & FO.SRR) !== 0,
      ...(concat ? { concatenation: { reference: concat.reference, total: concat.total, sequence: concat.sequence } } : {}),
      ...(ports ? { ports: { destination: ports.destination, source: ports.source } } : {}),
      scts: timestampText(scts),
      at: this.clock.now(),
      tpdu: toHex(encodeTpdu(submit)),
      delivery: 'pending',
    };
    this.outbox.push(entry);
    from.log(`sms network: accepted SUBMIT mr=${submit.mr} to ${entry.to}`);
    const deliver: DeliverTpdu = {
      type: 'deliver',
      fo: FO.MMS | (submit.fo & FO.SRR ? FO.SRI : 0) | (submit.fo & FO.RP),
      oa: parseAddressText(fromNumber) ?? { digits: digitsOf(fromNumber), toa: 129 },
      pid: submit.pid,
      dcs: submit.dcs,
      scts,
      ud: submit.ud,
    };
    const pending: PendingDelivery = { to: addressText(submit.da), pdu: { sca, tpdu: deliver }, entry };
    if (entry.statusReportRequested) pending.report = { modem: from, submit, scts, sca };
    this.clock.setTimer(this.deliveryDelayMs, () => this.attempt(pending));
    return { ok: true, scts };
  }

  /** Delivers an SMS-DELIVER to the modem owning `to` now (control: "inject sms"). */
  deliver(to: string, pdu: SmsPdu): ReceiveOutcome | 'outside-network' {
    const p: PendingDelivery = { to, pdu };
    return this.attempt(p);
  }

  /** The recipient refused a message (RP-ERROR after +CNMA=2): keep it and try again later. */
  redeliverLater(to: string, pdu: SmsPdu): void {
    this.pending.push({ to, pdu });
    this.scheduleRetry();
  }

  /** The modem reports memory available again (24.011 SMMA): retry what waits for it. */
  memoryAvailable(modem: Modem): void {
    const waiting = this.pending.filter((p) => this.modemFor(p.to) === modem);
    this.pending = this.pending.filter((p) => !waiting.includes(p));
    for (const p of waiting) this.attempt(p);
  }

  /** Deliveries waiting for their recipient. */
  get pendingCount(): number {
    return this.pending.length;
  }

  private attempt(p: PendingDelivery): ReceiveOutcome | 'outside-network' {
    const modem = this.modemFor(p.to);
    if (!modem) {
      if (p.entry) p.entry.delivery = 'outside-network';
      this.report(p);
      return 'outside-network';
    }
    const outcome = receiveDeliver(modem, p.pdu);
    if (outcome === 'accepted') {
      if (p.entry) p.entry.delivery = 'delivered';
      this.report(p);
    } else {
      modem.log(`sms network: delivery to ${p.to} deferred (${outcome})`);
      this.pending.push(p);
      this.scheduleRetry();
    }
    return outcome;
  }

  private report(p: PendingDelivery): void {
    const r = p.report;
    if (!r) return;
    const sr: StatusReportTpdu = { type: 'status-report', fo: 0x06, mr: r.submit.mr, ra: r.submit.da, scts: r.scts, dt: this.now(), st: 0 };
    receiveStatusReport(r.modem, { sca: r.sca, tpdu: sr });
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = this.clock.setTimer(this.retryMs, () => {
      this.retryTimer = undefined;
      const due = this.pending;
      this.pending = [];
      for (const p of due) this.attempt(p);
    });
  }
}
