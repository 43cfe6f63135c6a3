// Chapter 6: AT commands for the SIM card.

import type { CommandHandler } from '../../core/handler.js';
import { clck } from './clck.js';
import { cpin } from './cpin.js';
import { cpwd } from './cpwd.js';
import { crsm } from './crsm.js';
import { csim } from './csim.js';
import { csimsleep } from './csimsleep.js';
import { cspn } from './cspn.js';
import { uimhotswaplevel, uimhotswapon } from './hotswap.js';
import { ciccid, cimi } from './identity.js';
import { spic } from './spic.js';

export const simHandlers: readonly CommandHandler[] = [ciccid, cpin, clck, cpwd, cimi, csim, crsm, csimsleep, spic, cspn, uimhotswapon, uimhotswaplevel];
