// Chapter 13: AT commands for TCP/IP.

import type { CommandHandler } from '../../core/handler.js';
import { cdnscfg } from './cdnscfg.js';
import { cdnsgip } from './cdnsgip.js';
import { cipack } from './cipack.js';
import { cipccfg } from './cipccfg.js';
import { cipcfg } from './cipcfg.js';
import { cipclose } from './cipclose.js';
import { cipmode } from './cipmode.js';
import { cipopen } from './cipopen.js';
import { ciprxget } from './ciprxget.js';
import { cipsend } from './cipsend.js';
import { ciptimeout } from './ciptimeout.js';
import { csocksetpn } from './csocksetpn.js';
import { ctcpka } from './ctcpka.js';
import { ipaddr } from './ipaddr.js';
import { netclose } from './netclose.js';
import { netopen } from './netopen.js';
import { ciphead, cipsrip } from './receive-format.js';
import { serverstart, serverstop } from './server.js';

export const tcpipHandlers: readonly CommandHandler[] = [
  netopen,
  netclose,
  cipopen,
  cipsend,
  ciprxget,
  cipclose,
  ipaddr,
  ciphead,
  cipsrip,
  cipmode,
  ciptimeout,
  cipccfg,
  cipcfg,
  serverstart,
  serverstop,
  cipack,
  cdnsgip,
  csocksetpn,
  ctcpka,
  cdnscfg,
];
