// The model of the model-based tests: a deliberately small, independent picture of what a
// module remembers — echo, +CMEE, +CMGF, +CFUN, the SIM PIN lock, and the SMS messages this
// test wrote to "SM" storage. It shares no code with the simulator (it must be able to prove
// the simulator wrong), and it knows only what 27.007/27.005 and the manual promise.
//
// `Real` is the target plus what the run learned at setup (messages already in storage, which
// the model leaves alone — it never deletes what it did not write, so it is safe on a real SIM).

import type { Exchange, Target } from '../targets/target.js';

export interface StoredMessage {
  number: string;
  text: string;
}

export interface ModemModel {
  echo: boolean;
  cmee: 0 | 1 | 2;
  cmgf: 0 | 1;
  cfun: 0 | 1 | 4;
  /** The "SC" lock; undefined (unknown, never changed) when PIN tests are not allowed on this target. */
  pinLock?: boolean;
  /**
   * Whether the SIM waits for its PIN. It can only start waiting when the SIM restarts with the
   * lock on: after AT+CFUN=0 (which may power the SIM down — the manual's §19.2.1 example
   * prints "+SIMCARD: NOT AVAILABLE" — or may not) and a return to a higher level. The model
   * does not guess which: it asks (settleSim) and accepts READY, or SIM PIN when locked.
   */
  pin: 'ready' | 'pin-required';
  /** Messages written by this run, by index. */
  messages: Map<number, StoredMessage>;
  /** Indices already used when the run started (someone else's messages). */
  foreign: Set<number>;
  capacity: number;
}

export interface ModelReal {
  target: Target;
  pin: string;
  /** Which modelled commands the target implements (probed before the run). */
  features: { sms: boolean; cfun: boolean; cpin: boolean; clck: boolean };
  /** Every exchange of the run, for the failure report. */
  trail: Exchange[];
}

/** What a command found wrong: thrown from run(), reported with the seed and path. */
export class ModelMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelMismatch';
  }
}

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new ModelMismatch(message);
}

/** Runs a command, checks the echo against the model, and returns the exchange. */
export async function send(model: ModemModel, real: ModelReal, line: string, body?: string): Promise<Exchange> {
  const x = await real.target.command(line, body === undefined ? { timeoutMs: 30_000 } : { body, timeoutMs: 30_000 });
  real.trail.push(x);
  check(!x.timedOut, `${line}: no final result code (timed out); got ${JSON.stringify(x.raw)}`);
  check((x.echo !== undefined) === model.echo, `${line}: echo is ${model.echo ? 'on' : 'off'} in the model, but the module ${x.echo !== undefined ? 'echoed' : 'did not echo'}`);
  return x;
}

export async function sendOk(model: ModemModel, real: ModelReal, line: string, body?: string): Promise<Exchange> {
  const x = await send(model, real, line, body);
  check(x.finalKind === 'ok', `${line}: expected OK, got ${x.final ?? 'nothing'} (${JSON.stringify(x.raw)})`);
  return x;
}

/**
 * After the SIM may have restarted: polls AT+CPIN? (up to 30 s of target time) until it says
 * READY or SIM PIN; a PIN request without the lock is a mismatch. When READY and SMS is
 * modelled, also waits until SMS storage answers (the SIM's SMS files are read after READY).
 */
export async function settleSim(model: ModemModel, real: ModelReal): Promise<void> {
  if (!real.features.cpin) return;
  const t = real.target;
  const deadline = t.now() + 30_000;
  let last = '';
  for (;;) {
    const x = await t.command('AT+CPIN?', { timeoutMs: 10_000 });
    real.trail.push(x);
    last = x.lines[0] ?? x.final ?? '';
    if (last === '+CPIN: READY') {
      model.pin = 'ready';
      break;
    }
    if (last === '+CPIN: SIM PIN') {
      check(model.pinLock !== false, `the SIM asks for its PIN although the model has the lock off (${last})`);
      model.pin = 'pin-required';
      return;
    }
    check(t.now() < deadline, `the SIM did not become READY or ask for its PIN within 30 s; last answer ${JSON.stringify(last)}`);
    await t.sleep(500);
  }
  if (!real.features.sms) return;
  for (;;) {
    const x = await t.command('AT+CPMS?', { timeoutMs: 10_000 });
    real.trail.push(x);
    if (x.finalKind === 'ok') return;
    check(t.now() < deadline, `SMS storage did not answer within 30 s of the SIM being READY: ${x.final ?? 'nothing'}`);
    await t.sleep(500);
  }
}
