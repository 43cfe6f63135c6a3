// Chapter 8: AT commands for the serial interface.

import type { CommandHandler } from '../../core/handler.js';
import { ampC, ampD } from './circuits.js';

export const serialHandlers: readonly CommandHandler[] = [ampD, ampC];
