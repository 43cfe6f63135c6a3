// Chapter 16: AT commands for MQTT(S).

import type { CommandHandler } from '../../core/handler.js';
import { cmqttaccq, cmqttrel } from './clients.js';
import { cmqttcfg } from './cmqttcfg.js';
import { cmqttconnect } from './cmqttconnect.js';
import { cmqttdisc } from './cmqttdisc.js';
import { cmqttpub } from './cmqttpub.js';
import { cmqttsslcfg } from './cmqttsslcfg.js';
import { cmqttpayload, cmqtttopic } from './publish-input.js';
import { cmqttstart, cmqttstop } from './service.js';
import { cmqttsub, cmqttunsub } from './subscriptions.js';
import { cmqttwillmsg, cmqttwilltopic } from './will.js';

export const mqttHandlers: readonly CommandHandler[] = [
  cmqttstart,
  cmqttstop,
  cmqttaccq,
  cmqttrel,
  cmqttsslcfg,
  cmqttwilltopic,
  cmqttwillmsg,
  cmqttconnect,
  cmqttdisc,
  cmqtttopic,
  cmqttpayload,
  cmqttpub,
  cmqttsub,
  cmqttunsub,
  cmqttcfg,
];
