// SIM767XX §17.2.12 AT+CCHOPEN Connect to server.
//
// AT+CCHOPEN=<session_id>,"<host>",<port>[,<client_type>[,<bind_port>]] connects session 0-1 to
// a server over the context of the session (simulator/state/cch.ts sessionCid) on a real socket
// of the host: <client_type> 1 plain TCP (Internet.openTcp), 2 (default) SSL/TLS with the SSL
// context of AT+CCHSSLCFG / AT+CCHCFG "sslctx", or the one numbered as the session when none
// was set (§17.2.10 note; openTlsWithContext: certificates from the store, <negotiatetime>,
// the RTC for dates). The TCP connect waits at most CONNECT_TIMEOUT_MS (the command's 120 s max
// response time; an address that is not reachable from here never answers).
//   Normal mode: OK at once, then "+CCHOPEN: <session_id>,0" when connected, or
//     "+CCHOPEN: <session_id>,<err>" (§17.3.1; which code for which failure: simulator/cch/
//     errors.ts openErr; 9 "Network error" if the service stopped meanwhile); a failed open
//     clears the session's client context (§17.2.10-17.2.11).
//   Transparent mode (AT+CCHMODE=1 when AT+CCHSTART ran; session 0 only, "There is only one
//     session in the transparent mode"): the command waits, then "CONNECT <rate>" and the
//     channel is in data mode (simulator/cch/transparent.ts), or "CONNECT FAIL". <text> is the
//     UART rate, as V.250 modems report their line speed.
//   ERROR before anything is opened: the service not started on the session's context, the
//     session connecting or connected, a session other than 0 in transparent mode, or this
//     channel already holding a suspended data connection ("it is not allowed setup transparent
//     connection" while another service works in transparent mode, SIM7600 manual).
// Data cached from an earlier connection of the session is dropped when it opens again.
// <bind_port> is shown by AT+CCHOPEN? (the host picks the real local port).
// AT+CCHOPEN? lists both sessions: "+CCHOPEN: <session_id>,"<host>",<port>,<client_type>,
// <bind_port>" when connected (host as given, <bind_port> empty when none was given: the
// manual's example), else "+CCHOPEN: <session_id>,"",,,".

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { basic, ERROR, OK, type Final } from '../../core/result.js';
import { CCH_ERR, openErr } from '../../cch/errors.js';
import { attachConnection, samePowerCycle } from '../../cch/runtime.js';
import { transparentSession } from '../../cch/transparent.js';
import { internetOf, type TcpConnection } from '../../internet/internet.js';
import { openTlsWithContext } from '../../ssl/open-tls.js';
import { sessionCid, type CchSessionLifecycle, type ClientType, type SessionTarget } from '../../state/cch.js';
import { clearClientContext } from './cch-common.js';

/** How long the TCP connect may take: the command's max response time. */
export const CONNECT_TIMEOUT_MS = 120_000;

const CONNECT_FAIL: Final = { kind: 'text', text: 'CONNECT FAIL', isError: true };

async function open(ctx: CommandContext): Promise<HandlerResult> {
  const n = ctx.arg('session_id') as number;
  const host = ctx.arg('host') as string;
  const port = ctx.arg('port') as number;
  const clientType = ((ctx.arg('client_type') as number | undefined) ?? 2) as ClientType;
  const bindPort = ctx.arg('bind_port') as number | undefined;
  const { state, modem: services } = ctx;
  const c = state.cch;
  const session = c.sessions[n]!;
  const cid = sessionCid(c, n);
  const service = c.service[cid];
  const transparent = c.mode === 1;
  if (service?.status !== 'started' || session.lifecycle) return reply(ERROR);
  if (transparent && (n !== 0 || ctx.suspendedData)) return reply(ERROR);

  session.rx = [];
  session.rxNotified = false;
  const target: SessionTarget = { host, port, clientType, cid, transparent, ...(bindPort !== undefined ? { bindPort } : {}) };
  const opening: CchSessionLifecycle = { status: 'opening', ...target };
  session.lifecycle = opening;
  const sslContext = clientType === 2 ? (session.client.sslContext ?? n) : undefined;
  const bearer = { cid, address: service.address };
  const connect = (): Promise<TcpConnection> =>
    sslContext === undefined
      ? internetOf(services).openTcp({ bearer, host, port, timeoutMs: CONNECT_TIMEOUT_MS, services, localPort: bindPort ?? 0 })
      : openTlsWithContext(services, { context: sslContext, bearer, host, port, timeoutMs: CONNECT_TIMEOUT_MS });

  /** Whether the open is still wanted: this power cycle, the session still opening. */
  const wanted = () => samePowerCycle(services, state) && session.lifecycle === opening;
  const failed = (err: number, why: string): number => {
    session.lifecycle = undefined;
    clearClientContext(session);
    services.log(`cch: session ${n} open failed: ${why}`);
    return err;
  };
  /** After the connect: the session open (undefined) or the <err> it failed with. */
  const settle = (conn: TcpConnection): number | undefined => {
    if (c.service[cid]?.status !== 'started') {
      conn.abort('local');
      return failed(CCH_ERR.NETWORK, 'the service stopped');
    }
    session.lifecycle = { ...opening, status: 'open', ...(sslContext !== undefined ? { sslContext } : {}), ...(transparent ? { channel: ctx.channel } : {}) };
    attachConnection(state, services, n, conn);
    services.log(`cch: session ${n} connected to ${conn.remote.address}:${conn.remote.port} (${sslContext === undefined ? 'TCP' : `TLS, SSL context ${sslContext}`})`);
    return undefined;
  };

  if (transparent) {
    try {
      const conn = await connect();
      if (!wanted()) {
        conn.abort('local');
        return reply(CONNECT_FAIL);
      }
      if (settle(conn) !== undefined) return reply(CONNECT_FAIL);
      return reply(basic('CONNECT', String(state.serial.baud)), [], [{ type: 'data-mode', open: transparentSession(state, services, n, conn) }]);
    } catch (e) {
      if (wanted()) failed(openErr(e), String(e));
      return reply(CONNECT_FAIL);
    }
  }

  const run = async () => {
    let err: number | undefined;
    try {
      const conn = await connect();
      if (!wanted()) {
        conn.abort('local');
        return;
      }
      err = settle(conn);
    } catch (e) {
      if (!wanted()) return;
      err = failed(openErr(e), String(e));
    }
    services.urc(`+CCHOPEN: ${n},${err ?? CCH_ERR.OK}`);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

function listing(ctx: CommandContext): string[] {
  return ctx.state.cch.sessions.map((s, n) => {
    const l = s.lifecycle;
    if (l?.status !== 'open') return `+CCHOPEN: ${n},"",,,`;
    return `+CCHOPEN: ${n},"${l.host}",${l.port},${l.clientType},${l.bindPort ?? ''}`;
  });
}

export const cchopen: CommandHandler = {
  name: '+CCHOPEN',
  read: (ctx) => reply(OK, listing(ctx)),
  write: open,
};
