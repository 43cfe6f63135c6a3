// The Wi-Fi access points around the module (manual chapter 20): what a scan can hear. Kept in
// the Modem's attachments like the network world — it survives module restarts and only the
// control action "set wifi aps" changes it. The default is the list of the manual's AT+CWSTASCAN
// example (§20.2.1).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';

export interface AccessPoint {
  /** MAC address, upper-case hex pairs with colons: "50:FA:84:AF:C8:B9". */
  bssid: string;
  /** 2.4 GHz channel 1-14. */
  channel: number;
  /** Received level, dBm. */
  rssi: number;
  ssid?: string;
}

export interface WifiWorld {
  aps: AccessPoint[];
}

export const MANUAL_ACCESS_POINTS: readonly AccessPoint[] = [
  { bssid: '50:FA:84:AF:C8:B9', channel: 11, rssi: -61 },
  { bssid: '86:40:BB:00:2E:AD', channel: 11, rssi: -65 },
  { bssid: '1C:15:1F:55:56:7A', channel: 1, rssi: -76 },
  { bssid: 'B0:D5:9D:AF:57:A1', channel: 6, rssi: -79 },
  { bssid: '30:7B:AC:6C:F9:B0', channel: 1, rssi: -81 },
];

const WIFI_WORLD = new AttachmentKey<WifiWorld>('wifi-world');

export function wifiWorld(services: Pick<ModemServices, 'instance'>): WifiWorld {
  return services.instance.attachments.getOrCreate(WIFI_WORLD, () => ({ aps: MANUAL_ACCESS_POINTS.map((a) => ({ ...a })) }));
}
