// Chapter 22: AT commands for SMTPS — composing an e-mail and sending it through an SMTP server
// (simulator/smtp/).

import type { CommandHandler } from '../../core/handler.js';
import { csmtpsauth } from './csmtpsauth.js';
import { csmtpsbch } from './csmtpsbch.js';
import { csmtpsbody } from './csmtpsbody.js';
import { csmtpscfg } from './csmtpscfg.js';
import { csmtpsclean } from './csmtpsclean.js';
import { csmtpsfile } from './csmtpsfile.js';
import { csmtpsfrom } from './csmtpsfrom.js';
import { csmtpsrcpt } from './csmtpsrcpt.js';
import { csmtpssend } from './csmtpssend.js';
import { csmtpssrv } from './csmtpssrv.js';
import { csmtpsstop } from './csmtpsstop.js';
import { csmtpssub } from './csmtpssub.js';

export const smtpHandlers: readonly CommandHandler[] = [
  csmtpscfg,
  csmtpssrv,
  csmtpsauth,
  csmtpsfrom,
  csmtpsrcpt,
  csmtpssub,
  csmtpsbody,
  csmtpsbch,
  csmtpsfile,
  csmtpssend,
  csmtpsstop,
  csmtpsclean,
];
