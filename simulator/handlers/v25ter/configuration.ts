// SIM767XX §2.2.7 AT&V Display current configuration. The manual prints one line of
// `<name>: <value>` pairs joined by "; ", e.g.
//   &F: 0; &W: 0; E: 1; Q: 0; &C: 1; &D: 0; V: 1; Z: 0; +IPR: 115200; +CSCS: IRA; ...
// Each subsystem contributes the settings it owns through CONFIGURATION_REPORTERS; a setting
// whose subsystem is not simulated is left out rather than invented.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import type { ModemState } from '../../state/modem-state.js';
import { smsSettings, smsTextParameters } from '../sms/configuration.js';

export type ConfigurationReporter = (state: ModemState) => string[];

const v250Settings: ConfigurationReporter = (s) => [
  '&F: 0',
  '&W: 0',
  `E: ${s.v250.echo ? 1 : 0}`,
  `Q: ${s.v250.quiet ? 1 : 0}`,
  `&C: ${s.v250.ampC}`,
  `&D: ${s.v250.ampD}`,
  `V: ${s.v250.verbose ? 1 : 0}`,
  'Z: 0',
  `+CSCS: ${s.v250.charset}`,
  `+CMEE: ${s.v250.cmee}`,
];

/** Reporters in the order their settings appear; subsystems add theirs here. */
export const CONFIGURATION_REPORTERS: readonly ConfigurationReporter[] = [v250Settings, smsTextParameters, (s) => smsSettings(s)];

export const ampV: CommandHandler = {
  name: '&V',
  exec: (ctx) => reply(OK, [CONFIGURATION_REPORTERS.flatMap((r) => r(ctx.state)).join('; ') + ';']),
};
