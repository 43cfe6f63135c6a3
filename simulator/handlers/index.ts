// Every built-in handler, by chapter. A subsystem adds its chapter's list here (one line).

import type { CommandHandler } from '../core/handler.js';
import { ctburstHandlers } from './ctburst/index.js';
import { fileTransferHandlers } from './file-transfer/index.js';
import { fotaHandlers } from './fota/index.js';
import { fsHandlers } from './fs/index.js';
import { ftpHandlers } from './ftp/index.js';
import { gnssHandlers } from './gnss/index.js';
import { hardwareHandlers } from './hardware/index.js';
import { httpHandlers } from './http/index.js';
import { internetServiceHandlers } from './internet-service/index.js';
import { mqttHandlers } from './mqtt/index.js';
import { mmsHandlers } from './mms/index.js';
import { networkHandlers } from './network/index.js';
import { packetHandlers } from './packet/index.js';
import { serialHandlers } from './serial/index.js';
import { simHandlers } from './sim/index.js';
import { smsHandlers } from './sms/index.js';
import { smtpHandlers } from './smtp/index.js';
import { sslHandlers } from './ssl/index.js';
import { statusHandlers } from './status/index.js';
import { tcpipHandlers } from './tcpip/index.js';
import { v25terHandlers } from './v25ter/index.js';
import { websocketHandlers } from './websocket/index.js';
import { wifiHandlers } from './wifi/index.js';

export const ALL_HANDLERS: readonly CommandHandler[] = [
  ...v25terHandlers,
  ...statusHandlers,
  ...simHandlers,
  ...serialHandlers,
  ...smsHandlers,
  ...hardwareHandlers,
  ...networkHandlers,
  ...packetHandlers,
  ...tcpipHandlers,
  ...internetServiceHandlers,
  ...ctburstHandlers,
  ...wifiHandlers,
  ...gnssHandlers,
  ...sslHandlers,
  ...fsHandlers,
  ...fileTransferHandlers,
  ...mqttHandlers,
  ...httpHandlers,
  ...ftpHandlers,
  ...smtpHandlers,
  ...websocketHandlers,
  ...mmsHandlers,
  ...fotaHandlers,
];
