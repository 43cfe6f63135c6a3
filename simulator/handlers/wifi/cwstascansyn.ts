// SIM767XX §20.2.3 AT+CWSTASCANSYN Asynchronous control command of scan Wi-Fi network.
//   AT+CWSTASCANSYN?   +CWSTASCANSYN: <op>   (1 while a scan runs, 0 otherwise)
//   AT+CWSTASCANSYN=1  OK; when the scan ends (the +CWSTASCANEX settings: rounds, timeout, at
//                      most <scan_max_bssid_num> access points) one URC line per access point,
//                      +CWSTASCANSYN: "<mac_addr>",<channel_number>,<rssi>, then
//                      +CWSTASCANSYN: 0. A scan already running: ERROR.
//   AT+CWSTASCANSYN=0  OK — but, as the manual's NOTE says, the platform cannot end a scan: the
//                      one running goes on and reports.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { scanDurationMs, scanResults } from '../../wifi/scan.js';
import { wifiWorld } from '../../wifi/world.js';

export const cwstascansyn: CommandHandler = {
  name: '+CWSTASCANSYN',
  read: (ctx) => reply(OK, [`+CWSTASCANSYN: ${ctx.state.wifi.async.status === 'scanning' ? 1 : 0}`]),
  write: (ctx) => {
    const wifi = ctx.state.wifi;
    if (ctx.arg('op') !== 1) return reply(OK);
    if (wifi.async.status === 'scanning') return reply(ERROR);
    const settings = { ...wifi.ex };
    const services = ctx.modem;
    const timer = services.setTimer(scanDurationMs(settings), () => {
      wifi.async = { status: 'idle' };
      const found = scanResults(wifiWorld(services).aps, settings);
      services.urc([...found.map((ap) => `+CWSTASCANSYN: "${ap.bssid}",${ap.channel},${ap.rssi}`), '+CWSTASCANSYN: 0']);
    });
    wifi.async = { status: 'scanning', since: services.clock.now(), timer };
    return reply(OK);
  },
};
