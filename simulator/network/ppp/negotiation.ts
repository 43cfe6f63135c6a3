// The option negotiation automaton of RFC 1661 §4, shared by LCP and IPCP, for the side that
// opens at once (the module starts negotiating as soon as the link is up). States and the
// transitions used here:
//
//   Req-Sent  --RCA-->  Ack-Rcvd  --RCR+ (send Ack)-->  Opened
//   Req-Sent  --RCR+ (send Ack)-->  Ack-Sent  --RCA-->  Opened
//   any negotiating state --RCN (Nak/Reject of ours)--> adjust our options, send a new Request
//   Opened --RCR--> renegotiation (this layer down, new Request)
//   Req-Sent/Ack-Rcvd/Ack-Sent --timeout--> resend the Request, `maxConfigure` times, then give up
//   any --RTR--> send Terminate-Ack, layer finished
//
// Option rules are the protocol's (`OptionRules`): what we ask for, how a Nak or Reject of it
// changes that, and how to judge the peer's Request (Reject takes precedence over Nak, §5.2-5.4).

import type { ModemServices } from '../../core/handler.js';
import type { TimerHandle } from '../../core/clock.js';
import { CODE, decodeOptions, encodeOptions, type ControlPacket, type PppOption } from './packets.js';

export type Verdict = { kind: 'ack' } | { kind: 'nak'; options: PppOption[] } | { kind: 'reject'; options: PppOption[] };

export interface OptionRules {
  /** The options of our next Configure-Request. */
  ours(): PppOption[];
  /** The peer Nak'ed some of ours (with the values it wants) or Rejected them. False: give up. */
  onNak(options: PppOption[]): boolean;
  onReject(options: PppOption[]): boolean;
  /** Judges the peer's Configure-Request; on Ack the options are in force. */
  judge(options: PppOption[]): Verdict;
}

export type NegotiationState = 'initial' | 'req-sent' | 'ack-rcvd' | 'ack-sent' | 'opened' | 'closing' | 'closed';

export interface NegotiationEvents {
  send(packet: ControlPacket): void;
  /** This layer up (Opened) / down (left Opened). */
  up(): void;
  down(): void;
  /** Negotiation failed (retries exhausted, rules gave up) or the layer closed. */
  finished(reason: string): void;
}

const RESTART_MS = 3000;
const MAX_CONFIGURE = 10;
const MAX_TERMINATE = 2;

export class Negotiation {
  state: NegotiationState = 'initial';
  private nextId = 1;
  private requestId = -1;
  private retries = 0;
  private timer: TimerHandle | undefined;

  constructor(
    private readonly name: string,
    private readonly rules: OptionRules,
    private readonly services: ModemServices,
    private readonly events: NegotiationEvents,
  ) {}

  /** Starts negotiating: our Configure-Request goes out. */
  open(): void {
    this.retries = MAX_CONFIGURE;
    this.sendRequest();
    this.state = 'req-sent';
  }

  /** Closes the layer from our side: Terminate-Request, then finished on Ack or timeout. */
  close(reason: string): void {
    if (this.state === 'closed' || this.state === 'closing') return;
    const wasOpened = this.state === 'opened';
    this.state = 'closing';
    if (wasOpened) this.events.down();
    this.retries = MAX_TERMINATE;
    this.sendTerminate(reason);
  }

  /** Stops timers without a word to the peer (the link is gone). */
  stop(): void {
    this.services.clearTimer(this.timer);
    this.timer = undefined;
    this.state = 'closed';
  }

  receive(packet: ControlPacket): void {
    if (this.state === 'closed' || this.state === 'initial') return;
    switch (packet.code) {
      case CODE.CONFIGURE_REQUEST:
        return this.onRequest(packet);
      case CODE.CONFIGURE_ACK:
        return this.onAck(packet);
      case CODE.CONFIGURE_NAK:
      case CODE.CONFIGURE_REJECT:
        return this.onNakOrReject(packet);
      case CODE.TERMINATE_REQUEST:
        this.events.send({ code: CODE.TERMINATE_ACK, id: packet.id, data: Buffer.alloc(0) });
        this.finish('peer terminated');
        return;
      case CODE.TERMINATE_ACK:
        if (this.state === 'closing') this.finish('terminated');
        else if (this.state === 'ack-rcvd') this.state = 'req-sent';
        return;
      case CODE.CODE_REJECT:
        return;
      default:
        this.events.send({ code: CODE.CODE_REJECT, id: this.nextId++ & 0xff, data: Buffer.from(packetBytes(packet)) });
    }
  }

  private onRequest(packet: ControlPacket): void {
    if (this.state === 'closing') return;
    const options = decodeOptions(packet.data);
    if (!options) return;
    if (this.state === 'opened') {
      this.events.down();
      this.retries = MAX_CONFIGURE;
      this.sendRequest();
      this.state = 'req-sent';
    }
    const verdict = this.rules.judge(options);
    if (verdict.kind === 'ack') {
      this.events.send({ code: CODE.CONFIGURE_ACK, id: packet.id, data: packet.data });
      if (this.state === 'ack-rcvd') this.becomeOpened();
      else this.state = 'ack-sent';
    } else {
      const code = verdict.kind === 'nak' ? CODE.CONFIGURE_NAK : CODE.CONFIGURE_REJECT;
      this.events.send({ code, id: packet.id, data: encodeOptions(verdict.options) });
      if (this.state === 'ack-sent') this.state = 'req-sent';
    }
  }

  private onAck(packet: ControlPacket): void {
    if (packet.id !== this.requestId) return;
    switch (this.state) {
      case 'req-sent':
        this.clearRestart();
        this.retries = MAX_CONFIGURE;
        this.state = 'ack-rcvd';
        return;
      case 'ack-sent':
        this.clearRestart();
        this.becomeOpened();
        return;
      case 'ack-rcvd':
      case 'opened':
        if (this.state === 'opened') this.events.down();
        this.sendRequest();
        this.state = 'req-sent';
        return;
      default:
    }
  }

  private onNakOrReject(packet: ControlPacket): void {
    if (packet.id !== this.requestId || this.state === 'closing') return;
    const options = decodeOptions(packet.data);
    if (!options) return;
    const keepGoing = packet.code === CODE.CONFIGURE_NAK ? this.rules.onNak(options) : this.rules.onReject(options);
    if (!keepGoing) {
      this.close(`${this.name}: no acceptable options`);
      return;
    }
    if (this.state === 'opened') this.events.down();
    this.retries = MAX_CONFIGURE;
    this.sendRequest();
    if (this.state !== 'ack-sent') this.state = 'req-sent';
  }

  private becomeOpened(): void {
    this.state = 'opened';
    this.clearRestart();
    this.events.up();
  }

  private sendRequest(): void {
    this.requestId = this.nextId++ & 0xff;
    this.events.send({ code: CODE.CONFIGURE_REQUEST, id: this.requestId, data: encodeOptions(this.rules.ours()) });
    this.armRestart(() => {
      if (this.state !== 'req-sent' && this.state !== 'ack-rcvd' && this.state !== 'ack-sent') return;
      if (--this.retries <= 0) {
        this.finish(`${this.name}: no answer to Configure-Request`);
        return;
      }
      if (this.state === 'ack-rcvd') this.state = 'req-sent';
      this.sendRequest();
    });
  }

  private sendTerminate(reason: string): void {
    this.events.send({ code: CODE.TERMINATE_REQUEST, id: this.nextId++ & 0xff, data: Buffer.from(reason, 'latin1') });
    this.armRestart(() => {
      if (this.state !== 'closing') return;
      if (--this.retries <= 0) this.finish('terminate timed out');
      else this.sendTerminate(reason);
    });
  }

  private armRestart(fn: () => void): void {
    this.clearRestart();
    this.timer = this.services.setTimer(RESTART_MS, () => {
      this.timer = undefined;
      fn();
    });
  }

  private clearRestart(): void {
    this.services.clearTimer(this.timer);
    this.timer = undefined;
  }

  private finish(reason: string): void {
    const wasOpened = this.state === 'opened';
    this.clearRestart();
    this.state = 'closed';
    if (wasOpened) this.events.down();
    this.events.finished(reason);
  }
}

function packetBytes(p: ControlPacket): Buffer {
  const out = Buffer.alloc(4 + p.data.length);
  out[0] = p.code;
  out[1] = p.id;
  out.writeUInt16BE(out.length, 2);
  p.data.copy(out, 4);
  return out;
}
