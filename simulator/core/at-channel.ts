// One AT interface: the main UART, or one DLC of a +CMUX session. It owns the line codec for
// its direction of bytes — command-line assembly and echo, response framing, the `> ` data
// prompt, transparent data mode with the `+++` escape — and the queue of URCs waiting for the
// end of a response. Commands themselves are run by its host (the Modem).
//
// Modes:
//   command   — assembling a command line (URCs go out at once)
//   executing — a line is running; input waits in the queue, URCs wait for the final code
//   prompt    — collecting the body after `> ` (27.005 §3.5.1) or a fixed-length block
//   data      — bytes pass to a DataSession until `+++` with guard times (manual §2.2.3)
//
// Contract: receive() never answers synchronously; input is processed on a later turn of the
// event loop, in order. No byte sequence throws out of the channel or wedges it: a handler
// that throws yields ERROR, and every complete command line gets exactly one final result
// code (none under ATQ1).

import type { CommandTable } from '../spec/table.js';
import type { V250Settings } from '../state/v250.js';
import type { Clock, TimerHandle } from './clock.js';
import { MAX_COMMAND_LINE, LineAssembler } from './line-assembler.js';
import { parseCommandBody, stripAtPrefix, type ParsedCommand } from './command-line.js';
import type { DataSession, DataSink, Effect, HandlerResult, PromptInput, PromptRequest, Reply } from './handler.js';
import { renderFinal, renderInfo, renderPrompt, renderUrc, type ErrorTextLookup, type FormatSettings } from './render.js';
import { ERROR, OK, basic, isErrorFinal, type Final } from './result.js';

/** What a channel needs from the modem that owns it. */
export interface ChannelHost {
  readonly clock: Clock;
  readonly table: CommandTable;
  /** Whether the module answers at all (powered on and booted). */
  readonly ready: boolean;
  /** The prompt text of the profile ("> "). */
  readonly promptText: string;
  dispatch(command: ParsedCommand, channel: AtChannel): Promise<HandlerResult>;
  /** Effects that concern the whole module (reboot, power-off, profiles, tasks). */
  runModemEffect(effect: Effect, channel: AtChannel): void;
  /** Called after each command line, before its final result code goes out (persistence). */
  beforeFinal(): void;
  log(message: string): void;
}

export type ChannelMode = 'command' | 'executing' | 'prompt' | 'data';

/** V.250 §6.3.? / manual §2.2.3: 1 s of silence before and after `+++`, < 0.9 s between the +. */
const ESCAPE_GUARD_MS = 1000;
const ESCAPE_MAX_GAP_MS = 900;
const CTRL_Z = 0x1a;
const ESC = 0x1b;

interface PromptState {
  request: PromptRequest;
  bytes: number[];
  overflow: boolean;
  /** The previous byte was the request's escape byte: this one is data. */
  escaped?: boolean;
  timer?: TimerHandle;
  done: (input: PromptInput) => void;
}

interface EscapeState {
  lastRxAt: number;
  plusCount: number;
  lastPlusAt: number;
  timer?: TimerHandle;
}

export class AtChannel {
  private readonly assembler = new LineAssembler();
  private readonly queue: Buffer[] = [];
  private pumpScheduled = false;
  private currentMode: ChannelMode = 'command';
  private lastLine: string | undefined;
  private urcQueue: string[][] = [];
  private prompt: PromptState | undefined;
  private session: DataSession | undefined;
  private suspended: DataSession | undefined;
  private heldData: Buffer[] = [];
  private escape: EscapeState | undefined;
  /** Bumped by reset(): work started before a reset must not print after it. */
  private epoch = 0;
  private lastCarrierEnd: number | undefined;

  constructor(
    private readonly host: ChannelHost,
    /** This channel's V.250 settings object (the main port shares the state's). */
    public settings: V250Settings,
    private readonly output: (bytes: Buffer) => void,
    readonly name = 'uart',
  ) {}

  get mode(): ChannelMode {
    return this.currentMode;
  }

  get hasSuspendedData(): boolean {
    return this.suspended !== undefined;
  }

  /** Whether a data connection is up (in data mode, or suspended by `+++`): DCD per AT&C1. */
  get hasCarrier(): boolean {
    return this.session !== undefined || this.suspended !== undefined;
  }

  /** When the last data connection ended (clock ms), if one did: DCD per AT&C2. */
  get carrierEndedAt(): number | undefined {
    return this.lastCarrierEnd;
  }

  /** Bytes from the DTE. Processed asynchronously, in order. */
  receive(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.queue.push(Buffer.from(bytes));
    this.schedulePump();
  }

  /** An unsolicited result code: out now if the channel is idle, else after the final code. */
  queueUrc(lines: string[]): void {
    if (!this.host.ready) return;
    this.urcQueue.push(lines);
    this.flushUrcs();
  }

  /** Drop everything in flight (module reset or power-off). */
  reset(): void {
    this.epoch++;
    this.queue.length = 0;
    this.assembler.reset();
    this.urcQueue = [];
    if (this.prompt?.timer) this.host.clock.clearTimer(this.prompt.timer);
    this.prompt = undefined;
    if (this.escape?.timer) this.host.clock.clearTimer(this.escape.timer);
    this.escape = undefined;
    const sessions = [this.session, this.suspended];
    if (this.hasCarrier) this.lastCarrierEnd = this.host.clock.now();
    this.session = undefined;
    this.suspended = undefined;
    this.heldData = [];
    for (const s of sessions) s?.hangup();
    this.currentMode = 'command';
    this.lastLine = undefined;
  }

  /** Leave data mode as `+++` does (used for DTR with AT&D1). */
  escapeData(): void {
    if (this.currentMode !== 'data' || !this.session) return;
    this.suspendSession();
  }

  /** End the data connection (ATH, DTR with AT&D2): NO CARRIER if it was in data mode. */
  hangupData(): boolean {
    const active = this.session ?? this.suspended;
    if (!active) return false;
    const wasData = this.currentMode === 'data';
    this.session = undefined;
    this.suspended = undefined;
    this.heldData = [];
    this.lastCarrierEnd = this.host.clock.now();
    active.hangup();
    if (wasData) {
      this.currentMode = 'command';
      this.writeFinal(basic('NO CARRIER'));
      this.flushUrcs();
      this.schedulePump();
    }
    return true;
  }

  private formatSettings(): FormatSettings {
    const s = this.settings;
    return { verbose: s.verbose, quiet: s.quiet, cmee: s.cmee, s3: s.s[3] ?? 13, s4: s.s[4] ?? 10 };
  }

  private get errorTexts(): ErrorTextLookup {
    const table = this.host.table;
    return { cme: (c) => table.cmeText(c), cms: (c) => table.cmsText(c) };
  }

  private write(text: string | Buffer): void {
    if (text.length === 0) return;
    this.output(typeof text === 'string' ? Buffer.from(text, 'latin1') : text);
  }

  private writeFinal(final: Final): void {
    this.write(renderFinal(final, this.formatSettings(), this.errorTexts));
  }

  private flushUrcs(): void {
    if (this.currentMode !== 'command') return;
    const pending = this.urcQueue;
    this.urcQueue = [];
    for (const lines of pending) this.write(renderUrc(lines, this.formatSettings()));
  }

  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (!this.host.ready) {
        this.queue.length = 0; // a module that is off or starting hears nothing
        return;
      }
      if (this.currentMode === 'executing') return;
      if (this.currentMode === 'data') {
        this.dataBytes(this.queue.shift()!);
        continue;
      }
      const chunk = this.queue[0]!;
      let i = 0;
      for (; i < chunk.length; i++) {
        const mode = this.currentMode as ChannelMode;
        if (mode === 'command') this.commandByte(chunk[i]!);
        else if (mode === 'prompt') this.promptByte(chunk[i]!);
        else break;
      }
      if (i >= chunk.length) this.queue.shift();
      else this.queue[0] = chunk.subarray(i);
    }
  }

  // ---- command mode -------------------------------------------------------------------------

  private commandByte(byte: number): void {
    const s = this.settings;
    const { echo, event } = this.assembler.feed(byte, { echo: s.echo, s3: s.s[3] ?? 13, s5: s.s[5] ?? 8 });
    if (echo) this.write(echo);
    if (!event) return;
    if (event.kind === 'repeat') {
      if (this.lastLine === undefined) return;
      this.startLine(this.lastLine, false);
    } else {
      this.startLine(event.text, event.overflow);
    }
  }

  private startLine(text: string, overflow: boolean): void {
    this.currentMode = 'executing';
    const epoch = this.epoch;
    void this.runLine(text, overflow, epoch).finally(() => {
      if (epoch !== this.epoch) return;
      if (this.currentMode === 'executing') this.currentMode = 'command';
      this.flushUrcs();
      this.pump();
    });
  }

  private async runLine(text: string, overflow: boolean, epoch: number): Promise<void> {
    const effects: Effect[] = [];
    let final: Final;
    try {
      final = await this.executeLine(text, overflow, effects, epoch);
    } catch (e) {
      this.host.log(`internal error on ${JSON.stringify(text)}: ${(e as Error).stack ?? String(e)}`);
      final = ERROR;
    }
    if (epoch !== this.epoch) return;
    this.host.beforeFinal();
    this.writeFinal(final);
    for (const effect of effects) this.runEffect(effect);
  }

  /** Runs the commands of one line; returns the final result code, collecting effects. */
  private async executeLine(text: string, overflow: boolean, effects: Effect[], epoch: number): Promise<Final> {
    const body = stripAtPrefix(text);
    if (body === undefined) return ERROR;
    this.lastLine = text;
    if (overflow || body.length > MAX_COMMAND_LINE) return ERROR;
    const parsed = parseCommandBody(body);
    if (!parsed.ok) return ERROR;
    let final: Final = OK;
    for (const command of parsed.commands) {
      let result = await this.host.dispatch(command, this);
      while ('prompt' in result) {
        if (epoch !== this.epoch) return ERROR;
        this.write(renderInfo(result.lines ?? [], this.formatSettings()));
        const input = await this.runPrompt(result.prompt);
        result = await result.prompt.onInput(input);
      }
      if (epoch !== this.epoch) return ERROR;
      const done: Reply = result;
      this.write(renderInfo(done.lines ?? [], this.formatSettings()));
      effects.push(...(done.effects ?? []));
      final = done.final;
      if (isErrorFinal(final) || (final.kind === 'basic' && final.code === 'CONNECT')) break;
    }
    return final;
  }

  private runEffect(effect: Effect): void {
    switch (effect.type) {
      case 'urc':
        if (effect.delayMs <= 0) this.urcQueue.push(effect.lines);
        else {
          const epoch = this.epoch;
          this.host.clock.setTimer(effect.delayMs, () => {
            if (epoch === this.epoch) this.queueUrc(effect.lines);
          });
        }
        return;
      case 'data-mode':
        this.enterData(this.openSession(effect.open));
        return;
      case 'power-off':
        // The last words go out before the UART goes quiet (manual §3.2.3: "POWERD DOWN").
        this.write(renderUrc(effect.lines, this.formatSettings()));
        this.host.runModemEffect(effect, this);
        return;
      case 'hangup-data':
        this.hangupData();
        return;
      case 'resume-data':
        if (this.suspended) {
          const s = this.suspended;
          this.suspended = undefined;
          this.enterData(s);
        }
        return;
      default:
        this.host.runModemEffect(effect, this);
    }
  }

  // ---- data prompt ---------------------------------------------------------------------------

  private runPrompt(request: PromptRequest): Promise<PromptInput> {
    const input = new Promise<PromptInput>((resolve) => {
      const state: PromptState = { request, bytes: [], overflow: false, done: resolve };
      if (request.timeoutMs !== undefined) {
        state.timer = this.host.clock.setTimer(request.timeoutMs, () => {
          if (this.prompt === state) this.finishPrompt({ kind: 'timeout', partial: Buffer.from(state.bytes) });
        });
      }
      this.prompt = state;
      this.write(renderPrompt(request.text ?? this.host.promptText, this.formatSettings()));
      this.currentMode = 'prompt';
      this.schedulePump();
    });
    // A time limit on the DTE's input runs at the DTE's pace, also under --instant.
    return request.timeoutMs === undefined ? input : this.host.clock.awaitingDte(input);
  }

  private finishPrompt(input: PromptInput): void {
    const state = this.prompt;
    if (!state) return;
    if (state.timer) this.host.clock.clearTimer(state.timer);
    this.prompt = undefined;
    this.currentMode = 'executing';
    state.done(input);
  }

  private promptByte(byte: number): void {
    const state = this.prompt!;
    const { end } = state.request;
    const echo = this.settings.echo;
    if (end.kind === 'length') {
      state.bytes.push(byte);
      if (echo) this.write(Buffer.of(byte));
      if (state.bytes.length >= end.length) this.finishPrompt({ kind: 'data', data: Buffer.from(state.bytes) });
      return;
    }
    if (state.escaped) {
      state.escaped = false;
      if (state.bytes.length >= end.maxLength) state.overflow = true;
      else state.bytes.push(byte);
      if (echo) this.write(Buffer.of(byte));
      return;
    }
    if (end.escape !== undefined && byte === end.escape) {
      state.escaped = true;
      return;
    }
    if (byte === CTRL_Z) {
      this.finishPrompt(state.overflow ? { kind: 'overflow' } : { kind: 'data', data: Buffer.from(state.bytes) });
      return;
    }
    if (end.binary) {
      if (state.bytes.length >= end.maxLength) state.overflow = true;
      else state.bytes.push(byte);
      if (echo) this.write(Buffer.of(byte));
      return;
    }
    if (byte === ESC) {
      this.finishPrompt({ kind: 'cancelled' });
      return;
    }
    if (byte === (this.settings.s[5] ?? 8)) {
      if (state.bytes.length > 0) {
        state.bytes.pop();
        if (echo) this.write(Buffer.of(byte));
      }
      return;
    }
    if (byte === 0) return;
    if (state.bytes.length >= end.maxLength) state.overflow = true;
    else state.bytes.push(byte);
    if (byte === (this.settings.s[3] ?? 13) && state.request.repromptOnCr) {
      this.write(renderPrompt(state.request.text ?? this.host.promptText, this.formatSettings()));
    } else if (echo) {
      this.write(Buffer.of(byte));
    }
  }

  // ---- data mode ----------------------------------------------------------------------------

  /** Opens a session with a sink bound to it: a sink whose session has gone does nothing. */
  private openSession(open: (sink: DataSink) => DataSession): DataSession {
    const bound: { session?: DataSession } = {};
    const sink: DataSink = {
      deliver: (bytes) => {
        const owner = bound.session;
        if (owner && this.session === owner && this.currentMode === 'data') this.write(bytes);
        else if (owner && this.suspended === owner) this.heldData.push(Buffer.from(bytes));
      },
      closed: () => {
        const owner = bound.session;
        bound.session = undefined;
        if (owner && (this.session === owner || this.suspended === owner)) this.lastCarrierEnd = this.host.clock.now();
        if (owner && this.session === owner) {
          this.session = undefined;
          this.currentMode = 'command';
          this.writeFinal(basic('NO CARRIER'));
          this.flushUrcs();
          this.schedulePump();
        } else if (owner && this.suspended === owner) {
          this.suspended = undefined;
          this.heldData = [];
          this.queueUrc(['NO CARRIER']);
        }
      },
    };
    bound.session = open(sink);
    return bound.session;
  }

  private enterData(session: DataSession): void {
    this.session = session;
    this.currentMode = 'data';
    this.escape = { lastRxAt: this.host.clock.now(), plusCount: 0, lastPlusAt: 0 };
    const held = this.heldData;
    this.heldData = [];
    for (const b of held) this.write(b);
  }

  private suspendSession(): void {
    const session = this.session!;
    if (this.escape?.timer) this.host.clock.clearTimer(this.escape.timer);
    this.escape = undefined;
    this.session = undefined;
    this.suspended = session;
    session.suspend?.();
    this.currentMode = 'command';
    this.writeFinal(OK);
    this.flushUrcs();
    this.schedulePump();
  }

  /** Passes data on, holding back a `+++` that may be the escape sequence. */
  private dataBytes(chunk: Buffer): void {
    const session = this.session;
    const esc = this.escape;
    if (!session || !esc) return;
    const now = this.host.clock.now();
    const forward: number[] = [];
    const releaseHeld = () => {
      for (let k = 0; k < esc.plusCount; k++) forward.push(0x2b);
      esc.plusCount = 0;
      if (esc.timer) this.host.clock.clearTimer(esc.timer);
      esc.timer = undefined;
    };
    for (const byte of chunk) {
      const isPlus = byte === 0x2b;
      const startsEscape = esc.plusCount === 0 && now - esc.lastRxAt >= ESCAPE_GUARD_MS;
      const continuesEscape = esc.plusCount > 0 && esc.plusCount < 3 && now - esc.lastPlusAt <= ESCAPE_MAX_GAP_MS;
      if (isPlus && (startsEscape || continuesEscape)) {
        esc.plusCount++;
        esc.lastPlusAt = now;
        if (esc.plusCount === 3) {
          esc.timer = this.host.clock.setTimer(ESCAPE_GUARD_MS, () => {
            if (this.session === session && this.escape === esc && esc.plusCount === 3) this.suspendSession();
          });
        }
      } else {
        releaseHeld();
        forward.push(byte);
      }
      esc.lastRxAt = now;
    }
    if (forward.length > 0) session.write(Buffer.from(forward));
  }
}
