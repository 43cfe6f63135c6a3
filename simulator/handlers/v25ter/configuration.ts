// SIM767XX §2.2.7 AT&V Display current configuration. The manual prints one line of
// `<name>: <value>` pairs joined by "; ", e.g.
//   &F: 0; &W: 0; E: 1; Q: 0; &C: 1; &D: 0; V: 1; Z: 0; +IPR: 115200; +CSCS: IRA; ...
// Each subsystem contributes the settings it owns through CONFIGURATION_REPORTERS; a setting
// whose subsystem is not simulated is left out rather than invented. The line keeps the order
// of the manual's example (MANUAL_ORDER), whatever order the reporters are listed in; settings
// the example does not show follow, in reporter order.
//
// V.250 settings are the channel's own (a +CMUX DLC has its own echo, result code format...).

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { ModemState } from '../../state/modem-state.js';
import type { V250Settings } from '../../state/v250.js';
import { serialConfiguration } from '../serial/configuration.js';
import { smsSettings, smsTextParameters } from '../sms/configuration.js';
import { networkConfiguration } from '../../network/configuration-report.js';

/** `name: value` items from the module's state and the channel's V.250 settings. */
export type ConfigurationReporter = (state: ModemState, settings: V250Settings) => string[];

/** The names in the order of the manual's example. */
const MANUAL_ORDER = [
  '&F', '&W', 'E', 'Q', '&C', '&D', 'V', 'Z', '+IPR', '+IPREX', '+CSCS', '+CREG', '+CEREG', '+CSMP', '+CGEREP',
  '+CMEE', '+CFUN', '+CMGF', '+CSDH', '+CSCA', '+CPMS', '+CGAUTH', '+CGACT', '+CGDCONT',
];

const v250Settings: ConfigurationReporter = (s, v) => [
  '&F: 0',
  '&W: 0',
  `E: ${v.echo ? 1 : 0}`,
  `Q: ${v.quiet ? 1 : 0}`,
  `&C: ${v.ampC}`,
  `&D: ${v.ampD}`,
  `V: ${v.verbose ? 1 : 0}`,
  'Z: 0',
  `+CSCS: ${s.v250.charset}`,
  `+CMEE: ${v.cmee}`,
];

/** Reporters of each subsystem; subsystems add theirs here (one entry each). */
export const CONFIGURATION_REPORTERS: readonly ConfigurationReporter[] = [v250Settings, serialConfiguration, smsTextParameters, (s) => smsSettings(s), networkConfiguration];

function rank(item: string): number {
  const i = MANUAL_ORDER.indexOf(item.slice(0, item.indexOf(':')));
  return i < 0 ? MANUAL_ORDER.length : i;
}

/** The configuration items in the manual's order. */
export function configurationItems(state: ModemState, settings: V250Settings): string[] {
  const items = CONFIGURATION_REPORTERS.flatMap((r) => r(state, settings));
  return items.map((item, i) => ({ item, i, r: rank(item) })).sort((a, b) => a.r - b.r || a.i - b.i).map((x) => x.item);
}

export const ampV: CommandHandler = {
  name: '&V',
  exec: (ctx) => reply(OK, [configurationItems(ctx.state, ctx.settings).join('; ') + ';']),
};
