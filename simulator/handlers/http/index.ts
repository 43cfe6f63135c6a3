// Chapter 14: AT commands for HTTP(S) — the module's HTTP client (simulator/http/).

import type { CommandHandler } from '../../core/handler.js';
import { httpaction } from './httpaction.js';
import { httpdata } from './httpdata.js';
import { httphead } from './httphead.js';
import { httpinit } from './httpinit.js';
import { httppara } from './httppara.js';
import { httppostfile } from './httppostfile.js';
import { httpread } from './httpread.js';
import { httpreadfile } from './httpreadfile.js';
import { httpterm } from './httpterm.js';

export const httpHandlers: readonly CommandHandler[] = [httpinit, httpterm, httppara, httpaction, httphead, httpread, httpdata, httppostfile, httpreadfile];
