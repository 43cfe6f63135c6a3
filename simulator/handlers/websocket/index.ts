// Chapter 23: AT commands for WebSocket — two RFC 6455 client links (simulator/websocket/).

import type { CommandHandler } from '../../core/handler.js';
import { wslink } from './wslink.js';
import { wspush } from './wspush.js';
import { wssettings } from './wssettings.js';
import { wsstart } from './wsstart.js';
import { wsstop } from './wsstop.js';
import { wsunlink } from './wsunlink.js';

export const websocketHandlers: readonly CommandHandler[] = [wsstart, wsstop, wslink, wsunlink, wspush, wssettings];
