// Every slice of ModemState, in creation order. A subsystem adds its slice here (one line).

import { ctburstSlice } from './ctburst.js';
import { gnssSlice } from './gnss.js';
import { hardwareSlice } from './hardware.js';
import { httpSlice } from './http.js';
import { identitySlice } from './identity.js';
import { mmsSlice } from './mms.js';
import type { SliceDefinition, SliceKey } from './modem-state.js';
import { callsSlice } from './calls.js';
import { cchSlice } from './cch.js';
import { fotaSlice } from './fota.js';
import { fsSlice } from './fs.js';
import { ftpSlice } from './ftp.js';
import { networkSlice } from './network.js';
import { packetSlice } from './packet.js';
import { serialSlice } from './serial.js';
import { simSlice } from './sim.js';
import { smsSlice } from './sms.js';
import { mqttSlice } from './mqtt.js';
import { smtpSlice } from './smtp.js';
import { sslSlice } from './ssl.js';
import { tcpipSlice } from './tcpip.js';
import { timeServiceSlice } from './time-service.js';
import { v250Slice } from './v250.js';
import { websocketSlice } from './websocket.js';
import { wifiSlice } from './wifi.js';

export const SLICES: ReadonlyArray<SliceDefinition<SliceKey>> = [
  v250Slice,
  identitySlice,
  simSlice,
  networkSlice,
  serialSlice,
  smsSlice,
  hardwareSlice,
  packetSlice,
  callsSlice,
  tcpipSlice,
  timeServiceSlice,
  gnssSlice,
  wifiSlice,
  ctburstSlice,
  fsSlice,
  sslSlice,
  mqttSlice,
  cchSlice,
  httpSlice,
  ftpSlice,
  smtpSlice,
  websocketSlice,
  mmsSlice,
  fotaSlice,
] as unknown as ReadonlyArray<SliceDefinition<SliceKey>>;
