// The module's UART at run time (manual chapter 8): where the DTE's bytes go (the AT
// interface, or the +CMUX multiplexer that replaced it), what may go out (RTS flow control),
// when the UART sleeps (+CSCLK), where and when URCs are printed (+CATR, +CURCD) and the RI
// pulses that announce them (+CFGRI). The settings live in the `serial` state slice; this
// object is the hardware that applies them. One per Modem.
//
// Line settings (+IPR, +ICF, +IFC) take effect after the final result code of the command
// that changed them — the OK of AT+IPR=9600 still goes out at the old rate, as on the module.
// Transports that model the wire (the in-process binding, output pacing) read `framing`.
//
// Sleep (+CSCLK, §8.2.7), as modelled — the manual gives no timings, so these follow SIMCom's
// hardware notes for its modules (SIM802 HD §3.6.4: the serial port is usable about 40 ms after
// DTR goes low; SIM800 CSCLK=2: sleep after 5 s without UART activity):
//   1 DTR sleep: while DTR is off (the pin pulled high) and no AT interface is busy, the UART
//     is asleep and what the DTE sends is lost; it wakes DTR_WAKE_MS after DTR comes on.
//   2 RX sleep: after RX_IDLE_MS without traffic the UART sleeps; the bytes that wake it are
//     lost ("RX wakeup directly sends data through the serial port (for example: AT)").
//   A connected USB cable keeps the module awake (+LPSTATUS USB_PHY, §8.2.8).
//   URCs still go out while asleep: the module wakes to print them (and pulls RI if +CFGRI
//   says so), as SIMCom's hardware notes describe.
//
// URCs (raised through Modem.urc): after +CURCD's delay, to the AT interfaces +CATR selects —
// 0 (all ports) and 3 (UART) mean the UART, i.e. every open DLC while +CMUX runs; 1, 2 and 4
// name USB/RIL ports this simulator does not have, so the UART prints nothing (logged). With
// +CFGRI=1 each URC pulls RI for <URC_time>, SMS indications (+CMTI, +CMT, +CDS, +CDSI, +CBM,
// +CBMI: 27.005 §3.4.1) for <SMS_time>; under +CMUX the DLCs that print it also get MSC IC.

import type { AtChannel } from '../core/at-channel.js';
import type { TimerHandle } from '../core/clock.js';
import type { Modem } from '../core/modem.js';
import { icfFraming, type SerialSettings } from '../state/serial.js';
import { Multiplexer } from './multiplexer.js';
import type { Framing } from './uart-line.js';
import type { UartAction } from '../core/handler.js';

export const DTR_WAKE_MS = 40;
export const RX_IDLE_MS = 5000;

const SMS_URCS = /^\+(CMTI|CMT|CDS|CDSI|CBM|CBMI):/;

/** The line settings in force on the wire. */
export interface LiveLine extends Framing {
  /** +IFC <DCE>: the module stops sending while RTS is off. */
  rtsFlow: boolean;
  /** +IFC <DTE>: the module drives CTS for the DTE's output. */
  ctsFlow: boolean;
}

function liveFrom(s: SerialSettings): LiveLine {
  const f = icfFraming(s.format, s.parity);
  return { baudRate: s.baud, dataBits: f.dataBits, parity: f.parity, stopBits: 1, rtsFlow: s.dceFlow === 2, ctsFlow: s.dteFlow === 2 };
}

export class SerialInterface {
  private mux: Multiplexer | undefined;
  private live: LiveLine | undefined;
  /** The settings `live` was taken from: a new power cycle brings new settings. */
  private liveOf: SerialSettings | undefined;
  private heldTx: Buffer[] = [];
  private dtrOnSince = 0;
  private lastActivityAt: number;
  private wasAsleep = false;
  private epoch = 0;
  private readonly urcTimers = new Set<TimerHandle>();
  /** A USB cable to a host (USB_PHY of +LPSTATUS): keeps the module from sleeping. */
  usbConnected = false;

  constructor(private readonly modem: Modem) {
    this.lastActivityAt = modem.clock.now();
  }

  private get settings(): SerialSettings {
    return this.modem.state.serial;
  }

  /**
   * The framing and flow control on the wire now: the settings at power-on, then as commands
   * apply them (after their final result code).
   */
  get line(): LiveLine {
    const s = this.settings;
    if (!this.live || this.liveOf !== s) {
      this.live = liveFrom(s);
      this.liveOf = s;
    }
    return this.live;
  }

  /** The running multiplexer, if +CMUX is on. */
  get multiplexer(): Multiplexer | undefined {
    return this.mux;
  }

  /** Whether the UART sleeps now (what the DTE sends is lost). */
  get asleep(): boolean {
    const mode = this.settings.sleep;
    if (mode === 0 || this.usbConnected || !this.modem.ready || this.busy()) return false;
    const now = this.modem.clock.now();
    if (mode === 1) return !this.modem.signals.dtr || now - this.dtrOnSince < DTR_WAKE_MS;
    return now - this.lastActivityAt >= RX_IDLE_MS;
  }

  private busy(): boolean {
    return this.modem.atChannels.some((c) => c.mode !== 'command');
  }

  // ---- bytes ----------------------------------------------------------------------------------

  /** Bytes from the DTE. */
  receive(bytes: Buffer): void {
    if (this.asleep) {
      if (!this.wasAsleep) this.modem.log(`uart asleep (+CSCLK=${this.settings.sleep}): ${bytes.length} bytes lost`);
      this.wasAsleep = true;
      // RX sleep: these bytes wake the UART; the next ones are heard.
      if (this.settings.sleep === 2) this.lastActivityAt = this.modem.clock.now();
      return;
    }
    this.wasAsleep = false;
    this.lastActivityAt = this.modem.clock.now();
    if (this.mux) this.mux.receive(bytes);
    else this.modem.port.receive(bytes);
  }

  /** Bytes to the DTE (AT text or frames): held while RTS flow control says stop. */
  transmit(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.lastActivityAt = this.modem.clock.now();
    if (this.line.rtsFlow && !this.modem.signals.rts) {
      this.heldTx.push(Buffer.from(bytes));
      return;
    }
    this.modem.events.emit('tx', bytes);
  }

  /** DTR/RTS changed: DTR on starts the wake-up time; RTS on releases held output. */
  dteSignalsChanged(before: { dtr: boolean; rts: boolean }): void {
    const now = this.modem.signals;
    if (!before.dtr && now.dtr) this.dtrOnSince = this.modem.clock.now();
    if (now.rts && this.heldTx.length > 0) {
      const held = this.heldTx;
      this.heldTx = [];
      for (const b of held) this.transmit(b);
    }
  }

  // ---- URCs -----------------------------------------------------------------------------------

  /** Where URCs go now (+CATR), among the AT interfaces on the UART. */
  urcTargets(): AtChannel[] {
    const port = this.settings.urcPort;
    if (port !== 0 && port !== 3) return [];
    return this.mux ? this.mux.channels() : [this.modem.port];
  }

  deliverUrc(lines: string[]): void {
    const delay = this.settings.urcDelayMs;
    if (delay <= 0) {
      this.printUrc(lines);
      return;
    }
    const epoch = this.epoch;
    const t = this.modem.clock.setTimer(delay, () => {
      this.urcTimers.delete(t);
      if (epoch === this.epoch) this.printUrc(lines);
    });
    this.urcTimers.add(t);
  }

  private printUrc(lines: string[]): void {
    const targets = this.urcTargets();
    if (targets.length === 0) {
      const where = this.mux && (this.settings.urcPort === 0 || this.settings.urcPort === 3) ? 'no +CMUX DLC is open' : `+CATR=${this.settings.urcPort} routes URCs to a port the UART does not carry`;
      this.modem.log(`URC not printed (${where}): ${lines.join(' | ')}`);
    }
    for (const ch of targets) ch.queueUrc(lines);
    const ri = this.settings.ri;
    if (!ri.enabled || !this.modem.ready) return;
    const ms = lines.some((l) => SMS_URCS.test(l)) ? ri.smsMs : ri.urcMs;
    this.modem.pulseRi(ms);
    this.mux?.indicateRing(targets, ms);
  }

  // ---- changes from commands ------------------------------------------------------------------

  /** A handler's UART action, run after its final result code went out on `channel`. */
  apply(action: UartAction, channel: AtChannel): void {
    switch (action) {
      case 'apply-line':
        this.live = liveFrom(this.settings);
        this.liveOf = this.settings;
        this.modem.log(`uart ${this.live.baudRate} bit/s, ${this.live.dataBits}${this.live.parity[0]!.toUpperCase()}1, flow ${this.live.rtsFlow ? 'RTS' : 'none'}/${this.live.ctsFlow ? 'CTS' : 'none'}`);
        return;
      case 'start-mux':
        this.startMux(channel);
        return;
    }
  }

  private startMux(channel: AtChannel): void {
    if (this.mux || channel !== this.modem.port) return;
    const template = channel.settings;
    const modem = this.modem;
    const mux = new Multiplexer(
      {
        clock: modem.clock,
        log: (m) => modem.log(m),
        send: (bytes) => this.transmit(bytes),
        openChannel: (name, output) => modem.openChannel(name, structuredClone(template), output),
        closeChannel: (ch) => modem.closeChannel(ch),
        closed: (rest) => {
          if (this.mux !== mux) return;
          this.mux = undefined;
          modem.log('cmux off: the UART is an AT interface again');
          if (rest.length > 0) this.receive(rest);
        },
        lineRate: () => this.line.baudRate,
      },
      { n1: this.settings.mux.n1 },
    );
    this.mux = mux;
    modem.log(`cmux on (basic option, N1=${this.settings.mux.n1}): waiting for SABM on DLC0`);
  }

  /** Power off or reset: the multiplexer and everything queued are gone; line settings return to the state's. */
  powerOff(): void {
    this.epoch++;
    for (const t of this.urcTimers) this.modem.clock.clearTimer(t);
    this.urcTimers.clear();
    this.mux?.close();
    this.mux = undefined;
    this.live = undefined;
    this.liveOf = undefined;
    this.heldTx = [];
    this.wasAsleep = false;
  }

  /** For the control API: the UART as it is now. */
  status(): Record<string, unknown> {
    const l = this.line;
    return {
      baudRate: l.baudRate,
      framing: `${l.dataBits}${l.parity[0]!.toUpperCase()}${l.stopBits}`,
      flowControl: { rts: l.rtsFlow, cts: l.ctsFlow },
      sleepMode: this.settings.sleep,
      asleep: this.asleep,
      usbConnected: this.usbConnected,
      heldBytes: this.heldTx.reduce((n, b) => n + b.length, 0),
      cmux: this.mux ? { dlcs: this.mux.openDlcis() } : null,
      channels: this.modem.atChannels.map((c) => ({ name: c.name, mode: c.mode })),
    };
  }
}
