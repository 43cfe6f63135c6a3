// Chapter 9: AT commands for hardware.

import type { CommandHandler } from '../../core/handler.js';
import { cadc, cadc2 } from './adc.js';
import { cmte } from './cmte.js';
import { cggetv, cgdrt, cgsetv } from './gpio.js';
import { criic, cwiic } from './iic.js';
import { cbc, cpmutemp } from './supply.js';
import { cpmvt, cvalarm } from './voltage-alarms.js';

export const hardwareHandlers: readonly CommandHandler[] = [cvalarm, cadc, cadc2, cmte, cpmvt, criic, cwiic, cbc, cpmutemp, cgdrt, cgsetv, cggetv];
