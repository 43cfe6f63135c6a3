// Chapter 19: AT commands for CTBURST.

import type { CommandHandler } from '../../core/handler.js';
import { ctburst } from './ctburst.js';

export const ctburstHandlers: readonly CommandHandler[] = [ctburst];
