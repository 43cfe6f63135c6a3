// SIM767XX §5.2.12 AT+CPING Ping destination address.
//
// AT+CPING=<dest_addr>,<dest_addr_type>[,<num_pings>[,<data_packet_size>[,<interval_time>
// [,<wait_time>[,<TTL>]]]]]: answers OK, then pings over the active PDN connection: one echo
// request every <interval_time> ms (default 2000), each answered by
//   +CPING: 1,<resolved_ip_addr>,<data_packet_size>,<rtt>,<TTL>   (reply within <wait_time>)
//   +CPING: 2                                                     (no reply: time out)
// and after the last one the summary
//   +CPING: 3,<num_pkts_sent>,<num_pkts_recvd>,<num_pkts_lost>,<min_rtt>,<max_rtt>,<avg_rtt>
// (the manual's example: four "+CPING: 2" then "+CPING: 3,4,0,4,0,0,0"). Defaults: 4 pings, 64
// bytes, 10000 ms wait, TTL 255. <dest_addr_type> 2 (IPv6) is "reserved": ERROR. Without an
// active context or registration: ERROR.
//
// The simulated internet (world.internet): every name resolves (fixed hosts, else a stable
// TEST-NET-3 address), answers after `rttMs` plus 1 ms per 16 bytes, with `replyTtl`, unless
// listed as unreachable; nothing answers while the module is not registered.
//
// The table's write slots are OCR-damaged ("<inte[,<wait_time>" swallows <interval_time>); the
// handler checks its own arguments.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { isRegistered } from '../../network/radio.js';
import { isReachable, networkWorld, resolveHost } from '../../network/world.js';
import { activeCids } from '../../state/packet.js';
import { parseArgs } from '../network/args.js';

export const cping: CommandHandler = {
  name: '+CPING',
  argumentCheck: 'own',
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      { name: 'dest_addr', kind: 'string', maxLength: 255 },
      { name: 'dest_addr_type', kind: 'int', values: [1, 2] },
      { name: 'num_pings', kind: 'int', optional: true, min: 1, max: 5 },
      { name: 'data_packet_size', kind: 'int', optional: true, min: 4, max: 188 },
      { name: 'interval_time', kind: 'int', optional: true, min: 1000, max: 10000 },
      { name: 'wait_time', kind: 'int', optional: true, min: 10000, max: 100000 },
      { name: 'TTL', kind: 'int', optional: true, min: 16, max: 255 },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [dest, type, count = 4, size = 64, interval = 2000, wait = 10000] = parsed.values as [string, number, number?, number?, number?, number?];
    if (type !== 1 || dest === '') return reply(ERROR);
    if (!isRegistered(ctx.state) || activeCids(ctx.state.packet).length === 0) return reply(ERROR);
    const services = ctx.modem;
    const state = ctx.state;
    const world = networkWorld(services);
    const address = resolveHost(world, dest);
    const rtts: number[] = [];
    let done = 0;
    const finish = () => {
      const recvd = rtts.length;
      const min = recvd ? Math.min(...rtts) : 0;
      const max = recvd ? Math.max(...rtts) : 0;
      const avg = recvd ? Math.round(rtts.reduce((a, b) => a + b, 0) / recvd) : 0;
      services.urc(`+CPING: 3,${count},${recvd},${count - recvd},${min},${max},${avg}`);
    };
    const result = (line: string, rtt?: number) => {
      if (rtt !== undefined) rtts.push(rtt);
      services.urc(line);
      if (++done === count) finish();
    };
    for (let k = 0; k < count; k++) {
      services.setTimer(k * interval, () => {
        const answers = isRegistered(state) && activeCids(state.packet).length > 0 && isReachable(world, dest, address);
        const rtt = world.internet.rttMs + Math.round(size / 16);
        if (answers && rtt < wait) {
          services.setTimer(rtt, () => result(`+CPING: 1,${address},${size},${rtt},${world.internet.replyTtl}`, rtt));
        } else {
          services.setTimer(wait, () => result('+CPING: 2'));
        }
      });
    }
    services.log(`packet: ping ${dest} (${address}) x${count}`);
    return reply(OK);
  },
};
