// SIM767XX §13.2.3 AT+CIPOPEN Establish Connection in Multi-Socket Mode.
//
// AT+CIPOPEN=<link_num>,"TCP",<serverip>,<serverport>[,<localport>] connects link 0-3 to a TCP
// server over the context of the link (AT+CIPCFG "SCID", default 1), on a real socket of the host
// (simulator/internet/internet.ts). Non-transparent: OK at once, then "+CIPOPEN: <link>,<err>"
// when the connection is up (0) or failed: 1 network failure (refused, reset), 10 timeout
// (AT+CIPTIMEOUT <cipopen_timeout>, default 120 s; an address that is not reachable from here
// never answers), 11 DNS parse failed. Transparent (AT+CIPMODE=1 when AT+NETOPEN ran; link 0
// only): the command waits, then "CONNECT <rate>" and the channel is in data mode, or
// "CONNECT FAIL". The <text> of CONNECT is the UART rate, as V.250 modems report their line speed.
// AT+CIPOPEN=<link_num>,"UDP",,,<localport> binds a UDP socket: "+CIPOPEN: <link>,0" OK, or
// "+CIPOPEN: <link>,6" ERROR if the port cannot be bound.
// Refusals before anything is opened: "+CIPOPEN: <link>,<err>" ERROR with 2 network not opened
// (no AT+NETOPEN on the link's context), 1 network failure (the service broke), 3 wrong parameter
// (transparent mode and <link_num> > 0), 4 operation not supported (the link is in use, or UDP in
// transparent mode: the manual describes transparent mode for TCP only).
// AT+CIPOPEN? lists each link: "+CIPOPEN: <link>" alone when it is not connected, else
// "+CIPOPEN: <link>,<type>,<serverip>,<serverport>,<index>" (index -1 client, 0-1 the server that
// accepted it); a UDP link has no server: "+CIPOPEN: <link>,"UDP",,,-1" (our reading: the
// manual shows no UDP line).
//
// argumentCheck 'own': "+IP ERROR: Invalid parameter" for a <link_num> above 3 (manual, case 2)
// where the table's range check would answer a bare ERROR; the rest is checked against the
// table's two syntax lines exactly as the engine does.

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { basic, ERROR, OK } from '../../core/result.js';
import { InternetError, internetOf } from '../../internet/internet.js';
import { matchArguments, slotListsFor, splitArguments } from '../../spec/arguments.js';
import { ERR, ERR_INFO } from '../../tcpip/errors.js';
import { attachTcp, attachUdp, resetLink, samePowerCycle } from '../../tcpip/links.js';
import { transparentSession } from '../../tcpip/transparent.js';
import { ipErrorReply, linkCid } from './common.js';

function errOf(e: unknown): number {
  if (!(e instanceof InternetError)) return ERR.UNKNOWN;
  switch (e.code) {
    case 'dns':
      return ERR.DNS_FAILED;
    case 'timeout':
      return ERR.TIMEOUT;
    case 'bind':
      return ERR.BIND_FAILED;
    default:
      return ERR.NETWORK_FAILURE;
  }
}

async function open(ctx: CommandContext): Promise<HandlerResult> {
  const split = splitArguments(ctx.argText);
  if (!split.ok) return reply(ERROR);
  const first = split.tokens[0];
  if (first && !first.quoted && /^\d+$/.test(first.text) && Number(first.text) > 3) return ipErrorReply(ctx, ERR_INFO.INVALID_PARAMETER);
  const matched = matchArguments(ctx.spec, slotListsFor(ctx.spec, 'write'), split.tokens);
  if (!matched.ok) return reply(ERROR);
  const [n, typeText, host, port, localPort] = matched.values as [number, string, string | undefined, number | undefined, number | undefined];
  const type = typeText.toUpperCase() as 'TCP' | 'UDP';
  const { state, modem: services } = ctx;
  const t = state.tcpip;
  const cid = linkCid(ctx, n);
  const refuse = (err: number) => reply(ERROR, [`+CIPOPEN: ${n},${err}`]);
  const service = t.service[cid];
  if (!service || service.status === 'opening') return refuse(ERR.NETWORK_NOT_OPENED);
  if (service.status === 'broken') return refuse(ERR.NETWORK_FAILURE);
  if (service.transparent && n > 0) return refuse(ERR.WRONG_PARAMETER);
  if (t.links[n]!.lifecycle) return refuse(ERR.NOT_SUPPORTED);
  if (service.transparent && type === 'UDP') return refuse(ERR.NOT_SUPPORTED);
  const bearer = { cid, address: service.address };
  const internet = internetOf(services);
  resetLink(state, n);
  const slot = t.links[n]!;

  if (type === 'UDP') {
    slot.lifecycle = { status: 'opening', type, cid, transparent: false };
    try {
      const socket = await internet.openUdp({ bearer, localPort: localPort ?? 0 });
      if (!samePowerCycle(services, state)) {
        socket.abort('power-off');
        return reply(ERROR);
      }
      slot.lifecycle = { status: 'open', type, cid, localPort: socket.localPort, serverIndex: -1, transparent: false };
      attachUdp(state, services, n, socket);
      services.log(`tcpip: link ${n} UDP bound to module port ${socket.localPort} (host port ${socket.hostPort})`);
      return reply(OK, [`+CIPOPEN: ${n},${ERR.OK}`]);
    } catch (e) {
      slot.lifecycle = undefined;
      return refuse(errOf(e));
    }
  }

  const remote = { address: host!, port: port! };
  const connect = () => internet.openTcp({ bearer, host: host!, port: port!, timeoutMs: t.timeouts.cipopen, services, localPort: localPort ?? 0 });
  slot.lifecycle = { status: 'opening', type, cid, remote, transparent: service.transparent };

  if (service.transparent) {
    try {
      const conn = await connect();
      if (!samePowerCycle(services, state) || slot.lifecycle?.status !== 'opening') {
        conn.abort('local');
        return reply({ kind: 'text', text: 'CONNECT FAIL', isError: true });
      }
      slot.lifecycle = { status: 'open', type, cid, remote: conn.remote, localPort: conn.localPort, serverIndex: -1, transparent: true };
      attachTcp(state, services, n, conn);
      return reply(basic('CONNECT', String(state.serial.baud)), [], [{ type: 'data-mode', open: transparentSession(state, services, n, conn) }]);
    } catch (e) {
      if (slot.lifecycle?.status === 'opening') slot.lifecycle = undefined;
      services.log(`tcpip: link ${n} connect failed: ${String(e)}`);
      return reply({ kind: 'text', text: 'CONNECT FAIL', isError: true });
    }
  }

  const run = async () => {
    try {
      const conn = await connect();
      if (!samePowerCycle(services, state) || slot.lifecycle?.status !== 'opening') {
        conn.abort('local');
        return;
      }
      slot.lifecycle = { status: 'open', type, cid, remote: conn.remote, localPort: conn.localPort, serverIndex: -1, transparent: false };
      attachTcp(state, services, n, conn);
      services.log(`tcpip: link ${n} connected to ${conn.remote.address}:${conn.remote.port}`);
      services.urc(`+CIPOPEN: ${n},${ERR.OK}`);
    } catch (e) {
      if (!samePowerCycle(services, state) || slot.lifecycle?.status !== 'opening') return;
      slot.lifecycle = undefined;
      services.log(`tcpip: link ${n} connect failed: ${String(e)}`);
      services.urc(`+CIPOPEN: ${n},${errOf(e)}`);
    }
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

function listing(ctx: CommandContext): string[] {
  return ctx.state.tcpip.links.map((slot, n) => {
    const link = slot.lifecycle;
    if (!link || link.status !== 'open') return `+CIPOPEN: ${n}`;
    if (link.type === 'UDP') return `+CIPOPEN: ${n},"UDP",,,-1`;
    return `+CIPOPEN: ${n},"TCP","${link.remote!.address}",${link.remote!.port},${link.serverIndex}`;
  });
}

export const cipopen: CommandHandler = {
  name: '+CIPOPEN',
  argumentCheck: 'own', // "+IP ERROR: Invalid parameter" for <link_num> > 3 (see the file comment)
  read: (ctx) => reply(OK, listing(ctx)),
  write: open,
};
