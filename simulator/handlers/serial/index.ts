// Chapter 8: AT commands for the serial interface.

import type { CommandHandler } from '../../core/handler.js';
import { catr } from './catr.js';
import { cfgri } from './cfgri.js';
import { ampC, ampD } from './circuits.js';
import { cmux } from './cmux.js';
import { csclk } from './csclk.js';
import { icf } from './icf.js';
import { ifc } from './ifc.js';
import { ipr, iprex } from './ipr.js';
import { lpstatus } from './lpstatus.js';
import { curcd } from './curcd.js';

export const serialHandlers: readonly CommandHandler[] = [ampD, ampC, ipr, iprex, icf, ifc, csclk, lpstatus, cmux, catr, cfgri, curcd];
