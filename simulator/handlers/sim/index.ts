// Chapter 6: AT commands for the SIM card.

import type { CommandHandler } from '../../core/handler.js';
import { ciccid, cimi } from './identity.js';

export const simHandlers: readonly CommandHandler[] = [ciccid, cimi];
