// SIM767XX §19.2.1 AT+CTBURST The TX/RX Burst Test.
//   AT+CTBURST=0                                   +CTBURST: TX/RX OFF, OK, MT000000000000 x2
//   AT+CTBURST=1,<band>,<channel>,<power>          +CTBURST: TX ON, OK, MT000000000000 x2
//   AT+CTBURST=2,<band>,<channel>,<power>[,<bw>]   OK, MT000000000000, +CTBURST: RX <dBm>
// The "MT..." lines are the RF test firmware's status words, printed after OK (as URCs): per
// the NOTE, MT000000000000 normal, MTFE0000000000 "the sending mode is incorrectly configured"
// (here: a band the module does not support, or a channel outside the band's uplink range for
// TX or downlink range for RX — 3GPP TS 36.101 Table 5.5-1), MTFC0000000000 "the working status
// of the terminal is incorrect" (the module is not at +CFUN=0 — the example starts with
// AT+CFUN=0 — or another test is running: "close the previous item first"). A rejected start
// prints OK and the status word only, and changes nothing.
// <channel> is in units of 100 kHz (19200 = 1920.0 MHz); <power> in 0.25 dBm (92 = 23 dBm).
// Deviations: <mode> 2 is marked "nonsupport" in Defined Values but works in the example; the
// example is followed. The RX level reported is the serving cell's RSSI of the network world.
// Mode 1 or 2 without band, channel and power answers ERROR.

import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { networkWorld } from '../../network/world.js';

export const MT_OK = 'MT000000000000';
export const MT_BAD_MODE = 'MTFE0000000000';
export const MT_BAD_STATE = 'MTFC0000000000';

/** E-UTRA operating bands: uplink and downlink ranges in MHz (TS 36.101 Table 5.5-1); TDD bands share one. */
export const LTE_BANDS: Readonly<Record<number, { ul: [number, number]; dl: [number, number] }>> = {
  1: { ul: [1920, 1980], dl: [2110, 2170] },
  2: { ul: [1850, 1910], dl: [1930, 1990] },
  3: { ul: [1710, 1785], dl: [1805, 1880] },
  4: { ul: [1710, 1755], dl: [2110, 2155] },
  5: { ul: [824, 849], dl: [869, 894] },
  7: { ul: [2500, 2570], dl: [2620, 2690] },
  8: { ul: [880, 915], dl: [925, 960] },
  12: { ul: [699, 716], dl: [729, 746] },
  13: { ul: [777, 787], dl: [746, 756] },
  18: { ul: [815, 830], dl: [860, 875] },
  19: { ul: [830, 845], dl: [875, 890] },
  20: { ul: [832, 862], dl: [791, 821] },
  25: { ul: [1850, 1915], dl: [1930, 1995] },
  26: { ul: [814, 849], dl: [859, 894] },
  28: { ul: [703, 748], dl: [758, 803] },
  34: { ul: [2010, 2025], dl: [2010, 2025] },
  38: { ul: [2570, 2620], dl: [2570, 2620] },
  39: { ul: [1880, 1920], dl: [1880, 1920] },
  40: { ul: [2300, 2400], dl: [2300, 2400] },
  41: { ul: [2496, 2690], dl: [2496, 2690] },
  66: { ul: [1710, 1780], dl: [2110, 2200] },
};

export const ctburst: CommandHandler = {
  name: '+CTBURST',
  write: (ctx) => {
    const t = ctx.state.ctburst;
    const [mode, band, channel, power, bandwidth] = ctx.args as Array<number | undefined>;
    if (mode === 0) {
      t.burst = { status: 'off' };
      return reply(OK, ['+CTBURST: TX/RX OFF'], [urcEffect(MT_OK), urcEffect(MT_OK)]);
    }
    if (band === undefined || channel === undefined || power === undefined) return reply(ERROR);
    if (ctx.state.network.functionality !== 0 || t.burst.status !== 'off') return reply(OK, [], [urcEffect(MT_BAD_STATE)]);
    const ranges = ctx.modem.profile.network.supportedBands.includes(band) ? LTE_BANDS[band] : undefined;
    const mhz = channel / 10;
    const range = ranges?.[mode === 1 ? 'ul' : 'dl'];
    if (!range || mhz < range[0] || mhz > range[1]) return reply(OK, [], [urcEffect(MT_BAD_MODE)]);
    if (mode === 1) {
      t.burst = { status: 'tx', band, channel, powerQdbm: power };
      return reply(OK, ['+CTBURST: TX ON'], [urcEffect(MT_OK), urcEffect(MT_OK)]);
    }
    t.burst = { status: 'rx', band, channel, bandwidth };
    const rssi = networkWorld(ctx.modem).signal.rssi;
    return reply(OK, [], [urcEffect(MT_OK), urcEffect(`+CTBURST: RX ${Math.round(rssi)}`)]);
  },
};
