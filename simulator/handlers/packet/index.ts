// Chapter 5: AT commands for packet domain.

import type { CommandHandler } from '../../core/handler.js';
import { cgact } from './cgact.js';
import { cgatt } from './cgatt.js';
import { cgauth } from './cgauth.js';
import { cgcontrdp } from './cgcontrdp.js';
import { cgdata } from './cgdata.js';
import { cgdcont } from './cgdcont.js';
import { cgdscont } from './cgdscont.js';
import { cgerep } from './cgerep.js';
import { cgpaddr } from './cgpaddr.js';
import { cereg, cgreg } from './cgreg-cereg.js';
import { cgtft } from './cgtft.js';
import { cping } from './cping.js';

export const packetHandlers: readonly CommandHandler[] = [cgreg, cereg, cgatt, cgact, cgdcont, cgdscont, cgtft, cgdata, cgpaddr, cgerep, cgauth, cping, cgcontrdp];
