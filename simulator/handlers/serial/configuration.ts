// SIM767XX §2.2.7 AT&V: the serial interface's part of the configuration line — "+IPR: 115200;
// +IPREX: 115200" in the manual's example.

import type { ConfigurationReporter } from '../v25ter/configuration.js';

export const serialConfiguration: ConfigurationReporter = (state) => [`+IPR: ${state.serial.baud}`, `+IPREX: ${state.serial.savedBaud}`];
