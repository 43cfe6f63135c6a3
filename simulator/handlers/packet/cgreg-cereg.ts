// SIM767XX §5.2.1 AT+CGREG Network registration status, §5.2.2 AT+CEREG EPS network
// registration status. Same shape as §4.2.1 AT+CREG (see ../network/creg.ts): <n> 0/1/2, the
// execute form sets <n>=0, NO_SAVE. +CGREG's location has no <act> ("+CGREG: <stat>[,<lac>,<ci>]");
// +CEREG reports E-UTRAN only (a GSM cell shows <stat> 0).

import { registrationHandler } from '../network/creg.js';

export const cgreg = registrationHandler('cgreg');
export const cereg = registrationHandler('cereg');
