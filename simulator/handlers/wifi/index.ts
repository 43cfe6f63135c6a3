// Chapter 20: AT commands for WIFI.

import type { CommandHandler } from '../../core/handler.js';
import { cwstascan, cwstascanex } from './cwstascan.js';
import { cwstascansyn } from './cwstascansyn.js';

export const wifiHandlers: readonly CommandHandler[] = [cwstascan, cwstascanex, cwstascansyn];
