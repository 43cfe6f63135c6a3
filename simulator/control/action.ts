// Control actions: what a test, the CLI or the control socket may do to a running simulator
// from outside the AT interface — inject an SMS, change the signal, pull the SIM, reboot.
// Each subsystem defines its actions as data (name, parameters, run) in its own file and lists
// them in actions.ts. Every action run is logged in the session log.

import type { Modem } from '../core/modem.js';

export interface ControlParam {
  type: 'string' | 'number' | 'boolean';
  description: string;
  required?: boolean;
  /** A file of the host: the CLI sends it as an absolute path (resolved where the CLI runs). */
  localPath?: boolean;
}

export interface ControlAction {
  /** Words as typed after `modem-sim`: "inject sms", "set signal", "reboot". */
  name: string;
  summary: string;
  params: Record<string, ControlParam>;
  run(modem: Modem, params: Record<string, unknown>): unknown | Promise<unknown>;
}

/** A misuse of a control action (unknown name, bad parameter): the message says how to fix it. */
export class ControlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ControlError';
  }
}

/**
 * A numeric parameter within `min`..`max` (whole numbers unless `integer` is false), or
 * undefined when it was not given; otherwise a ControlError "--<key> must be <says>".
 */
export function rangedParam(params: Record<string, unknown>, key: string, min: number, max: number, options: { integer?: boolean; says?: string } = {}): number | undefined {
  const v = params[key];
  if (v === undefined) return undefined;
  const integer = options.integer ?? true;
  if (typeof v !== 'number' || (integer && !Number.isInteger(v)) || v < min || v > max) throw new ControlError(`--${key} must be ${options.says ?? `${min}-${max}`}`);
  return v;
}

/** A parameter that must be one of `choices`, or undefined when it was not given; otherwise a ControlError listing them. */
export function choiceParam<T extends string | number>(params: Record<string, unknown>, key: string, choices: readonly T[]): T | undefined {
  const v = params[key];
  if (v === undefined) return undefined;
  if (!choices.includes(v as T)) throw new ControlError(`--${key} must be one of ${choices.join(', ')}`);
  return v as T;
}

/** Copies the parameters that were given onto `target`, each under its own name; the others keep their values. */
export function assignGiven<T extends object>(target: T, params: Record<string, unknown>, keys: ReadonlyArray<keyof T & string>): void {
  for (const k of keys) if (params[k] !== undefined) target[k] = params[k] as T[typeof k];
}

/** Checks and converts parameters (CLI values arrive as strings). */
export function coerceParams(action: ControlAction, raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const spec = action.params[key];
    if (!spec) throw new ControlError(`"${action.name}" has no parameter --${key}; it takes: ${Object.keys(action.params).map((k) => '--' + k).join(' ') || 'none'}`);
    if (spec.type === 'number') {
      const n = typeof value === 'number' ? value : Number(value);
      if (!Number.isFinite(n)) throw new ControlError(`--${key} must be a number, got ${JSON.stringify(value)}`);
      out[key] = n;
    } else if (spec.type === 'boolean') {
      out[key] = value === true || value === 'true' || value === '1' || value === '';
    } else {
      out[key] = String(value);
    }
  }
  for (const [key, spec] of Object.entries(action.params)) {
    if (spec.required && out[key] === undefined) throw new ControlError(`"${action.name}" needs --${key} (${spec.description})`);
  }
  return out;
}
