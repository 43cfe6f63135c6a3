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
  /** The "SC" lock; undefined when PIN tests are not allowed on this target. */
  pinLock?: boolean;
  /** Messages written by this run, by index. */
  messages: Map<number, StoredMessage>;
  /** Indices already used when the run started (someone else's messages). */
  foreign: Set<number>;
  capacity: number;
}

export interface ModelReal {
  target: Target;
  pin: string;
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
