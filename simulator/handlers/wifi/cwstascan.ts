// SIM767XX §20.2.1 AT+CWSTASCAN Scan WIFI network, §20.2.2 AT+CWSTASCANEX Scan WIFI network
// extension command.
//   AT+CWSTASCAN?                 +CWSTASCAN: <flag_show_signal>
//   AT+CWSTASCAN=<0|1>            OK
//   AT+CWSTASCAN                  a scan (one round, 1.56 s: simulator/wifi/scan.ts), then
//                                 "+CWSTASCAN:" and one line per access point,
//                                 <bssid>,<channel_num>[,<signal>], strongest first, then OK
//   AT+CWSTASCANEX?               +CWSTASCANEX: <flag>,<rounds>,<max bssid>,<timeout>,<priority>
//   AT+CWSTASCANEX=<flag>[,<rounds>[,<max bssid>[,<timeout>[,<priority>]]]]  OK (omitted: kept)
//   AT+CWSTASCANEX                a scan with those settings, answered like AT+CWSTASCAN
// The result lines follow the examples: the header alone on its line, the access points below
// it without a prefix. With the flag 0 the level is left out with its comma. No access point
// heard: OK alone (the response's brackets make the list optional).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { FACTORY_SCAN } from '../../state/wifi.js';
import { scanDurationMs, scanResults, type ScanSettings } from '../../wifi/scan.js';
import { wifiWorld } from '../../wifi/world.js';

async function scan(ctx: CommandContext, prefix: string, settings: ScanSettings) {
  await ctx.modem.clock.sleep(scanDurationMs(settings));
  const found = scanResults(wifiWorld(ctx.modem).aps, settings);
  if (found.length === 0) return reply(OK);
  return reply(OK, [`${prefix}:`, ...found.map((ap) => (settings.show ? `${ap.bssid},${ap.channel},${ap.rssi}` : `${ap.bssid},${ap.channel}`))]);
}

export const cwstascan: CommandHandler = {
  name: '+CWSTASCAN',
  read: (ctx) => reply(OK, [`+CWSTASCAN: ${ctx.state.wifi.showSignal}`]),
  write: (ctx) => {
    ctx.state.wifi.showSignal = ctx.arg('flag_show_signal') === 1 ? 1 : 0;
    return reply(OK);
  },
  exec: (ctx) => scan(ctx, '+CWSTASCAN', { ...FACTORY_SCAN, show: ctx.state.wifi.showSignal }),
};

export const cwstascanex: CommandHandler = {
  name: '+CWSTASCANEX',
  read: (ctx) => {
    const s = ctx.state.wifi.ex;
    return reply(OK, [`+CWSTASCANEX: ${s.show},${s.rounds},${s.maxBssid},${s.timeoutS},${s.priority}`]);
  },
  write: (ctx) => {
    const s = ctx.state.wifi.ex;
    const [show, rounds, maxBssid, timeoutS, priority] = ctx.args as Array<number | undefined>;
    s.show = show === 1 ? 1 : 0;
    if (rounds !== undefined) s.rounds = rounds;
    if (maxBssid !== undefined) s.maxBssid = maxBssid;
    if (timeoutS !== undefined) s.timeoutS = timeoutS;
    if (priority !== undefined) s.priority = priority === 1 ? 1 : 0;
    return reply(OK);
  },
  exec: (ctx) => scan(ctx, '+CWSTASCANEX', { ...ctx.state.wifi.ex }),
};
