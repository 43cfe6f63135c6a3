// Chapter 3: AT commands for status control.

import type { CommandHandler } from '../../core/handler.js';
import { cclk } from './cclk.js';
import { cfun } from './cfun.js';
import { cmee } from './cmee.js';
import { csq } from './csq.js';
import { cpof, creset } from './power.js';

export const statusHandlers: readonly CommandHandler[] = [cmee, cpof, creset, cfun, csq, cclk];
