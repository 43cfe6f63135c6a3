// SIM767XX §16.2.15 AT+CMQTTCFG Configure the MQTT Context.
//
// Per client ("It must be called before AT+CMQTTCONNECT and after AT+CMQTTACCQ. The setting will
// be cleared after AT+CMQTTREL"): ERROR when the service is not started, the client not acquired,
// or it is connected (or connecting); else OK.
//   AT+CMQTTCFG="checkUTF8",<index>,<checkUTF8_flag>  1 (default): topics and messages typed at
//                                                     the prompt must be UTF-8
//   AT+CMQTTCFG="optimeout",<index>,<optimeout_val>   20-120 s (default 120): the longest wait for
//                                                     the server (CONNACK, SUBACK...) and for input
//   AT+CMQTTCFG="version",<index>,<version>           3 MQTT 3.1 (default), 4 MQTT 3.1.1
// Contexts (AT+CMQTTSTART uses one, each client connects over one), which may be set before
// AT+CMQTTSTART (our reading: "cid" chooses what AT+CMQTTSTART activates, so it cannot need it):
//   AT+CMQTTCFG="cid"[,<cid>]              the context AT+CMQTTSTART starts on; without <cid>
//                                          "+CMQTTCFG: "CID",<cid>"
//   AT+CMQTTCFG="scid"[,<index>[,<cid>]]   the context client <index> connects over (default:
//                                          the service's); without <cid> "+CMQTTCFG: "SCID",
//                                          <index>,<cid>", without both one line per client
// AT+CMQTTCFG? prints "+CMQTTCFG: <index>,<checkUTF8_flag>,<optimeout_val>" per client (the
// service started, else ERROR).

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { clientCid } from '../../state/mqtt.js';
import { intArg, serviceStarted } from './common.js';

export const cmqttcfg: CommandHandler = {
  name: '+CMQTTCFG',
  read: (ctx) => {
    if (!serviceStarted(ctx)) return reply(ERROR);
    return reply(
      OK,
      ctx.state.mqtt.clients.map((c, i) => `+CMQTTCFG: ${i},${c.config.checkUtf8},${c.config.opTimeoutS}`),
    );
  },
  write: (ctx) => {
    const m = ctx.state.mqtt;
    const keyword = String(ctx.args[0]).toUpperCase();
    if (keyword === 'CID') {
      const cid = intArg(ctx, 'cid');
      if (cid === undefined) return reply(OK, [`+CMQTTCFG: "CID",${m.cid}`]);
      m.cid = cid;
      return reply(OK);
    }
    const index = intArg(ctx, 'index');
    if (keyword === 'SCID') {
      const cid = intArg(ctx, 'cid');
      if (index === undefined) return reply(OK, m.clients.map((_, i) => `+CMQTTCFG: "SCID",${i},${clientCid(m, i)}`));
      if (cid === undefined) return reply(OK, [`+CMQTTCFG: "SCID",${index},${clientCid(m, index)}`]);
      m.scid[index] = cid;
      return reply(OK);
    }
    const slot = m.clients[index!]!;
    if (!serviceStarted(ctx) || !slot.acquired || slot.connection.status !== 'disconnected') return reply(ERROR);
    if (keyword === 'CHECKUTF8') slot.config.checkUtf8 = intArg(ctx, 'checkutf8_flag')!;
    else if (keyword === 'OPTIMEOUT') slot.config.opTimeoutS = intArg(ctx, 'optimeout_val')!;
    else slot.config.version = intArg(ctx, 'version')!;
    return reply(OK);
  },
};
