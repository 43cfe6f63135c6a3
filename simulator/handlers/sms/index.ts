// Chapter 7: AT commands for SMS (3GPP TS 27.005), all 20.

import type { CommandHandler } from '../../core/handler.js';
import { cmgd } from './cmgd.js';
import { cmgf } from './cmgf.js';
import { cmgl } from './cmgl.js';
import { cmgmt } from './cmgmt.js';
import { cmgs } from './cmgs.js';
import { cmgsex } from './cmgsex.js';
import { cmgw } from './cmgw.js';
import { cmss, cmssex } from './cmss.js';
import { cmvp } from './cmvp.js';
import { cnma } from './cnma.js';
import { cnmi } from './cnmi.js';
import { cpms } from './cpms.js';
import { csca } from './csca.js';
import { cscb } from './cscb.js';
import { csdh } from './csdh.js';
import { csmp } from './csmp.js';
import { csms } from './csms.js';
import { cmgr, cmgrd } from './read-message.js';

export const smsHandlers: readonly CommandHandler[] = [csms, cpms, cmgf, csca, cscb, csmp, csdh, cnma, cnmi, cmgl, cmgr, cmgs, cmss, cmgw, cmgd, cmgmt, cmvp, cmgrd, cmgsex, cmssex];
