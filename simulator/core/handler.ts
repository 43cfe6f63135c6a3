// The handler contract. One command (or one tight family) per handler file, declaring one
// function per form it implements (test/read/write/exec), Renode-style. A handler reads and
// updates the modem's state slices and returns what the module prints: information lines, a
// final result code, and effects as data that the engine runs on the injected clock.
//
// A form a handler does not declare answers `+CME ERROR: operation not supported`, except the
// test form, which the engine answers from the command table's `=?` answer. Arguments are
// checked against the table before the handler runs (unless `argumentCheck: 'own'`), so a
// handler sees only well-formed values.

import type { ArgValue } from '../spec/arguments.js';
import type { CommandSpec, FormKind } from '../spec/types.js';
import type { ModemState } from '../state/modem-state.js';
import type { V250Settings } from '../state/v250.js';
import type { Clock, TimerHandle } from './clock.js';
import type { Final } from './result.js';
import type { Profile } from '../profiles/profile.js';
import type { CommandTable } from '../spec/table.js';
import type { Modem } from './modem.js';

/** A transparent data connection behind CONNECT (ATD*99#, +CGDATA, +CIPMODE=1, ...). */
export interface DataSession {
  /** Bytes from the DTE while the channel is in data mode. */
  write(bytes: Buffer): void;
  /** The DTE left data mode with `+++` (or DTR per &D=1); the connection stays up for ATO. */
  suspend?(): void;
  /** The module ends the connection (ATH, DTR per &D=2, power off). */
  hangup(): void;
}

/** Where a session sends what arrives from the network, and how it reports its end. */
export interface DataSink {
  /** Bytes to the DTE: delivered in data mode, held while the session is suspended. */
  deliver(bytes: Buffer): void;
  /** The remote end closed: the channel prints NO CARRIER and returns to command mode. */
  closed(): void;
}

/**
 * A change of the UART itself, made after the final result code so that code still goes out
 * the old way: `apply-line` puts the serial slice's line settings (+IPR, +ICF, +IFC) on the
 * wire; `start-mux` hands the UART to a 27.010 multiplexer (+CMUX). Run by the module's serial
 * interface (simulator/serial/serial-interface.ts).
 */
export type UartAction = 'apply-line' | 'start-mux';

export type Effect =
  /** An unsolicited result code, `delayMs` after the final result code (0: right after it). */
  | { type: 'urc'; lines: string[]; delayMs: number }
  /** After the final result code, switch this channel to data mode with the session. */
  | { type: 'data-mode'; open: (sink: DataSink) => DataSession }
  /** Resume the channel's suspended data session (ATO). */
  | { type: 'resume-data' }
  /** End this channel's data session, active or suspended (ATH): NO CARRIER only if it was in data mode. */
  | { type: 'hangup-data' }
  /** Restart the module `delayMs` after the final result code (AT+CRESET). */
  | { type: 'reboot'; delayMs: number }
  /** Power the module off after the final result code (AT+CPOF): `lines` printed first. */
  | { type: 'power-off'; lines: string[] }
  /** Factory values for what AT&F covers (manual §2.2.9). */
  | { type: 'factory-reset' }
  /** Save the user profile now (AT&W). */
  | { type: 'save-user-profile' }
  /** Reload the user profile into the current settings (ATZ). */
  | { type: 'load-user-profile' }
  /** Run background work (a network transaction whose outcome is a later URC). */
  | { type: 'task'; run: () => Promise<void> }
  /** Change the UART (line settings, multiplexer) after the final result code. */
  | { type: 'uart'; action: UartAction };

export interface Reply {
  lines?: readonly string[];
  final: Final;
  effects?: readonly Effect[];
}

/** What ended a data prompt. */
export type PromptInput =
  | { kind: 'data'; data: Buffer }
  /** ESC (27.005 §3.5.1: "sending can be cancelled by giving <ESC>"). */
  | { kind: 'cancelled' }
  /** More bytes than `maxLength` before Ctrl-Z: nothing of it is used. */
  | { kind: 'overflow' }
  /** No complete input within `timeoutMs`. */
  | { kind: 'timeout'; partial: Buffer };

export interface PromptRequest {
  /** What is printed after <CR><LF>; defaults to the profile's prompt text ("> "). */
  text?: string;
  /**
   * `ctrl-z`: input ends with Ctrl-Z (0x1A), ESC cancels (27.005 text and PDU entry).
   * `length`: exactly `length` bytes, taken as binary (SIMCom's CIPSEND=<n>, HTTPDATA...).
   * `escape`: a byte that makes the next one literal, so Ctrl-Z and ESC can be data (SIMCom's
   * <ETX> in AT+CIPSEND without a length, manual §13.2.4); the escape byte itself is dropped.
   * `binary` (ctrl-z only): the bytes are data as they come — no backspace editing, NUL kept,
   * ESC is data, not a cancel — so only Ctrl-Z ends the input (and `escape` makes a Ctrl-Z data:
   * SIMCom's <ETX> coding of AT+CFTPSPUT without a length, manual §15.2.14).
   */
  end: { kind: 'ctrl-z'; maxLength: number; escape?: number; binary?: boolean } | { kind: 'length'; length: number };
  /** Print the prompt again after each CR in the input (27.005 text mode bodies). */
  repromptOnCr?: boolean;
  /** Give up after this long without the end of input. */
  timeoutMs?: number;
  onInput(input: PromptInput): HandlerResult | Promise<HandlerResult>;
}

export interface PromptReply {
  lines?: readonly string[];
  prompt: PromptRequest;
}

export type HandlerResult = Reply | PromptReply;

/** The UART's circuits and cables as a handler may read them (+LPSTATUS). */
export interface UartView {
  /** DTR from the DTE: true while asserted (the pin pulled low). */
  readonly dtr: boolean;
  /** Whether a USB host is connected (keeps the module awake). */
  readonly usbConnected: boolean;
}

/** What a handler may ask of the modem beyond its state. */
export interface ModemServices {
  readonly clock: Clock;
  readonly uart: UartView;
  readonly profile: Profile;
  readonly table: CommandTable;
  /** Queue an unsolicited result code now (held while a command runs). */
  urc(lines: string | string[]): void;
  /** Write the NVRAM slices now (the engine also does this after every command line). */
  persist(): void;
  /** A line for the session log. */
  log(message: string): void;
  /**
   * The module powers itself off now (supply alarm), `lastWords` printed first as a URC when
   * the port is idle. NVRAM is kept; the module stays off until powered on again.
   */
  powerOff(lastWords?: readonly string[]): void;
  /**
   * A timer of this power cycle (`ms` of virtual time): cancelled when the module powers off or
   * restarts, so supervision and background work never act on a module that has gone away.
   */
  setTimer(ms: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  /**
   * The modem itself, for subsystems that keep per-instance runtime objects in
   * `instance.attachments` and act later, outside any command (the SMS network link
   * delivering a message, a timer expecting +CNMA).
   */
  readonly instance: Modem;
}

export interface CommandContext {
  /** Command name as the table has it: `+CMGS`, `E`, `S3`. */
  readonly name: string;
  readonly form: FormKind;
  /** The table record; undefined only for names the table lacks (never reaches a handler). */
  readonly spec: CommandSpec;
  /** Checked values, in slot order; omitted optional values are undefined. */
  readonly args: readonly ArgValue[];
  /** The argument text as typed (for `argumentCheck: 'own'`). */
  readonly argText: string;
  readonly state: ModemState;
  /** This channel's V.250 settings (the main port's are `state.v250`). */
  readonly settings: V250Settings;
  /** The AT interface running the command: `uart`, or `dlc1`-`dlc4` while +CMUX runs. */
  readonly channel: string;
  readonly modem: ModemServices;
  /** The value of the slot named `name`, or undefined. */
  arg(name: string): ArgValue;
  /** Whether the channel has a suspended data session (for ATO, ATH). */
  readonly suspendedData: boolean;
}

export type FormHandler = (ctx: CommandContext) => HandlerResult | Promise<HandlerResult>;

export interface CommandHandler {
  /** The table name this handler implements. */
  readonly name: string;
  readonly test?: FormHandler;
  readonly read?: FormHandler;
  readonly write?: FormHandler;
  readonly exec?: FormHandler;
  /**
   * 'table' (default): arguments are checked against the table first; 'own': the handler parses
   * `argText` — only where the table cannot state the rule (mode-dependent slots, repeated slots,
   * errors other than ERROR), with the reason in a comment beside it.
   */
  readonly argumentCheck?: 'table' | 'own';
}

/** Reply helpers, so handlers read like the manual's response sections. */
export function reply(final: Final, lines: readonly string[] = [], effects: readonly Effect[] = []): Reply {
  return { lines, final, effects };
}

export function urcEffect(lines: string | string[], delayMs = 0): Effect {
  return { type: 'urc', lines: typeof lines === 'string' ? [lines] : lines, delayMs };
}
