// Chapter 18: AT commands for FOTA.

import type { CommandHandler } from '../../core/handler.js';
import { cfota } from './cfota.js';
import { lfota } from './lfota.js';

export const fotaHandlers: readonly CommandHandler[] = [cfota, lfota];
