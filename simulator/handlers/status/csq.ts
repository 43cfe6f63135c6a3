// SIM767XX §3.2.2 AT+CSQ Query signal quality: +CSQ: <rssi>,<ber> from the serving cell's
// carrier RSSI (27.007 §8.5 mapping, see simulator/network/signal.ts). <ber> is not measured on
// LTE: 99. Without a cell (RF off, out of coverage, no allowed band): 99,99.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { camped } from '../../network/radio.js';
import { csqFromRssi } from '../../network/signal.js';
import { networkWorld } from '../../network/world.js';

export const csq: CommandHandler = {
  name: '+CSQ',
  exec: (ctx) => {
    const world = networkWorld(ctx.modem);
    const rssi = camped(ctx.state, world) ? csqFromRssi(world.signal.rssi) : 99;
    return reply(OK, [`+CSQ: ${rssi},99`]);
  },
};
