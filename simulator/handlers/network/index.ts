// Chapter 4: AT commands for network.

import type { CommandHandler } from '../../core/handler.js';
import { cedrxrdp, cedrxs } from './cedrxs.js';
import { cnbp } from './cnbp.js';
import { cnsmod } from './cnsmod.js';
import { copn } from './copn.js';
import { cops } from './cops.js';
import { cpol } from './cpol.js';
import { cpsi } from './cpsi.js';
import { creg } from './creg.js';
import { ctzr } from './ctzr.js';
import { ctzu } from './ctzu.js';

export const networkHandlers: readonly CommandHandler[] = [creg, cops, cpol, copn, cnbp, cpsi, cnsmod, ctzu, ctzr, cedrxs, cedrxrdp];
