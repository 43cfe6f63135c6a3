// SIM767XX §16.2.1 AT+CMQTTSTART Start MQTT service, §16.2.2 AT+CMQTTSTOP Stop MQTT service.
//
// AT+CMQTTSTART starts the service "by activating PDP context": the context of AT+CMQTTCFG "cid"
// (default 1), or <cid> of AT+CMQTTSTART=<cid>. OK comes at once; "+CMQTTSTART: 0" (execute) /
// "+CMQTTSTART: 0,<cid>" (write) follows when the context is up — activated now if it was not
// (+CGACT's activation), or used as it is (the EPS default bearer on context 1) after the
// service's start-up (START_MS, our figure; the manual bounds both commands at 12 s):
// simulator/internet/service-context.ts. Failure (not registered, the context refused): "+CMQTTSTART: 7" (7 "network open
// fail"). Already started (or starting): ERROR (case 3).
//
// AT+CMQTTSTOP stops it: OK, then "+CMQTTSTOP: 0" / "+CMQTTSTOP: 0,<cid>" once the context the
// start activated is released again (one that was up before, or that the TCP/IP service uses,
// stays). "You can execute this command after AT+CMQTTDISC and AT+CMQTTREL": with a client still
// acquired, "+CMQTTSTOP: 19" ERROR (19 "client is used": what A76XX-family modules answer, per
// users' notes on real hardware). Not started (or <cid> not the service's): ERROR (case 3).

import { reply, type CommandContext, type CommandHandler, type HandlerResult } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { contextBearer } from '../../internet/bearer.js';
import { MQTT_ERR } from '../../mqtt/errors.js';
import { samePowerCycle } from '../../mqtt/session.js';
import { bringUpServiceContext } from '../../internet/service-context.js';
import { deactivateContext } from '../../network/pdp.js';
import { intArg } from './common.js';

/** The service's start-up on a context that is already active, and its shut-down (our figure). */
export const START_MS = 200;
export const STOP_MS = 200;

function start(ctx: CommandContext, cid: number, withCid: boolean): HandlerResult {
  const { state, modem: services } = ctx;
  if (state.mqtt.service.status !== 'stopped') return reply(ERROR);
  state.mqtt.service = { status: 'starting', cid };
  const report = (err: number) => (withCid ? `+CMQTTSTART: ${err},${cid}` : `+CMQTTSTART: ${err}`);
  const run = async () => {
    const up = await bringUpServiceContext(state, services, cid, START_MS);
    if (!samePowerCycle(services, state) || state.mqtt.service.status !== 'starting') return;
    if (!up.ok || !contextBearer(state, cid).ok) {
      state.mqtt.service = { status: 'stopped' };
      services.log(`mqtt: service start on context ${cid} failed`);
      services.urc(report(MQTT_ERR.NETWORK_OPEN_FAIL));
      return;
    }
    state.mqtt.service = { status: 'started', cid, activatedByUs: up.activatedByUs };
    services.log(`mqtt: service started on context ${cid}`);
    services.urc(report(MQTT_ERR.OK));
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

function stop(ctx: CommandContext, cid: number | undefined): HandlerResult {
  const { state, modem: services } = ctx;
  const service = state.mqtt.service;
  if (service.status !== 'started' || (cid !== undefined && cid !== service.cid)) return reply(ERROR);
  const report = (err: number) => (cid === undefined ? `+CMQTTSTOP: ${err}` : `+CMQTTSTOP: ${err},${cid}`);
  if (state.mqtt.clients.some((c) => c.acquired)) return reply(ERROR, [report(MQTT_ERR.CLIENT_USED)]);
  state.mqtt.service = { status: 'stopped' };
  const release = service.activatedByUs && !state.tcpip.service[service.cid];
  const run = async () => {
    await services.clock.sleep(STOP_MS);
    if (!samePowerCycle(services, state)) return;
    if (release && state.mqtt.service.status === 'stopped') deactivateContext(state, services, service.cid, 'me');
    services.log(`mqtt: service stopped on context ${service.cid}`);
    services.urc(report(MQTT_ERR.OK));
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

export const cmqttstart: CommandHandler = {
  name: '+CMQTTSTART',
  exec: (ctx) => start(ctx, ctx.state.mqtt.cid, false),
  write: (ctx) => start(ctx, intArg(ctx, 'cid') ?? ctx.state.mqtt.cid, true),
};

export const cmqttstop: CommandHandler = {
  name: '+CMQTTSTOP',
  exec: (ctx) => stop(ctx, undefined),
  write: (ctx) => stop(ctx, intArg(ctx, 'cid')),
};
