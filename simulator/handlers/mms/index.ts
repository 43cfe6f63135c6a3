// Chapter 24: AT commands for MMS.

import type { CommandHandler } from '../../core/handler.js';
import { cmmscfg } from './cmmscfg.js';
import { cmmscurl } from './cmmscurl.js';
import { cmmsdelete } from './cmmsdelete.js';
import { cmmsdelfile } from './cmmsdelfile.js';
import { cmmsdown } from './cmmsdown.js';
import { cmmsedit } from './cmmsedit.js';
import { cmmsproto } from './cmmsproto.js';
import { cmmssave } from './cmmssave.js';
import { cmmssend } from './cmmssend.js';
import { cmmssendcfg } from './cmmssendcfg.js';
import { cmmsbcc, cmmscc, cmmsdelbcc, cmmsdelcc, cmmsdelrecp, cmmsrecp } from './recipients.js';
import { cmmsprofile, cmmsua } from './user-agent.js';

export const mmsHandlers: readonly CommandHandler[] = [
  cmmscurl,
  cmmsproto,
  cmmssendcfg,
  cmmsedit,
  cmmsdown,
  cmmsdelfile,
  cmmssend,
  cmmsrecp,
  cmmscc,
  cmmsbcc,
  cmmsdelrecp,
  cmmsdelcc,
  cmmsdelbcc,
  cmmssave,
  cmmsdelete,
  cmmsua,
  cmmsprofile,
  cmmscfg,
];
