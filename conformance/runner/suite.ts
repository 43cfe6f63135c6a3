// How a conformance suite is written: plain data (a suite is a list of tests) and one async
// function per test that talks only to a Target through a TestContext. The same suite runs
// against the in-process simulator, the CLI simulator, TCP or a real module.
//
// A test ends in one of four ways:
//   pass             every expectation held
//   fail             an expectation did not hold: the message shows the exchange and a diff
//   not-implemented  the target answered "operation not supported" (+CME ERROR: 4 /
//                    +CMS ERROR: 303) to a command the test relies on — reported apart from
//                    "wrong", because the module (or this simulator build) lacks it
//   pending          not run, for a named reason: the module's capabilities file says it lacks
//                    a feature, the test would spend money or change the SIM PIN and that was
//                    not allowed, it needs the simulator's control channel, or no device is
//                    configured. The reason always says what to do to run it.

import type { Exchange, Target } from '../targets/target.js';
import type { Feature } from '../capabilities/features.js';

export type Hazard =
  /** Sends an SMS or places a call through the network: costs money on a real SIM. */
  | 'spends-money'
  /** Changes or locks the SIM PIN: can lock a real SIM (PUK) if it goes wrong. */
  | 'changes-pin';

export const HAZARD_TEXT: Record<Hazard, string> = {
  'spends-money': 'sends an SMS through the network (costs money on a real SIM)',
  'changes-pin': 'changes the SIM PIN lock (a mistake can block a real SIM)',
};

export interface RunOptions {
  /** Hazards explicitly allowed on hardware (simulators allow all). */
  allow: readonly Hazard[];
  /** Destination for tests that send an SMS (hardware: your own number). */
  smsTo: string;
  /** The SIM's PIN, for tests that use it (simulator default 1234). */
  pin: string;
  /** Treat "not implemented" as failure. */
  strict: boolean;
}

export const DEFAULT_RUN_OPTIONS: RunOptions = { allow: [], smsTo: '+8613012345678', pin: '1234', strict: false };

export interface TestContext {
  readonly target: Target;
  readonly options: RunOptions;
  /** Runs a command; an "operation not supported" answer ends the test as not-implemented. */
  cmd(line: string, options?: CmdOptions): Promise<Exchange>;
  /** Runs a command and requires OK; returns the information lines. */
  ok(line: string, options?: CmdOptions): Promise<string[]>;
  /** The simulator's control channel; ends the test as pending on targets without one. */
  control(action: string, params?: Record<string, unknown>): Promise<unknown>;
  /** A line in the test's log (shown on failure and in reports). */
  log(message: string): void;
  /** Let time pass on the target's clock. */
  sleep(ms: number): Promise<void>;
}

export interface CmdOptions {
  timeoutMs?: number;
  body?: string | Buffer;
  quietMs?: number;
  /** Do not treat "operation not supported" as not-implemented (the test checks it itself). */
  allowUnsupported?: boolean;
}

export interface TestDef {
  name: string;
  /** What the manual says, and where (`§2.2.6`). Shown in reports. */
  spec?: string;
  requires?: readonly Feature[];
  hazards?: readonly Hazard[];
  /** Needs the simulator's control channel (inject an SMS, raise a URC...). */
  needsControl?: boolean;
  timeoutMs?: number;
  run(ctx: TestContext): Promise<void>;
}

export interface SuiteDef {
  id: string;
  title: string;
  description: string;
  tests: readonly TestDef[];
}

export function defineSuite(suite: SuiteDef): SuiteDef {
  return suite;
}

export type TestStatus = 'pass' | 'fail' | 'not-implemented' | 'pending';

export interface TestResult {
  suite: string;
  test: string;
  status: TestStatus;
  /** Why it failed / is pending / what is not implemented. */
  message?: string;
  durationMs: number;
  exchanges: Exchange[];
  log: string[];
}

/** Thrown by an expectation that does not hold. */
export class ExpectationFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExpectationFailed';
  }
}

/** Thrown when the target answers "operation not supported". */
export class NotImplemented extends Error {
  constructor(readonly command: string, readonly final: string) {
    super(`${command} → ${final}`);
    this.name = 'NotImplemented';
  }
}

/** Thrown to end a test as pending (needs control, a hazard not allowed...). */
export class Pending extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'Pending';
  }
}

/** `+CME ERROR: 4`, `+CME ERROR: operation not supported`, `+CMS ERROR: 303`, ... */
export function isUnsupported(final: string | undefined): boolean {
  if (!final) return false;
  return /^\+CME ERROR: (4|operation not supported)$/i.test(final) || /^\+CMS ERROR: (303|operation not supported)$/i.test(final);
}
