// Control actions: what a test, the CLI or the control socket may do to a running simulator
// from outside the AT interface — inject an SMS, change the signal, pull the SIM, reboot.
// Each subsystem defines its actions as data (name, parameters, run) in its own file and lists
// them in actions.ts. Every action run is logged in the session log.

import type { Modem } from '../core/modem.js';

export interface ControlParam {
  type: 'string' | 'number' | 'boolean';
  description: string;
  required?: boolean;
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
