// The module side of a 3GPP TS 27.010 basic-option multiplexer (manual §8.2.9 AT+CMUX=0):
// after AT+CMUX the UART carries frames (frame.ts) instead of AT text, and each data link
// connection (DLC) 1-4 is an AT interface of its own ("four virtual ports ... by default all
// of the four virtual ports are used as AT command port"), with its own V.250 settings.
//
// The TE is the initiator (27.010 §5.4.1): it opens DLC0 (the control channel) with SABM, then
// the DLCs it wants; the module answers UA, or DM for a DLC it does not offer (0 must be open
// first; only 1-4 exist). DISC closes a DLC (UA; DM if it was not open); DISC on DLC0 and the
// CLD message close the multiplexer down (§5.3.4, §5.8.2) and the UART becomes the AT
// interface again. UIH frames carry the AT bytes; frames for a DLC that is not open are
// answered with DM. On DLC0 the module answers the control messages of §5.4.6 (see
// control-messages.ts): PN (accepting the proposed N1 up to the +CMUX N1), PSC, CLD, Test
// (echoed), FCon/FCoff (all output held while off), MSC (echoed; FC holds that DLC's output,
// RTC is the DLC's DTR and acts per that channel's AT&D), RPN, RLS; anything else gets NSC.
//
// Addressing (§5.2.1.2 table 1): the module is the responder, so its responses (UA, DM) carry
// C/R=1 and its commands — UIH frames with AT output and its own control messages — C/R=0.
// What a DLC's AT interface prints in one turn of the event loop (an echoed byte, a response)
// is collected and sent as UIH frames of at most that DLC's N1 octets.
//
// Contract: never answers inside receive() (input is decoded on a later turn); never throws on
// bad input (a frame in error is dropped and logged); after close() it sends nothing.

import type { AtChannel } from '../core/at-channel.js';
import type { Clock, TimerHandle } from '../core/clock.js';
import { escapeBytes } from '../core/escape.js';
import { dlciOctet, encodeControlMessage, MessageCode, parseControlMessages, V24, type ControlMessage } from './control-messages.js';
import { encodeFrame, FrameDecoder, FrameType, type Frame } from './frame.js';

/** What the multiplexer needs from the module. */
export interface MuxHost {
  readonly clock: Clock;
  log(message: string): void;
  /** Frames to the DTE over the UART. */
  send(bytes: Buffer): void;
  /** A new AT interface for a DLC, printing through `output`. */
  openChannel(name: string, output: (bytes: Buffer) => void): AtChannel;
  /** An AT interface whose DLC closed: drop what is in flight and forget it. */
  closeChannel(channel: AtChannel): void;
  /** The multiplexer closed down; `rest` arrived after the closing frame and is AT text. */
  closed(rest: Buffer): void;
  /** The UART's line rate (bit/s), for RPN. */
  lineRate(): number;
}

export interface MuxOptions {
  /** N1 of the session (+CMUX <N1>): the largest information field unless PN agrees less. */
  n1: number;
  /** The DLCs that carry AT interfaces (the manual: four virtual ports). */
  maxDlci?: number;
}

interface Dlc {
  dlci: number;
  /** Undefined for DLC0. */
  channel?: AtChannel;
  /** Largest information field in either direction. */
  n1: number;
  /** The TE said (MSC FC=1) it cannot take frames on this DLC. */
  remoteFlowOff: boolean;
  /** The TE's last V.24 signals (MSC), RTC and RTR on until told otherwise. */
  remoteSignals: number;
  /** The module's incoming-call indicator (MSC IC) for this DLC. */
  ringing: boolean;
  /** Output waiting for flow control (FCoff, MSC FC) or for the end of this turn. */
  held: Buffer[];
  flushScheduled: boolean;
}

/** RPN baud rate codes (27.010 §5.4.6.3.9). */
const RPN_RATES = [2400, 4800, 7200, 9600, 19200, 38400, 57600, 115200, 230400];

export class Multiplexer {
  private readonly decoder: FrameDecoder;
  private readonly dlcs = new Map<number, Dlc>();
  /** N1 agreed by PN for DLCs not open yet. */
  private readonly negotiatedN1 = new Map<number, number>();
  private readonly input: Buffer[] = [];
  private scheduled = false;
  private aggregateFlowOff = false;
  private isClosed = false;
  private readonly timers = new Set<TimerHandle>();
  private readonly maxDlci: number;

  constructor(
    private readonly host: MuxHost,
    private readonly options: MuxOptions,
  ) {
    this.maxDlci = options.maxDlci ?? 4;
    this.decoder = new FrameDecoder(
      (f) => this.onFrame(f),
      (dlci) => this.n1For(dlci),
      (error, detail) => this.host.log(`cmux: frame dropped (${error}): ${detail}`),
    );
  }

  get closed(): boolean {
    return this.isClosed;
  }

  /** The AT interfaces of the open DLCs, by DLCI. */
  channels(): AtChannel[] {
    return [...this.dlcs.values()].sort((a, b) => a.dlci - b.dlci).flatMap((d) => (d.channel ? [d.channel] : []));
  }

  /** The open DLCIs (0 included once the control channel is up). */
  openDlcis(): number[] {
    return [...this.dlcs.keys()].sort((a, b) => a - b);
  }

  /** Bytes from the DTE; decoded on a later turn of the event loop. */
  receive(bytes: Buffer): void {
    if (this.isClosed || bytes.length === 0) return;
    this.input.push(Buffer.from(bytes));
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain();
    });
  }

  /** Power off or reset: everything stops, no frame goes out. */
  close(): void {
    if (this.isClosed) return;
    this.isClosed = true;
    for (const t of this.timers) this.host.clock.clearTimer(t);
    this.timers.clear();
    for (const d of this.dlcs.values()) if (d.channel) this.host.closeChannel(d.channel);
    this.dlcs.clear();
    this.input.length = 0;
  }

  /**
   * RI for URCs (manual §8.2.11) as the multiplexer carries it: MSC with IC=1 on the DLCs of
   * `channels`, IC=0 again `ms` later (27.010 §5.4.6.3.7, IC is the ring indicator).
   */
  indicateRing(channels: readonly AtChannel[], ms: number): void {
    if (!this.dlcs.has(0)) return;
    for (const d of this.dlcs.values()) {
      if (!d.channel || !channels.includes(d.channel) || d.ringing) continue;
      d.ringing = true;
      this.sendModemStatus(d);
      const t = this.host.clock.setTimer(ms, () => {
        this.timers.delete(t);
        if (this.isClosed || this.dlcs.get(d.dlci) !== d) return;
        d.ringing = false;
        this.sendModemStatus(d);
      });
      this.timers.add(t);
    }
  }

  private n1For(dlci: number): number {
    return this.dlcs.get(dlci)?.n1 ?? this.negotiatedN1.get(dlci) ?? this.options.n1;
  }

  private drain(): void {
    while (this.input.length > 0 && !this.isClosed) {
      const chunk = this.input.shift()!;
      const used = this.decoder.feed(chunk, () => this.isClosed);
      if (this.isClosed) {
        const rest = Buffer.concat([chunk.subarray(used), ...this.input]);
        this.input.length = 0;
        this.host.closed(rest);
        return;
      }
    }
  }

  // ---- frames ---------------------------------------------------------------------------------

  private sendFrame(dlci: number, control: number, pf: boolean, response: boolean, info?: Buffer): void {
    if (this.isClosed) return;
    this.host.send(encodeFrame({ dlci, cr: response, control, pf, info }));
  }

  private onFrame(frame: Frame): void {
    switch (frame.type) {
      case 'SABM':
        this.onSabm(frame);
        return;
      case 'DISC':
        this.onDisc(frame);
        return;
      case 'UIH':
      case 'UI':
        this.onInformation(frame);
        return;
      case 'UA':
      case 'DM':
        // Responses to commands; the module sends none that await them.
        return;
      default:
        this.host.log(`cmux: DLC${frame.dlci}: control field ${frame.control.toString(16)} ignored`);
    }
  }

  private onSabm(frame: Frame): void {
    const { dlci } = frame;
    if (this.dlcs.has(dlci)) {
      this.sendFrame(dlci, FrameType.UA, frame.pf, true);
      return;
    }
    const acceptable = dlci === 0 || (this.dlcs.has(0) && dlci >= 1 && dlci <= this.maxDlci);
    if (!acceptable) {
      this.host.log(dlci === 0 || this.dlcs.has(0) ? `cmux: no DLC${dlci} on this module (1-${this.maxDlci})` : `cmux: SABM on DLC${dlci} before DLC0`);
      this.sendFrame(dlci, FrameType.DM, frame.pf, true);
      return;
    }
    const dlc: Dlc = { dlci, n1: this.n1For(dlci), remoteFlowOff: false, remoteSignals: V24.EA | V24.RTC | V24.RTR, ringing: false, held: [], flushScheduled: false };
    this.dlcs.set(dlci, dlc);
    this.sendFrame(dlci, FrameType.UA, frame.pf, true);
    if (dlci !== 0) {
      dlc.channel = this.host.openChannel(`dlc${dlci}`, (bytes) => this.output(dlc, bytes));
      this.host.log(`cmux: DLC${dlci} open (N1=${dlc.n1})`);
    } else {
      this.host.log(`cmux: control channel open (N1=${dlc.n1})`);
    }
  }

  private onDisc(frame: Frame): void {
    const dlc = this.dlcs.get(frame.dlci);
    if (!dlc) {
      this.sendFrame(frame.dlci, FrameType.DM, frame.pf, true);
      return;
    }
    this.sendFrame(frame.dlci, FrameType.UA, frame.pf, true);
    if (frame.dlci === 0) {
      this.closeDown('DISC on DLC0');
      return;
    }
    this.dlcs.delete(frame.dlci);
    this.negotiatedN1.delete(frame.dlci);
    if (dlc.channel) this.host.closeChannel(dlc.channel);
    this.host.log(`cmux: DLC${frame.dlci} closed`);
  }

  private onInformation(frame: Frame): void {
    const dlc = this.dlcs.get(frame.dlci);
    if (!dlc) {
      this.host.log(`cmux: data on DLC${frame.dlci}, which is not open`);
      this.sendFrame(frame.dlci, FrameType.DM, frame.pf, true);
      return;
    }
    if (frame.dlci === 0) this.onControl(frame.info);
    else dlc.channel?.receive(frame.info);
  }

  /** Multiplexer close down (§5.8.2): every DLC closes, the UART is AT text again. */
  private closeDown(reason: string): void {
    this.host.log(`cmux: close down (${reason})`);
    this.close();
  }

  // ---- output of the AT interfaces -------------------------------------------------------------

  private output(dlc: Dlc, bytes: Buffer): void {
    if (this.isClosed || this.dlcs.get(dlc.dlci) !== dlc || bytes.length === 0) return;
    dlc.held.push(Buffer.from(bytes));
    if (dlc.flushScheduled) return;
    dlc.flushScheduled = true;
    setImmediate(() => {
      dlc.flushScheduled = false;
      this.release(dlc);
    });
  }

  /** Sends what a DLC holds, unless flow control says stop. */
  private release(dlc: Dlc): void {
    if (this.isClosed || this.dlcs.get(dlc.dlci) !== dlc) return;
    if (this.aggregateFlowOff || dlc.remoteFlowOff || dlc.held.length === 0) return;
    const bytes = Buffer.concat(dlc.held);
    dlc.held = [];
    for (let i = 0; i < bytes.length; i += dlc.n1) {
      this.sendFrame(dlc.dlci, FrameType.UIH, false, false, bytes.subarray(i, i + dlc.n1));
    }
  }

  // ---- control channel -------------------------------------------------------------------------

  private sendControl(code: number, command: boolean, value?: Uint8Array): void {
    this.sendFrame(0, FrameType.UIH, false, false, encodeControlMessage(code, command, value));
  }

  private onControl(info: Buffer): void {
    const parsed = parseControlMessages(info);
    if (!parsed.ok) {
      this.host.log(`cmux: control frame dropped: ${parsed.reason} (${escapeBytes(info)})`);
      return;
    }
    for (const m of parsed.messages) {
      if (this.isClosed) return;
      if (m.command) this.onControlCommand(m);
      // Responses: the module's own commands (MSC for RI) need no follow-up.
    }
  }

  private onControlCommand(m: ControlMessage): void {
    switch (m.name) {
      case 'CLD':
        this.sendControl(MessageCode.CLD, false);
        this.closeDown('CLD');
        return;
      case 'TEST':
        this.sendControl(MessageCode.TEST, false, m.value);
        return;
      case 'PSC':
        this.sendControl(MessageCode.PSC, false, m.value);
        return;
      case 'FCON':
      case 'FCOFF':
        this.aggregateFlowOff = m.name === 'FCOFF';
        this.sendControl(m.name === 'FCON' ? MessageCode.FCON : MessageCode.FCOFF, false);
        if (!this.aggregateFlowOff) for (const d of this.dlcs.values()) this.release(d);
        return;
      case 'MSC':
        this.onModemStatus(m);
        return;
      case 'PN':
        this.onParameterNegotiation(m);
        return;
      case 'RPN':
        this.onRemotePortNegotiation(m);
        return;
      case 'RLS':
        this.sendControl(MessageCode.RLS, false, m.value);
        return;
      default:
        this.host.log(`cmux: control message ${m.typeOctet.toString(16)} not supported (NSC)`);
        this.sendControl(MessageCode.NSC, false, Buffer.of(m.typeOctet));
    }
  }

  /** MSC (§5.4.6.3.7): the TE's V.24 signals for one DLC; answered with the same value. */
  private onModemStatus(m: ControlMessage): void {
    this.sendControl(MessageCode.MSC, false, m.value);
    if (m.value.length < 2) return;
    const dlci = m.value[0]! >> 2;
    const dlc = this.dlcs.get(dlci);
    if (!dlc || dlci === 0) return;
    const before = dlc.remoteSignals;
    const signals = m.value[1]!;
    dlc.remoteSignals = signals;
    dlc.remoteFlowOff = (signals & V24.FC) !== 0;
    // RTC is the virtual DTR: ON→OFF acts per this channel's AT&D (manual §8.2.1).
    if (before & V24.RTC && !(signals & V24.RTC) && dlc.channel) {
      const ampD = dlc.channel.settings.ampD;
      if (ampD === 1) dlc.channel.escapeData();
      else if (ampD === 2) dlc.channel.hangupData();
    }
    this.release(dlc);
  }

  /** The module's signals for a DLC: ready, RI per `ringing`, DV per the channel's AT&C. */
  private sendModemStatus(dlc: Dlc): void {
    const ch = dlc.channel;
    const dcd = ch !== undefined && (ch.settings.ampC === 0 || ch.hasCarrier);
    const signals = V24.EA | V24.RTC | V24.RTR | (dlc.ringing ? V24.IC : 0) | (dcd ? V24.DV : 0);
    this.sendControl(MessageCode.MSC, true, Buffer.of(dlciOctet(dlc.dlci), signals));
  }

  /**
   * PN (§5.4.6.3.1): DLCI, I/CL, priority, T1, N1 (2 octets), N2, K. The module accepts UIH
   * frames with convergence layer type 1 only and an N1 up to the session's; it answers with
   * what it accepts.
   */
  private onParameterNegotiation(m: ControlMessage): void {
    if (m.value.length < 8) {
      this.host.log('cmux: PN with a short value ignored');
      return;
    }
    const v = Buffer.from(m.value.subarray(0, 8));
    const dlci = v[0]! & 0x3f;
    const proposed = v.readUInt16LE(4);
    const n1 = Math.max(1, Math.min(proposed, this.options.n1));
    v[1] = 0; // UIH frames, convergence layer type 1
    v.writeUInt16LE(n1, 4);
    if (!this.dlcs.has(dlci)) this.negotiatedN1.set(dlci, n1);
    this.sendControl(MessageCode.PN, false, v);
  }

  /** RPN (§5.4.6.3.9): a one-octet query gets the port settings; a full value is accepted as is. */
  private onRemotePortNegotiation(m: ControlMessage): void {
    if (m.value.length === 1) {
      const rate = RPN_RATES.indexOf(this.host.lineRate());
      // 8 data bits, 1 stop bit, no parity, no flow control, XON 0x11, XOFF 0x13, all valid.
      this.sendControl(MessageCode.RPN, false, Buffer.of(m.value[0]!, rate < 0 ? 0xff : rate, 0x03, 0x00, 0x11, 0x13, 0xff, 0x3f));
      return;
    }
    this.sendControl(MessageCode.RPN, false, m.value);
  }
}
