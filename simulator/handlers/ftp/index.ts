// Chapter 15: AT commands for FTP(S).

import type { CommandHandler } from '../../core/handler.js';
import { cftpsgetfile, cftpsputfile } from './file-transfer.js';
import { cftpsget } from './get.js';
import { cftpslist } from './list.js';
import { cftpslogin, cftpslogout } from './login.js';
import { cftpsput } from './put.js';
import { cftpscwd, cftpsdele, cftpsmkd, cftpspwd, cftpsrmd, cftpssize } from './remote-paths.js';
import { cftpsstart, cftpsstop } from './service.js';
import { cftpssingleip, cftpssslcfg, cftpstype } from './settings.js';

export const ftpHandlers: readonly CommandHandler[] = [
  cftpsstart,
  cftpsstop,
  cftpslogin,
  cftpslogout,
  cftpslist,
  cftpsmkd,
  cftpsrmd,
  cftpscwd,
  cftpspwd,
  cftpsdele,
  cftpsgetfile,
  cftpsputfile,
  cftpsget,
  cftpsput,
  cftpssingleip,
  cftpssize,
  cftpstype,
  cftpssslcfg,
];
