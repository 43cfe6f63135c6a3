// The control API of one simulator: run an action by name with parameters, logged in the
// session log. Used in-process by tests and by the control socket for the CLI.

import type { Modem } from '../core/modem.js';
import { coerceParams, ControlError } from './action.js';
import { CONTROL_ACTIONS, findAction } from './actions.js';

export class ModemControl {
  constructor(readonly modem: Modem) {}

  /** Runs `name` (e.g. "inject sms") with `params`; throws ControlError on misuse. */
  async run(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const action = findAction(name);
    if (!action) {
      throw new ControlError(`unknown control action "${name}"; known: ${CONTROL_ACTIONS.map((a) => a.name).join(', ')}`);
    }
    const checked = coerceParams(action, params);
    this.modem.log(`control: ${action.name} ${JSON.stringify(checked)}`);
    const result = await action.run(this.modem, checked);
    // Let subsystems react to what the action changed (the radio to a pulled SIM...).
    this.modem.react({ cause: 'control' });
    this.modem.persist();
    return result;
  }

  /** The actions with their parameters, for --help and the socket's "help". */
  static describe(): string {
    return CONTROL_ACTIONS.map((a) => {
      const params = Object.entries(a.params)
        .map(([k, p]) => `      --${k} <${p.type}>${p.required ? ' (required)' : ''}  ${p.description}`)
        .join('\n');
      return `  ${a.name.padEnd(22)} ${a.summary}${params ? '\n' + params : ''}`;
    }).join('\n');
  }
}
