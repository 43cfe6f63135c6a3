// Chapter 2: AT commands according to V.25TER.

import type { CommandHandler } from '../../core/handler.js';
import { ato } from './ato.js';
import { ampV } from './configuration.js';
import { cscs } from './cscs.js';
import { dial } from './dial.js';
import { ate } from './echo.js';
import { ati, cgmi, cgmm, cgmr, cgsn } from './identification.js';
import { atq, atv } from './result-format.js';
import { atx, sRegisters } from './s-registers.js';
import { hangup } from './hangup.js';
import { ampF, ampW, atz } from './user-profile.js';

export const v25terHandlers: readonly CommandHandler[] = [ate, atv, atq, ati, cgmi, cgmm, cgmr, cgsn, ampF, ampW, atz, ampV, cscs, ato, atx, dial, hangup, ...sRegisters];
