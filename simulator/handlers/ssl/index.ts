// Chapter 17: AT commands for SSL — the context configuration and the certificate store, and the
// SSL client (AT+CCH*, simulator/cch/).

import type { CommandHandler } from '../../core/handler.js';
import { cchaddr } from './cchaddr.js';
import { cchcfg } from './cchcfg.js';
import { cchclose } from './cchclose.js';
import { cchmode } from './cchmode.js';
import { cchopen } from './cchopen.js';
import { cchrecv } from './cchrecv.js';
import { cchsend } from './cchsend.js';
import { cchset } from './cchset.js';
import { cchsslcfg } from './cchsslcfg.js';
import { cchstart } from './cchstart.js';
import { cchstop } from './cchstop.js';
import { ccertdele, ccertdown, ccertlist, ccertmove } from './certificates.js';
import { csslcfg } from './csslcfg.js';

export const sslHandlers: readonly CommandHandler[] = [
  csslcfg,
  ccertdown,
  ccertlist,
  ccertdele,
  ccertmove,
  cchset,
  cchmode,
  cchstart,
  cchstop,
  cchaddr,
  cchsslcfg,
  cchcfg,
  cchopen,
  cchclose,
  cchsend,
  cchrecv,
];
