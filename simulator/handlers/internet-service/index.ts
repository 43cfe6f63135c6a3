// Chapter 12: AT commands for Internet service (HTP and NTP time).

import type { CommandHandler } from '../../core/handler.js';
import { chtpserv } from './chtpserv.js';
import { chtpupdate } from './chtpupdate.js';
import { cntp } from './cntp.js';
import { chtpcfg, cntpcfg } from './context-config.js';

export const internetServiceHandlers: readonly CommandHandler[] = [chtpserv, chtpupdate, chtpcfg, cntp, cntpcfg];
