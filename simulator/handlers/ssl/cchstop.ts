// SIM767XX §17.2.8 AT+CCHSTOP Stop SSL service.
//
// AT+CCHSTOP=[<cid>] stops the service on <cid> (default 1); AT+CCHSTOP on every context it is
// started on (as AT+NETCLOSE does for the socket service, §13.2.2). Sessions still open on it are
// closed first, each reported as AT+CCHCLOSE would ("+CCHCLOSE: <session_id>,0", or "CLOSED" for
// the transparent session, after OK); a context that AT+CCHSTART activated is released (the EPS
// default bearer that registration brought up stays). Then "+CCHSTOP: 0" (execute) or
// "+CCHSTOP: 0,<cid>" (write). Not started (or still starting): ERROR. Once no context is
// left, the sessions' client contexts and caches are cleared and AT+CCHSET / AT+CCHMODE may be
// changed again.

import { reply, type CommandContext, type CommandHandler, type Effect, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { CCH_ERR } from '../../cch/errors.js';
import { samePowerCycle } from '../../cch/runtime.js';
import { deactivateContext } from '../../network/pdp.js';
import { freshSession, serviceRunning } from '../../state/cch.js';
import { closeSession } from './cch-common.js';

function stop(ctx: CommandContext, cids: number[], withCid: number | undefined): HandlerResult {
  const { state, modem: services } = ctx;
  const c = state.cch;
  const stopping = cids.filter((cid) => c.service[cid]?.status === 'started');
  if (stopping.length === 0) return reply(ERROR);
  const closes: Array<Promise<string[]>> = [];
  const effects: Effect[] = [];
  c.sessions.forEach((session, n) => {
    const lifecycle = session.lifecycle;
    if (!lifecycle || !stopping.includes(lifecycle.cid)) return;
    if (lifecycle.status === 'opening') {
      session.lifecycle = undefined; // its connect, when done, finds it gone and drops the connection
      return;
    }
    const closing = closeSession(ctx, n)!;
    if (closing.hangupHere) effects.push({ type: 'hangup-data' });
    closes.push(closing.closed.then(() => (closing.transparent ? ['CLOSED'] : [`+CCHCLOSE: ${n},${CCH_ERR.OK}`])));
  });
  const release = stopping.filter((cid) => {
    const s = c.service[cid];
    return s?.status === 'started' && s.activatedByUs;
  });
  for (const cid of stopping) delete c.service[cid];
  if (!serviceRunning(c)) c.sessions = c.sessions.map(freshSession);
  const report = withCid === undefined ? `+CCHSTOP: ${CCH_ERR.OK}` : `+CCHSTOP: ${CCH_ERR.OK},${withCid}`;
  const run = async () => {
    for (const urcs of await Promise.all(closes)) if (samePowerCycle(services, state)) for (const u of urcs) services.urc(u);
    if (!samePowerCycle(services, state)) return;
    for (const cid of release) deactivateContext(state, services, cid, 'me');
    services.log(`cch: service stopped on context ${stopping.join(',')}`);
    services.urc(report);
  };
  return reply(OK, [], [...effects, { type: 'task', run }]);
}

export const cchstop: CommandHandler = {
  name: '+CCHSTOP',
  exec: (ctx) => stop(ctx, Object.keys(ctx.state.cch.service).map(Number), undefined),
  write: (ctx) => {
    const cid = (ctx.arg('cid') as number | undefined) ?? 1;
    return stop(ctx, [cid], cid);
  },
};
