// Every control action, by subsystem. A subsystem adds its list here (one line).

import type { ControlAction } from './action.js';
import { callActions } from './call-actions.js';
import { cchActions } from './cch-actions.js';
import { fotaActions } from './fota-actions.js';
import { fsActions } from './fs-actions.js';
import { ftpActions } from './ftp-actions.js';
import { gnssActions } from './gnss-actions.js';
import { networkActions } from './network-actions.js';
import { hardwareActions } from './hardware-actions.js';
import { httpActions } from './http-actions.js';
import { internetActions } from './internet-actions.js';
import { mqttActions } from './mqtt-actions.js';
import { mmsActions } from './mms-actions.js';
import { powerActions } from './power-actions.js';
import { serialActions } from './serial-actions.js';
import { simActions } from './sim-actions.js';
import { smsActions } from './sms-actions.js';
import { smtpActions } from './smtp-actions.js';
import { sslActions } from './ssl-actions.js';
import { urcActions } from './urc-actions.js';
import { websocketActions } from './websocket-actions.js';
import { wifiActions } from './wifi-actions.js';

export const CONTROL_ACTIONS: readonly ControlAction[] = [
  ...powerActions,
  ...serialActions,
  ...smsActions,
  ...simActions,
  ...hardwareActions,
  ...networkActions,
  ...callActions,
  ...urcActions,
  ...internetActions,
  ...gnssActions,
  ...wifiActions,
  ...fsActions,
  ...sslActions,
  ...mqttActions,
  ...cchActions,
  ...httpActions,
  ...ftpActions,
  ...smtpActions,
  ...websocketActions,
  ...mmsActions,
  ...fotaActions,
];

export function findAction(name: string): ControlAction | undefined {
  const wanted = name.trim().toLowerCase().replace(/\s+/g, ' ');
  return CONTROL_ACTIONS.find((a) => a.name === wanted);
}
