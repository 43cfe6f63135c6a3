// The one interface every suite, the model-based tests and the replayer talk to. A target is
// a module on the other end of a byte stream: the simulator in-process (on a manual clock),
// the simulator over its pty or TCP port, or real hardware through a serial port.
//
// Contract:
// - `open()` before anything else; `close()` always (idempotent). Using a closed target throws
//   ConformanceError TARGET_CLOSED.
// - `command(line)` writes `line` + CR and resolves with the Exchange when the final result
//   code arrives, or when `timeoutMs` passes (then `final` is undefined and `timedOut` true).
//   It never rejects for what the module says; only misuse and a dead transport reject.
// - Times are milliseconds of the target's clock: virtual time on the in-process simulator
//   (a 120 s command takes microseconds), wall time elsewhere.
// - Bytes the module prints outside a command (URCs) are kept, in order, for `awaitUrc` and
//   `takeUrcs`; those that arrive during a command but before its echo go to the Exchange's
//   `urcsBefore`.
// - Everything that crosses the port is recorded; `transcript()` returns it in the modemsim
//   transcript format, so any run can be saved and replayed.

import type { Transcript } from '../transcript/transcript.js';
import type { FinalKind, SessionSettings } from './response-parser.js';

export type TargetKind = 'sim' | 'pty' | 'serial' | 'tcp';

export interface Exchange {
  /** The command line as sent, without the S3 that ended it. */
  command: string;
  /** The echo, when the module echoed (ATE1). */
  echo?: string;
  /** Information text lines, without framing. */
  lines: string[];
  /** The final result code line (`OK`, `+CME ERROR: 10`, `0` under ATV0); undefined: none came. */
  final?: string;
  finalKind?: FinalKind;
  /** The prompt the module printed (`> `), when the command asked for input. */
  prompt?: string;
  /** Unsolicited lines that arrived after the command was sent and before its echo. */
  urcsBefore: string[];
  /** Every byte of the response, from the write to the final result code (latin1). */
  raw: string;
  /** The response's chunks as they arrived, in ms after the command was written. */
  chunks: Array<{ atMs: number; bytes: string }>;
  /** When the command was written (target clock, ms). */
  sentAt: number;
  /** ms from the write to the first byte and to the final result code. */
  firstByteMs?: number;
  finalMs?: number;
  timedOut: boolean;
}

export interface CommandOptions {
  /** How long to wait for the final result code (target clock). Default 10 s. */
  timeoutMs?: number;
  /**
   * Input for a data prompt: written when the module prints `>` (for AT+CMGS, include the
   * Ctrl-Z or ESC that ends it). Without it, a prompt ends the exchange (`prompt` is set).
   */
  body?: string | Buffer;
  /** Under ATQ1 there is no final result code: wait this long of silence instead. */
  quietMs?: number;
}

/** The simulator's control channel: inject SMS, change signal, raise URCs (never on hardware). */
export interface TargetControl {
  run(action: string, params?: Record<string, unknown>): Promise<unknown>;
}

export interface TargetInfo {
  kind: TargetKind;
  /** `sim`, `pty:/dev/pts/3`, `serial:/dev/ttyUSB2@115200`, `tcp:localhost:7000`. */
  spec: string;
  /** Whether this is a simulator (money and the SIM PIN are not at stake). */
  simulated: boolean;
  /** The module profile (capabilities file) to use, when known. */
  profile?: string;
}

export interface Target {
  readonly info: TargetInfo;
  /** Present on simulator targets that have a control channel. */
  readonly control?: TargetControl;
  open(): Promise<void>;
  command(line: string, options?: CommandOptions): Promise<Exchange>;
  /** Continue after a prompt: write `body` and read to the final result code. */
  answerPrompt(exchange: Exchange, body: string | Buffer, options?: CommandOptions): Promise<Exchange>;
  /** Raw bytes to the module (nothing is read for them). */
  write(bytes: string | Uint8Array): Promise<void>;
  /** Waits for an unsolicited line matching `match` (already received or arriving within timeoutMs). */
  awaitUrc(match: RegExp, timeoutMs: number): Promise<string | undefined>;
  /** Unsolicited lines received so far (and forget them). */
  takeUrcs(): string[];
  /** Everything received and not yet consumed, as raw text (and forget it). */
  drain(quietMs?: number): Promise<string>;
  /**
   * Raw bytes received from now on (plus any not yet consumed), returned as soon as `done(text)`
   * holds or `timeoutMs` passes. For replaying transcripts byte by byte.
   */
  collect(done: (text: string) => boolean, timeoutMs: number): Promise<string>;
  /** What the harness believes E/V/Q to be (tracked from the commands sent). */
  readonly settings: SessionSettings;
  /** Let `ms` pass on the target's clock. */
  sleep(ms: number): Promise<void>;
  now(): number;
  transcript(): Transcript;
  close(): Promise<void>;
}
