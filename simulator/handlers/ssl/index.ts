// Chapter 17: AT commands for SSL — the context configuration and the certificate store.
// (The AT+CCH* SSL client commands are listed here as they are implemented.)

import type { CommandHandler } from '../../core/handler.js';
import { ccertdele, ccertdown, ccertlist, ccertmove } from './certificates.js';
import { csslcfg } from './csslcfg.js';

export const sslHandlers: readonly CommandHandler[] = [csslcfg, ccertdown, ccertlist, ccertdele, ccertmove];
