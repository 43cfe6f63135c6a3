// SIM767XX §13.2.14 AT+SERVERSTART Startup TCP Sever, §13.2.15 AT+SERVERSTOP Stop TCP Sever.
//
// AT+SERVERSTART=<port>,<server_index>[,<backlog>] listens on module port 10000-10015 with server
// 0-1, on a real port of the host: by default the same number on 127.0.0.1, or another one per
// the control action "set internet" (listenPorts ephemeral, portMap); "internet status" reports
// which host port serves it (simulator/internet/endpoints.ts). A client that connects takes the
// lowest free link and is announced with "+CLIENT: <link_num>,<server_index>,<client_IP>:<port>"
// (§13.4); with no link free it is refused. Its data and closing follow the link rules
// (simulator/tcpip/links.ts). Refusals: "+CIPERROR: <err>" ERROR with 2 network not opened,
// 7 "TCP server is already listening" (the index is in use), 6 failed to bind (the host port is
// taken). The server rides the socket service's context (AT+CSOCKSETPN's, else the lowest open).
// AT+SERVERSTART? lists "+SERVERSTART: <server_index>,<port>" per open server; "+CIPERROR: 2"
// ERROR without the socket service.
// AT+SERVERSTOP=<server_index>: OK then "+SERVERSTOP: <server_index>,0" (the manual's general
// case 3); "+SERVERSTOP: <server_index>,<err>" ERROR when it is not open (4) or links it accepted
// are still open (9 "Sockets opened": "all sockets ... must be closed first").

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { InternetError, internetOf } from '../../internet/internet.js';
import { openService } from '../../state/tcpip.js';
import { ERR } from '../../tcpip/errors.js';
import { attachTcp, resetLink, samePowerCycle, socketsOf } from '../../tcpip/links.js';
import { anyOpenCid } from './common.js';

const refuse = (err: number) => reply(ERROR, [`+CIPERROR: ${err}`]);

async function start(ctx: CommandContext) {
  const port = ctx.arg('port') as number;
  const index = ctx.arg('server_index') as number;
  const backlog = (ctx.arg('backlog') as number | undefined) ?? 3;
  const { state, modem: services } = ctx;
  const t = state.tcpip;
  const cid = anyOpenCid(ctx);
  if (cid === undefined) return refuse(ERR.NETWORK_NOT_OPENED);
  if (t.servers[index]) return refuse(ERR.SERVER_LISTENING);
  const bearer = { cid, address: openService(t, cid)!.address };
  t.servers[index] = { port, backlog, cid };
  let listener;
  try {
    listener = await internetOf(services).listenTcp({ bearer, port, backlog });
  } catch (e) {
    t.servers[index] = undefined;
    services.log(`tcpip: server ${index} cannot listen on ${port}: ${String(e)}`);
    return refuse(e instanceof InternetError && e.code === 'bind' ? ERR.BIND_FAILED : ERR.UNKNOWN);
  }
  if (!samePowerCycle(services, state)) {
    listener.abort('power-off');
    return reply(ERROR);
  }
  socketsOf(services).servers[index] = listener;
  services.log(`tcpip: server ${index} listening on module port ${port} (host ${internetOf(services).options.listenHost}:${listener.hostPort})`);
  listener.onClose(() => {
    if (socketsOf(services).servers[index] === listener) {
      socketsOf(services).servers[index] = undefined;
      if (samePowerCycle(services, state)) t.servers[index] = undefined;
    }
  });
  listener.onConnection((conn) => {
    if (!samePowerCycle(services, state)) return conn.abort('power-off');
    const n = t.links.findIndex((s) => s.lifecycle === undefined);
    if (n < 0) {
      services.log(`tcpip: server ${index} refused ${conn.remote.address}:${conn.remote.port}: no free link`);
      return conn.abort('local');
    }
    resetLink(state, n);
    t.links[n]!.lifecycle = { status: 'open', type: 'TCP', cid, remote: conn.remote, localPort: port, serverIndex: index, transparent: false };
    attachTcp(state, services, n, conn);
    services.urc(`+CLIENT: ${n},${index},${conn.remote.address}:${conn.remote.port}`);
  });
  return reply(OK);
}

export const serverstart: CommandHandler = {
  name: '+SERVERSTART',
  read: (ctx) => {
    if (anyOpenCid(ctx) === undefined) return refuse(ERR.NETWORK_NOT_OPENED);
    const lines: string[] = [];
    ctx.state.tcpip.servers.forEach((s, i) => s && lines.push(`+SERVERSTART: ${i},${s.port}`));
    return reply(OK, lines);
  },
  write: start,
};

export const serverstop: CommandHandler = {
  name: '+SERVERSTOP',
  write: (ctx) => {
    const index = ctx.arg('server_index') as number;
    const t = ctx.state.tcpip;
    const fail = (err: number) => reply(ERROR, [`+SERVERSTOP: ${index},${err}`]);
    if (!t.servers[index]) return fail(ERR.NOT_SUPPORTED);
    if (t.links.some((s) => s.lifecycle?.status === 'open' && s.lifecycle.serverIndex === index)) return fail(ERR.SOCKETS_OPENED);
    const runtime = socketsOf(ctx.modem);
    runtime.servers[index]?.close();
    runtime.servers[index] = undefined;
    t.servers[index] = undefined;
    return reply(OK, [], [{ type: 'urc', lines: [`+SERVERSTOP: ${index},${ERR.OK}`], delayMs: 0 }]);
  },
};
