// Chapter 3: AT commands for status control.

import type { CommandHandler } from '../../core/handler.js';
import { cacm, camm } from './call-meter.js';
import { cclk } from './cclk.js';
import { cfun } from './cfun.js';
import { cmee } from './cmee.js';
import { cpas } from './cpas.js';
import { csq } from './csq.js';
import { cpof, creset } from './power.js';
import { simei } from './simei.js';

export const statusHandlers: readonly CommandHandler[] = [cmee, cpof, creset, cacm, camm, cpas, simei, cfun, csq, cclk];
