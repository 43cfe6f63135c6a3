// Chapter 11: AT commands for file transmission.

import type { CommandHandler } from '../../core/handler.js';
import { cftranrx } from './cftranrx.js';
import { cftrantx } from './cftrantx.js';

export const fileTransferHandlers: readonly CommandHandler[] = [cftranrx, cftrantx];
