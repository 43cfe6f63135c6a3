// The module's end of a PPP dial-up link (ATD*99#, manual §2.2.1): what a host's pppd talks to
// after CONNECT.
//
//   RFC 1662  HDLC-like framing with FCS-16 (hdlc.ts)
//   RFC 1661  LCP: the module opens at once, asking for ACCM 0, PAP and a magic number; it
//             accepts MRU, ACCM, magic number, protocol and address/control field compression
//             from the host and rejects the rest (authenticating itself to the host included);
//             answers Echo-Request, Terminate-Request, Protocol-Rejects unknown protocols
//             (IPv6CP, CCP...)
//   RFC 1334  PAP: accepts the host's Authenticate-Request ("Login ok") unless the network wants
//             particular credentials (world.packet.credentials) and they differ — then
//             Authenticate-Nak and the link ends. A host refusing to authenticate is let through
//             when the network wants none.
//   RFC 1332  IPCP (+ RFC 1877 DNS): offers the gateway as its own address and Naks the host's
//             requests with the PDP context's address and the network's DNS servers
//   IPv4      answers ICMP echo requests to the gateway; drops other traffic with a log line
//             (there is no simulated internet behind the link)
//
// The link ends when the host terminates LCP (Terminate-Ack, then NO CARRIER from the channel),
// when the module does (`terminate`: network detach, context deactivated — Terminate-Request,
// then NO CARRIER), or when the channel hangs up (ATH, DTR per AT&D2, power-off: `hangup`).

import type { DataSession, DataSink, ModemServices } from '../../core/handler.js';
import { encodeFrame, FrameDecoder, type PppFrame } from './hdlc.js';
import { buildIpv4, echoReply, ICMP, parseIpv4 } from './ip.js';
import { Negotiation, type OptionRules, type Verdict } from './negotiation.js';
import { CODE, decodePacket, encodePacket, ipv4Bytes, ipv4Text, PROTOCOL, type ControlPacket, type PppOption } from './packets.js';

const LCP_OPT = { MRU: 1, ACCM: 2, AUTH: 3, QUALITY: 4, MAGIC: 5, PFC: 7, ACFC: 8 } as const;
const IPCP_OPT = { ADDRESSES: 1, COMPRESSION: 2, ADDRESS: 3, DNS1: 129, NBNS1: 130, DNS2: 131, NBNS2: 132 } as const;

export interface PppEndpointOptions {
  services: ModemServices;
  sink: DataSink;
  /** The module's address on the link: the gateway the host sees. */
  localAddress: string;
  /** The address handed to the host: the PDP context's. */
  peerAddress: string;
  dns: readonly [string, string];
  /** Credentials the network checks; undefined: any PAP credentials are accepted. */
  credentials?: { user: string; password: string };
  /** The link is over (any reason): release what it used. Called once. */
  onEnd(reason: string): void;
}

type Phase = 'establish' | 'authenticate' | 'network' | 'terminate' | 'dead';

const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

export class PppEndpoint implements DataSession {
  phase: Phase = 'establish';
  /** Counters for tests and the log. */
  readonly stats = { framesIn: 0, framesOut: 0, badFrames: 0, droppedIp: 0, echoReplies: 0 };
  private readonly decoder = new FrameDecoder();
  private readonly lcp: Negotiation;
  private readonly ipcp: Negotiation;
  private magic: number;
  private askPap = true;
  private peerAccm = 0xffffffff;
  private pendingPeerAccm = 0xffffffff;
  private ended = false;
  private ipId = 1;
  /** PAP user the host gave, for the log. */
  user: string | undefined;

  constructor(private readonly o: PppEndpointOptions) {
    this.magic = this.newMagic();
    this.lcp = new Negotiation('LCP', this.lcpRules(), o.services, {
      send: (p) => this.sendControl(PROTOCOL.LCP, p),
      up: () => this.lcpUp(),
      down: () => this.ipcp.stop(),
      finished: (reason) => this.end(`LCP: ${reason}`),
    });
    this.ipcp = new Negotiation('IPCP', this.ipcpRules(), o.services, {
      send: (p) => this.sendControl(PROTOCOL.IPCP, p),
      up: () => {
        this.phase = 'network';
        o.services.log(`ppp: IPCP up, host ${o.peerAddress}, gateway ${o.localAddress}`);
      },
      down: () => undefined,
      finished: (reason) => this.lcp.close(`IPCP: ${reason}`),
    });
    // The module starts LCP right after CONNECT (once the channel is in data mode).
    queueMicrotask(() => {
      if (!this.ended) this.lcp.open();
    });
  }

  get lcpState(): string {
    return this.lcp.state;
  }

  get ipcpState(): string {
    return this.ipcp.state;
  }

  // ---- DataSession ---------------------------------------------------------------------------

  write(bytes: Buffer): void {
    if (this.ended) return;
    const before = this.decoder.dropped;
    for (const frame of this.decoder.feed(bytes)) {
      this.stats.framesIn++;
      this.onFrame(frame);
      if (this.ended) return;
    }
    this.stats.badFrames += this.decoder.dropped - before;
  }

  hangup(): void {
    if (this.ended) return;
    this.lcp.stop();
    this.ipcp.stop();
    this.finish('hung up');
  }

  /** The module ends the link (network loss, context deactivated): LCP Terminate-Request. */
  terminate(reason: string): void {
    if (this.ended) return;
    this.phase = 'terminate';
    this.ipcp.stop();
    if (this.lcp.state === 'initial' || this.lcp.state === 'closed') this.end(reason);
    else this.lcp.close(reason);
  }

  // ---- frames ----------------------------------------------------------------------------------

  private onFrame(frame: PppFrame): void {
    switch (frame.protocol) {
      case PROTOCOL.LCP:
        return this.onLcp(frame.payload);
      case PROTOCOL.PAP:
        if (this.phase === 'authenticate') this.onPap(frame.payload);
        return;
      case PROTOCOL.IPCP: {
        if (this.phase !== 'network' && !(this.phase === 'establish' && this.lcp.state === 'opened' && !this.askPap)) return;
        const p = decodePacket(frame.payload);
        if (p) this.ipcp.receive(p);
        return;
      }
      case PROTOCOL.IPV4:
        if (this.ipcp.state === 'opened') this.onIp(frame.payload);
        else this.stats.droppedIp++;
        return;
      default:
        if (this.lcp.state !== 'opened') return;
        this.o.services.log(`ppp: protocol 0x${frame.protocol.toString(16).padStart(4, '0')} rejected`);
        this.sendControl(PROTOCOL.LCP, {
          code: CODE.PROTOCOL_REJECT,
          id: this.ipId++ & 0xff,
          data: Buffer.concat([Buffer.from([frame.protocol >> 8, frame.protocol & 0xff]), frame.payload]),
        });
    }
  }

  private onLcp(payload: Buffer): void {
    const p = decodePacket(payload);
    if (!p) return;
    if (p.code === CODE.ECHO_REQUEST) {
      if (this.lcp.state === 'opened') this.sendControl(PROTOCOL.LCP, { code: CODE.ECHO_REPLY, id: p.id, data: Buffer.concat([u32(this.magic), p.data.subarray(4)]) });
      return;
    }
    if (p.code === CODE.ECHO_REPLY || p.code === CODE.DISCARD_REQUEST || p.code === CODE.PROTOCOL_REJECT) return;
    this.lcp.receive(p);
  }

  private lcpUp(): void {
    this.peerAccm = this.pendingPeerAccm;
    if (this.askPap) {
      this.phase = 'authenticate';
      return;
    }
    this.startNetwork();
  }

  private startNetwork(): void {
    this.phase = 'network';
    this.ipcp.open();
  }

  // ---- PAP (RFC 1334 §2) -----------------------------------------------------------------------

  private onPap(payload: Buffer): void {
    const p = decodePacket(payload);
    if (!p || p.code !== 1) return;
    const idLen = p.data[0] ?? 0;
    const user = p.data.subarray(1, 1 + idLen).toString('latin1');
    const pwLen = p.data[1 + idLen] ?? 0;
    const password = p.data.subarray(2 + idLen, 2 + idLen + pwLen).toString('latin1');
    const want = this.o.credentials;
    const ok = !want || (want.user === user && want.password === password);
    const message = Buffer.from(ok ? 'Login ok' : 'Authentication failure', 'latin1');
    this.sendControl(PROTOCOL.PAP, { code: ok ? 2 : 3, id: p.id, data: Buffer.concat([Buffer.from([message.length]), message]) });
    this.user = user;
    this.o.services.log(`ppp: PAP ${ok ? 'accepted' : 'refused'} for user ${JSON.stringify(user)}`);
    if (ok) this.startNetwork();
    else this.lcp.close('Authentication failed');
  }

  // ---- IPv4 ------------------------------------------------------------------------------------

  private onIp(payload: Buffer): void {
    const packet = parseIpv4(payload);
    if (packet && packet.protocol === ICMP && packet.destination === this.o.localAddress) {
      const reply = echoReply(packet.payload);
      if (reply) {
        this.stats.echoReplies++;
        const ip = buildIpv4({ source: this.o.localAddress, destination: packet.source, protocol: ICMP, ttl: 64, identification: this.ipId++, payload: reply });
        this.sendFrame(PROTOCOL.IPV4, ip);
        return;
      }
    }
    this.stats.droppedIp++;
    this.o.services.log(
      packet
        ? `ppp: dropped IPv4 packet ${packet.source} → ${packet.destination} (protocol ${packet.protocol}): no route beyond the simulated gateway`
        : `ppp: dropped a malformed IPv4 packet (${payload.length} bytes)`,
    );
  }

  // ---- option rules ------------------------------------------------------------------------------

  private lcpRules(): OptionRules {
    return {
      ours: () => [
        { type: LCP_OPT.ACCM, data: u32(0) },
        ...(this.askPap ? [{ type: LCP_OPT.AUTH, data: Buffer.from([0xc0, 0x23]) }] : []),
        { type: LCP_OPT.MAGIC, data: u32(this.magic) },
      ],
      onNak: (options) => {
        for (const o of options) {
          if (o.type === LCP_OPT.MAGIC) this.magic = this.newMagic();
          if (o.type === LCP_OPT.AUTH && !this.dropPap()) return false;
        }
        return true;
      },
      onReject: (options) => {
        for (const o of options) {
          if (o.type === LCP_OPT.AUTH && !this.dropPap()) return false;
        }
        return true;
      },
      judge: (options) => {
        const reject = options.filter((o) => {
          switch (o.type) {
            case LCP_OPT.MRU:
              return o.data.length !== 2;
            case LCP_OPT.ACCM:
            case LCP_OPT.MAGIC:
              return o.data.length !== 4;
            case LCP_OPT.PFC:
            case LCP_OPT.ACFC:
              return o.data.length !== 0;
            default:
              return true; // authentication of the module, quality protocol, unknown options
          }
        });
        if (reject.length > 0) return { kind: 'reject', options: reject };
        const nak: PppOption[] = [];
        for (const o of options) {
          if (o.type === LCP_OPT.MRU && o.data.readUInt16BE(0) < 128) nak.push({ type: LCP_OPT.MRU, data: Buffer.from([0x05, 0xdc]) });
          if (o.type === LCP_OPT.MAGIC && (o.data.readUInt32BE(0) === this.magic || o.data.readUInt32BE(0) === 0)) nak.push({ type: LCP_OPT.MAGIC, data: u32(this.newMagic()) });
        }
        if (nak.length > 0) return { kind: 'nak', options: nak };
        const accm = options.find((o) => o.type === LCP_OPT.ACCM);
        this.pendingPeerAccm = accm ? accm.data.readUInt32BE(0) : 0xffffffff;
        return { kind: 'ack' };
      },
    };
  }

  private ipcpRules(): OptionRules {
    let local = this.o.localAddress;
    return {
      ours: () => [{ type: IPCP_OPT.ADDRESS, data: ipv4Bytes(local) }],
      onNak: (options) => {
        const a = options.find((o) => o.type === IPCP_OPT.ADDRESS && o.data.length === 4);
        if (a) local = ipv4Text(a.data);
        return true;
      },
      onReject: () => true,
      judge: (options): Verdict => {
        const wanted: Record<number, string> = { [IPCP_OPT.ADDRESS]: this.o.peerAddress, [IPCP_OPT.DNS1]: this.o.dns[0], [IPCP_OPT.DNS2]: this.o.dns[1] };
        const reject = options.filter((o) => wanted[o.type] === undefined || o.data.length !== 4);
        if (reject.length > 0) return { kind: 'reject', options: reject };
        const nak = options.filter((o) => ipv4Text(o.data) !== wanted[o.type]).map((o) => ({ type: o.type, data: ipv4Bytes(wanted[o.type]!) }));
        return nak.length > 0 ? { kind: 'nak', options: nak } : { kind: 'ack' };
      },
    };
  }

  /** The host will not do PAP: fine unless the network insists on credentials. */
  private dropPap(): boolean {
    if (this.o.credentials) return false;
    this.askPap = false;
    return true;
  }

  private newMagic(): number {
    const seed = (this.o.services.clock.now() + (this.magic ?? 0) * 31 + 0x5bd1e995) >>> 0;
    return ((Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) >>> 0) | 1) >>> 0;
  }

  // ---- output ----------------------------------------------------------------------------------

  private sendControl(protocol: number, packet: ControlPacket): void {
    this.sendFrame(protocol, encodePacket(packet));
  }

  private sendFrame(protocol: number, payload: Buffer): void {
    if (this.ended) return;
    // RFC 1662 §7.1: LCP packets always go with every control character escaped.
    const accm = protocol === PROTOCOL.LCP ? 0xffffffff : this.peerAccm;
    this.stats.framesOut++;
    this.o.sink.deliver(encodeFrame(protocol, payload, accm));
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.lcp.stop();
    this.ipcp.stop();
    this.finish(reason);
    this.o.sink.closed();
  }

  private finish(reason: string): void {
    this.ended = true;
    this.phase = 'dead';
    this.o.services.log(`ppp: link down (${reason})`);
    this.o.onEnd(reason);
  }
}
