// The modem core: one simulated module. It owns the state slices, the clock, the command table
// and handlers, the power lifecycle and the AT channels; it does no I/O of its own. Bytes come
// in through `write()` (or a channel's `receive()`) and go out as `tx` events, which transports
// (in-process binding, pty, TCP) carry to the DTE.
//
// Power: a new Modem is off. `powerOn()` runs the boot sequence of the profile: the UART hears
// nothing until `boot.readyAfterMs`, then the boot URCs go out at their times. AT+CRESET and
// AT+CPOF go through `reboot()` / `powerOff()`: state that is not in NVRAM is lost, what the
// manual marks AUTO_SAVE is kept (manual §1.4, §3.2.3-3.2.4).
//
// The UART (manual chapter 8) is the module's SerialInterface: the DTE's bytes go to it, the
// channels' output and URCs go through it, so line settings, flow control, sleep, +CATR/+CURCD
// routing and the +CMUX multiplexer apply. `port` is the UART's own AT interface; while +CMUX
// runs, each open DLC is a further AT channel (openChannel) and `port` hears nothing.

import { SLICES } from '../state/slices.js';
import type { ModemState, ReactEvent, SliceKey } from '../state/modem-state.js';
import { MemoryNvramStore, FileNvramStore, type NvramStore } from '../state/nvram-store.js';
import { getProfile } from '../profiles/index.js';
import type { BootUrc, Identity, Profile } from '../profiles/profile.js';
import { loadCommandTable, type CommandTable } from '../spec/table.js';
import { Attachments } from './attachments.js';
import { matchArguments, slotListsFor, splitArguments, type ArgValue } from '../spec/arguments.js';
import type { FormKind } from '../spec/types.js';
import { ALL_HANDLERS } from '../handlers/index.js';
import { SerialInterface } from '../serial/serial-interface.js';
import type { V250Settings } from '../state/v250.js';
import { AtChannel, type ChannelHost } from './at-channel.js';
import { RealClock, type Clock, type TimerHandle } from './clock.js';
import type { ParsedCommand } from './command-line.js';
import type { CommandContext, CommandHandler, Effect, FormHandler, HandlerResult, ModemServices } from './handler.js';
import { ERROR, CME, cme, OK } from './result.js';
import { TypedEmitter } from './typed-emitter.js';
import { escapeBytes } from './escape.js';

export type PowerState = 'off' | 'booting' | 'on';

/** AT&C2: DCD goes off for this long when a data connection ends (§8.2.2). */
const DCD_WINK_MS = 1000;

export interface ModemOptions {
  /** A profile, or the name of a built-in one. Default: the SIM767XX of the manual. */
  profile?: Profile | string;
  /** Default: real time. Tests pass a ManualClock. */
  clock?: Clock;
  /** Directory for NVRAM and the AT&W profile; default: kept in memory only. */
  stateDir?: string;
  /** A store of your own (overrides stateDir). */
  store?: NvramStore;
  /** Identity fields replacing the profile's (IMEI written by AT+SIMEI still wins). */
  identity?: Partial<Identity>;
  /** Handlers replacing or adding to the built-in ones, by name (tests, profile overrides). */
  handlers?: readonly CommandHandler[];
  table?: CommandTable;
}

export interface CommandEvent {
  channel: string;
  name: string;
  form: FormKind;
  argText: string;
}

/** RS-232 circuits as the DTE sees them (manual §8.2.1-8.2.2, §8.2.11). */
export interface ModemSignals {
  /** From the DTE. */
  dtr: boolean;
  rts: boolean;
  /** To the DTE. */
  dcd: boolean;
  ri: boolean;
  dsr: boolean;
  cts: boolean;
}

export interface ModemEvents {
  /** Bytes to the DTE on the main port. */
  tx: (bytes: Buffer) => void;
  /** Bytes from the DTE on the main port. */
  rx: (bytes: Buffer) => void;
  /** An unsolicited result code was raised (before any queueing). */
  urc: (lines: string[]) => void;
  /** A command is about to run. */
  command: (event: CommandEvent) => void;
  power: (state: PowerState) => void;
  /** Session log lines (control actions, internal errors). */
  log: (message: string) => void;
  /** A circuit changed (DTR/RTS from the DTE, RI pulses from the module). */
  signals: (signals: ModemSignals) => void;
}

export class Modem implements ChannelHost {
  readonly events = new TypedEmitter<ModemEvents>();
  readonly clock: Clock;
  readonly profile: Profile;
  readonly table: CommandTable;
  readonly store: NvramStore;
  /**
   * The state directory given as `stateDir` (undefined: in memory only). Subsystems that keep
   * more than NVRAM documents — the module's file system under `<stateDir>/fs/` — put it here.
   */
  readonly stateDir: string | undefined;
  /** The main UART's AT interface. */
  readonly port: AtChannel;
  /** The UART itself: line settings, sleep, URC routing, the +CMUX multiplexer. */
  readonly serial: SerialInterface;
  state: ModemState;
  /**
   * Per-instance runtime objects of subsystems, by typed key (the SMS network link, the network
   * world): what is neither state nor configuration, and lives as long as this Modem, across
   * power cycles (core/attachments.ts).
   */
  readonly attachments = new Attachments();
  private readonly handlers = new Map<string, CommandHandler>();
  private readonly channels: AtChannel[] = [];
  private powerState: PowerState = 'off';
  private bootTimers: TimerHandle[] = [];
  /** Timers handlers and slices set through ModemServices: cancelled at power-off. */
  private cycleTimers = new Set<TimerHandle>();
  private lastNvram: string | undefined;
  private readyWaiters: Array<() => void> = [];
  private dte = { dtr: true, rts: true };
  private riUntil = 0;
  private reacting = false;

  constructor(options: ModemOptions = {}) {
    const base = typeof options.profile === 'string' ? getProfile(options.profile) : (options.profile ?? getProfile('sim767xx'));
    this.profile = options.identity ? { ...base, identity: { ...base.identity, ...options.identity } } : base;
    this.clock = options.clock ?? new RealClock();
    this.table = options.table ?? loadCommandTable();
    this.store = options.store ?? (options.stateDir ? new FileNvramStore(options.stateDir) : new MemoryNvramStore());
    this.stateDir = options.stateDir;
    for (const h of ALL_HANDLERS) this.handlers.set(h.name, h);
    for (const h of options.handlers ?? []) this.handlers.set(h.name, h);
    this.state = this.freshState();
    this.serial = new SerialInterface(this);
    this.port = new AtChannel(this, this.state.v250, (bytes) => this.serial.transmit(bytes), 'uart');
    this.channels.push(this.port);
  }

  // ---- lifecycle ------------------------------------------------------------------------------

  get power(): PowerState {
    return this.powerState;
  }

  get ready(): boolean {
    return this.powerState === 'on';
  }

  get promptText(): string {
    return this.profile.quirks.promptText;
  }

  /**
   * Start the module. `immediate`: ready at once and the boot URCs printed now (tests that do
   * not care about start-up); otherwise on the clock, per the profile's boot sequence.
   */
  powerOn(options: { immediate?: boolean } = {}): void {
    if (this.powerState !== 'off') return;
    this.state = this.freshState();
    this.port.settings = this.state.v250;
    this.setPower('booting');
    const boot = this.profile.boot;
    if (options.immediate) {
      this.becomeReady();
      for (const u of boot.urcs) this.bootUrc(u);
      // After the boot URCs: what they stand for (a ready SIM) is in place for the subsystems.
      this.react({ cause: 'power-on', immediate: true });
      return;
    }
    this.bootTimers.push(
      this.clock.setTimer(boot.readyAfterMs, () => {
        this.becomeReady();
        this.react({ cause: 'power-on', immediate: false });
      }),
    );
    for (const u of boot.urcs) {
      this.bootTimers.push(
        this.clock.setTimer(Math.max(u.afterMs, boot.readyAfterMs), () => {
          this.bootUrc(u);
          this.react({ cause: 'timer' });
        }),
      );
    }
  }

  /** A boot URC as the slices' state has it when it is due (a locked SIM says `+CPIN: SIM PIN`). */
  private bootUrc(u: BootUrc): void {
    let text: string | undefined = u.text;
    for (const def of SLICES) {
      if (!def.bootUrc) continue;
      const out = def.bootUrc(this.state[def.key as SliceKey] as never, u);
      if (out !== u.text) {
        text = out;
        break;
      }
    }
    if (text !== undefined) this.urc(text);
  }

  /** Resolves when the module answers AT (immediately if it already does). */
  whenReady(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Power off now: channels reset, volatile state gone, NVRAM kept. */
  powerOff(): void {
    for (const t of this.bootTimers) this.clock.clearTimer(t);
    this.bootTimers = [];
    for (const t of this.cycleTimers) this.clock.clearTimer(t);
    this.cycleTimers.clear();
    this.serial.powerOff();
    for (const ch of this.channels) ch.reset();
    this.channels.splice(1);
    this.setPower('off');
  }

  /** AT+CRESET: off, then on again after the profile's reset delay. */
  reboot(delayMs = this.profile.boot.resetDelayMs): void {
    this.powerOff();
    this.bootTimers.push(this.clock.setTimer(delayMs, () => this.powerOn()));
  }

  private becomeReady(): void {
    this.setPower('on');
    this.react({ cause: 'ready' });
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const w of waiters) w();
  }

  private setPower(state: PowerState): void {
    this.powerState = state;
    this.log(`power ${state}`);
    this.events.emit('power', state);
  }

  /**
   * Slices from the profile, then NVRAM, then the AT&W user profile. Each slice sees its
   * predecessor, so it can keep the physical world (SIM card, supply voltage) across the cycle.
   */
  private freshState(): ModemState {
    const previous = this.state as ModemState | undefined;
    const state = {} as Record<string, unknown>;
    const nvram = this.store.read('nvram') ?? {};
    const userProfile = this.store.read('user-profile') ?? {};
    for (const def of SLICES) {
      const slice = def.create(this.profile, previous?.[def.key as SliceKey] as never);
      if (def.nvram && nvram[def.key] !== undefined) def.nvram.load(slice, nvram[def.key]);
      if (def.userProfile && userProfile[def.key] !== undefined) def.userProfile.load(slice, userProfile[def.key]);
      state[def.key] = slice;
    }
    this.lastNvram = JSON.stringify(nvram);
    return state as unknown as ModemState;
  }

  // ---- I/O ------------------------------------------------------------------------------------

  /** Bytes from the DTE on the main port; answered asynchronously through `tx`. */
  write(bytes: Uint8Array | string): void {
    const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
    this.events.emit('rx', buf);
    this.serial.receive(buf);
  }

  /** The AT interfaces: the UART's, then those opened since (the DLCs of +CMUX). */
  get atChannels(): readonly AtChannel[] {
    return this.channels;
  }

  /** A further AT interface with its own V.250 `settings`, printing through `output`. */
  openChannel(name: string, settings: V250Settings, output: (bytes: Buffer) => void): AtChannel {
    const channel = new AtChannel(this, settings, output, name);
    this.channels.push(channel);
    return channel;
  }

  /** Ends an AT interface opened with openChannel: what is in flight is dropped. */
  closeChannel(channel: AtChannel): void {
    const i = this.channels.indexOf(channel);
    if (i <= 0) return;
    this.channels.splice(i, 1);
    channel.reset();
  }

  /**
   * Raise an unsolicited result code: printed on the AT interfaces +CATR selects, after the
   * +CURCD delay, held on each while a command runs there; RI per +CFGRI.
   */
  urc(lines: string | string[]): void {
    const list = typeof lines === 'string' ? [lines] : lines;
    this.events.emit('urc', list);
    this.serial.deliverUrc(list);
  }

  log(message: string): void {
    this.events.emit('log', message);
  }

  /** Write NVRAM if any saved value changed. */
  persist(): void {
    const data: Record<string, unknown> = {};
    for (const def of SLICES) {
      if (def.nvram) data[def.key] = def.nvram.save(this.state[def.key as SliceKey] as never);
    }
    const text = JSON.stringify(data);
    if (text === this.lastNvram) return;
    this.store.write('nvram', data);
    this.lastNvram = text;
  }

  beforeFinal(): void {
    this.react({ cause: 'command' });
    this.persist();
  }

  /** Lets every subsystem react to the current state (see SliceDefinition.react). */
  react(event: ReactEvent = { cause: 'control' }): void {
    if (this.powerState !== 'on' || this.reacting) return;
    this.reacting = true;
    try {
      const services = this.services();
      for (const def of SLICES) {
        if (!def.react) continue;
        try {
          def.react(this.state, services, event);
        } catch (e) {
          this.log(`${def.key}: react failed: ${(e as Error).stack ?? String(e)}`);
        }
      }
    } finally {
      this.reacting = false;
    }
  }

  // ---- circuits ------------------------------------------------------------------------------

  /**
   * The circuits now. DSR and CTS are on while the module is powered; DCD follows AT&C
   * (§8.2.2: 0 always on; 1 while a data connection is up, in data mode or suspended by +++;
   * 2 on, except for the second after a data connection ends); RI is on during a pulse.
   */
  get signals(): ModemSignals {
    const on = this.powerState !== 'off';
    const ampC = this.state.v250.ampC;
    const ended = this.port.carrierEndedAt;
    const dcd =
      on && (ampC === 0 || this.port.hasCarrier || (ampC === 2 && (ended === undefined || this.clock.now() - ended >= DCD_WINK_MS)));
    return { ...this.dte, dcd, ri: on && this.clock.now() < this.riUntil, dsr: on, cts: on };
  }

  /**
   * DTR/RTS from the DTE. DTR ON→OFF in data mode acts per AT&D (§8.2.1): 0 ignored, 1 back to
   * command mode keeping the call, 2 hang up.
   */
  setDteSignals(change: { dtr?: boolean; rts?: boolean }): void {
    const before = { ...this.dte };
    const wasDtr = this.dte.dtr;
    if (change.dtr !== undefined) this.dte.dtr = change.dtr;
    if (change.rts !== undefined) this.dte.rts = change.rts;
    if (wasDtr && !this.dte.dtr && this.ready) {
      const mode = this.state.v250.ampD;
      if (mode === 1) this.port.escapeData();
      else if (mode === 2) this.port.hangupData();
    }
    this.serial.dteSignalsChanged(before);
    this.events.emit('signals', this.signals);
  }

  /** Drive RI on for `ms` (URC and RING indication, §8.2.11). */
  pulseRi(ms: number): void {
    this.riUntil = this.clock.now() + ms;
    this.events.emit('signals', this.signals);
    this.clock.setTimer(ms, () => this.events.emit('signals', this.signals));
  }

  // ---- dispatch -------------------------------------------------------------------------------

  /** Whether a handler implements a form of a command (the coverage report uses this too). */
  handlerFor(name: string): CommandHandler | undefined {
    return this.handlers.get(name);
  }

  /** What handlers and slices may ask of the modem (also for control actions). */
  services(): ModemServices {
    const modem = this;
    return {
      clock: this.clock,
      uart: {
        get dtr() {
          return modem.dte.dtr;
        },
        get usbConnected() {
          return modem.serial.usbConnected;
        },
      },
      profile: this.profile,
      table: this.table,
      urc: (lines) => this.urc(lines),
      persist: () => this.persist(),
      log: (m) => this.log(m),
      powerOff: (lastWords = []) => this.powerOffWith(lastWords),
      setTimer: (ms, fn) => {
        const handle: TimerHandle = this.clock.setTimer(ms, () => {
          this.cycleTimers.delete(handle);
          fn();
          // Background work may have changed what other subsystems follow (the SIM's state).
          this.react({ cause: 'timer' });
        });
        this.cycleTimers.add(handle);
        return handle;
      },
      clearTimer: (handle) => {
        if (!handle) return;
        this.cycleTimers.delete(handle);
        this.clock.clearTimer(handle);
      },
      instance: this,
    };
  }

  /**
   * Power off on the module's own initiative (a supply alarm): `lastWords` go out first if the
   * port is idle; a command line still running is cut off with everything else in flight.
   */
  powerOffWith(lastWords: readonly string[]): void {
    if (this.powerState === 'off') return;
    if (lastWords.length > 0) this.urc([...lastWords]);
    this.powerOff();
  }

  async dispatch(command: ParsedCommand, channel: AtChannel): Promise<HandlerResult> {
    const spec = this.table.get(command.name);
    if (!spec) return { final: ERROR };
    const { form } = command;
    const isBasic = spec.syntaxKind !== 'extended';
    const formDeclared = isBasic && (form === 'write' || form === 'exec') ? Boolean(spec.forms.write ?? spec.forms.exec) : Boolean(spec.forms[form]);
    if (!formDeclared) return { final: ERROR };
    const handler = this.handlers.get(spec.name);

    if (form === 'test' && !handler?.test) {
      return spec.testAnswer ? { lines: spec.testAnswer, final: OK } : { final: ERROR };
    }

    let args: ArgValue[] = [];
    let slots = slotListsFor(spec, form)[0]!;
    if (handler?.argumentCheck !== 'own' && (form === 'write' || (isBasic && command.argText !== ''))) {
      const split = splitArguments(command.argText);
      if (!split.ok) return { final: ERROR };
      const matched = matchArguments(spec, slotListsFor(spec, form), split.tokens);
      if (!matched.ok) {
        this.log(`${spec.name}: ${matched.reason}`);
        return { final: ERROR };
      }
      args = matched.values;
      slots = matched.slots;
    }

    const fn = this.formHandler(handler, form, isBasic);
    if (!fn) return { final: cme(CME.OPERATION_NOT_SUPPORTED) };
    this.events.emit('command', { channel: channel.name, name: spec.name, form, argText: command.argText });
    const ctx: CommandContext = {
      name: spec.name,
      form,
      spec,
      args,
      argText: command.argText,
      state: this.state,
      settings: channel.settings,
      channel: channel.name,
      modem: this.services(),
      arg: (name) => {
        const i = slots.findIndex((s) => s.name === name);
        return i < 0 ? undefined : args[i];
      },
      suspendedData: channel.hasSuspendedData,
    };
    return fn(ctx);
  }

  private formHandler(handler: CommandHandler | undefined, form: FormKind, isBasic: boolean): FormHandler | undefined {
    if (!handler) return undefined;
    const own = handler[form];
    if (own || !isBasic) return own;
    // Basic commands: ATE and ATE1 are one command with an optional number.
    if (form === 'write') return handler.exec;
    if (form === 'exec') return handler.write;
    return undefined;
  }

  runModemEffect(effect: Effect, channel: AtChannel): void {
    switch (effect.type) {
      case 'reboot':
        this.reboot(effect.delayMs);
        return;
      case 'power-off':
        this.powerOff();
        return;
      case 'factory-reset':
        this.factoryReset();
        return;
      case 'save-user-profile':
        this.saveUserProfile();
        return;
      case 'load-user-profile':
        this.loadUserProfile();
        return;
      case 'task':
        void effect.run().catch((e: unknown) => this.log(`background task failed: ${(e as Error).stack ?? String(e)}`));
        return;
      case 'uart':
        this.serial.apply(effect.action, channel);
        return;
      default:
        this.log(`unhandled effect ${effect.type}`);
    }
  }

  private saveUserProfile(): void {
    const data: Record<string, unknown> = {};
    for (const def of SLICES) {
      if (def.userProfile) data[def.key] = def.userProfile.save(this.state[def.key as SliceKey] as never);
    }
    this.store.write('user-profile', data);
  }

  private loadUserProfile(): void {
    const data = this.store.read('user-profile') ?? {};
    for (const def of SLICES) {
      if (def.userProfile && data[def.key] !== undefined) def.userProfile.load(this.state[def.key as SliceKey] as never, data[def.key]);
    }
  }

  /** AT&F: every slice back to its factory values for what &F covers. */
  factoryReset(): void {
    for (const def of SLICES) def.factoryReset?.(this.state[def.key as SliceKey] as never, this.profile);
  }

  /** For logs: the bytes as escaped text. */
  static describe(bytes: Uint8Array): string {
    return escapeBytes(bytes);
  }
}
