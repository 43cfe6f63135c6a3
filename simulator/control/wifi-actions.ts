// Control actions of the Wi-Fi world (manual chapter 20):
//
//   set wifi aps --json '[{"bssid":"50:FA:84:AF:C8:B9","channel":11,"rssi":-61}, ...]'
//                       the access points a scan can hear (replaces the list)
//   wifi status         the access points and the scan settings

import type { Modem } from '../core/modem.js';
import { wifiWorld, type AccessPoint } from '../wifi/world.js';
import { ControlError, type ControlAction } from './action.js';

function parseAps(text: string): AccessPoint[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ControlError(`--json must be a JSON array of access points: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw)) throw new ControlError('--json must be an array of {"bssid":"AA:BB:CC:DD:EE:FF","channel":1-14,"rssi":dBm}');
  return raw.map((x, i) => {
    const o = (x ?? {}) as Record<string, unknown>;
    const bssid = typeof o.bssid === 'string' ? o.bssid.toUpperCase() : '';
    if (!/^[0-9A-F]{2}(:[0-9A-F]{2}){5}$/.test(bssid)) throw new ControlError(`access point ${i + 1}: "bssid" must be a MAC address like 50:FA:84:AF:C8:B9`);
    const channel = o.channel;
    if (typeof channel !== 'number' || !Number.isInteger(channel) || channel < 1 || channel > 14) throw new ControlError(`access point ${i + 1}: "channel" must be 1-14`);
    const rssi = o.rssi;
    if (typeof rssi !== 'number' || !Number.isInteger(rssi) || rssi < -120 || rssi > 0) throw new ControlError(`access point ${i + 1}: "rssi" must be a whole number of dBm, -120..0`);
    return typeof o.ssid === 'string' ? { bssid, channel, rssi, ssid: o.ssid } : { bssid, channel, rssi };
  });
}

function status(modem: Modem) {
  return { aps: wifiWorld(modem.services()).aps, settings: { showSignal: modem.state.wifi.showSignal, ex: modem.state.wifi.ex }, asyncScan: modem.state.wifi.async.status };
}

export const wifiActions: readonly ControlAction[] = [
  {
    name: 'set wifi aps',
    summary: 'The Wi-Fi access points around the module (what +CWSTASCAN hears)',
    params: { json: { type: 'string', description: '[{"bssid":"50:FA:84:AF:C8:B9","channel":11,"rssi":-61}, ...]', required: true } },
    run: (modem, p) => {
      wifiWorld(modem.services()).aps = parseAps(String(p.json));
      return status(modem);
    },
  },
  {
    name: 'wifi status',
    summary: 'Access points around the module and the scan settings',
    params: {},
    run: (modem) => status(modem),
  },
];
