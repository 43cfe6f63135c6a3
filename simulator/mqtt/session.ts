// The MQTT clients behind client indexes 0-1 (manual chapter 16): real MQTT 3.1 / 3.1.1 clients
// (MQTT.js) speaking over the module's own data connection (simulator/internet/: a TCP
// connection, or TLS with an SSL context of AT+CSSLCFG) as a stream (connectionStream), so the
// bearer gating, routes and counters of the internet layer apply. MQTT.js's keepalive runs on the
// module's clock (clock-timer.ts); the waits the manual bounds (<optimeout_val>, <pub_timeout>,
// the AT+CMQTTDISC <timeout>) are timers of the module's clock too.
//
// Contract:
// - connect() opens the connection and sends CONNECT; it resolves with the §16.3 <err>: 0 when
//   the CONNACK accepts, 27-31 for its return codes 1-5, 25 DNS, 3 the socket did not connect,
//   32 / 33 the TLS handshake or a missing certificate, 26 the server closed (or reset) the
//   connection before answering, 17 no CONNACK within <optimeout_val>, 9 the client's context is
//   not up.
// - publish()/subscribe()/unsubscribe() resolve with the <err> of the operation: 0 when it is
//   done (QoS 0 written; QoS 1 PUBACK; QoS 2 PUBCOMP; SUBACK granting; UNSUBACK), 17 when the
//   server did not answer in time, 26 when the server closed the connection meanwhile (11 when
//   the module or the network did), 1 a SUBACK refusing.
// - A message the server publishes is reported with the +CMQTTRX* URCs (receive.ts).
// - A connection that ends without AT+CMQTTDISC reports "+CMQTTCONNLOST: <client>,<cause>"
//   (1 the server closed it or stopped answering pings, 2 it was reset, 3 the bearer went) and
//   leaves the client acquired and disconnected.
// - Nothing is printed for a power cycle that has ended: everything closes at power-off.

import { MqttClient, type IClientOptions } from 'mqtt';
import { isUtf8 } from 'node:buffer';
import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { contextBearer } from '../internet/bearer.js';
import { InternetError, internetOf, type CloseCause, type TcpConnection } from '../internet/internet.js';
import { connectionStream } from '../internet/stream.js';
import { openTlsWithContext } from '../ssl/open-tls.js';
import type { ModemState } from '../state/modem-state.js';
import { clientCid, type ConnectParams, type MqttClientSlot } from '../state/mqtt.js';
import { clockIntervalTimer } from './clock-timer.js';
import { CONNLOST_CAUSE, MQTT_ERR, connackError } from './errors.js';
import { MAX_RX_PAYLOAD, receiveReport } from './receive.js';

/** An operation waiting for the server; settled once (by the server, a timeout or the connection's end). */
interface Pending {
  settle(err: number): void;
}

/** One connection of a client index: the MQTT.js client and the module connection under it. */
export class MqttSession {
  /** The module ends it (AT+CMQTTDISC, AT+CMQTTSTOP, power-off): no +CMQTTCONNLOST. */
  ending = false;
  /** Why the connection under it closed, once it has. */
  closeCause: CloseCause | undefined;
  readonly pending = new Set<Pending>();

  constructor(
    readonly index: number,
    readonly client: MqttClient,
    readonly conn: TcpConnection,
  ) {}

  /** Ends at once: the socket is reset, nothing more is reported. */
  abort(): void {
    this.ending = true;
    this.client.end(true);
    this.conn.abort('local');
  }
}

export class MqttRuntime {
  readonly sessions: Array<MqttSession | undefined> = [undefined, undefined];
}

const RUNTIME = new AttachmentKey<MqttRuntime>('mqtt.sessions');

/** The MQTT sessions of this Modem; every one is aborted when the module powers off. */
export function mqttRuntimeOf(services: Pick<ModemServices, 'instance'>): MqttRuntime {
  const modem = services.instance;
  return modem.attachments.getOrCreate(RUNTIME, () => {
    const runtime = new MqttRuntime();
    modem.events.on('power', (state) => {
      if (state !== 'off') return;
      for (const s of runtime.sessions) s?.abort();
      runtime.sessions.fill(undefined);
    });
    return runtime;
  });
}

/** Whether `state` is still the module's state (not a later power cycle's). */
export function samePowerCycle(services: Pick<ModemServices, 'instance'>, state: ModemState): boolean {
  return services.instance.state === state && services.instance.power === 'on';
}

/** Topic bytes as MQTT.js takes them (MQTT topics are UTF-8 strings, §1.5.3 of MQTT 3.1.1). */
export function topicText(topic: Buffer): string {
  return topic.toString('utf8');
}

/** Whether bytes typed at a prompt pass <checkUTF8_flag>. */
export function passesUtf8Check(slot: MqttClientSlot, data: Buffer): boolean {
  return slot.config.checkUtf8 === 0 || isUtf8(data);
}

/** Called with an operation's <err> the moment it is known, so its URC keeps the order of the server's packets. */
export type Done = (err: number) => void;

/**
 * Waits for `settle` to be called (by `start`'s callbacks) or for `timeoutMs` of the module's
 * clock (then 17 "timeout"), registering the wait with the session so that the end of the
 * connection settles it. `done` hears the <err> synchronously (a +CMQTTSUB: <i>,0 goes out
 * before the retained message the SUBACK is followed by); the promise resolves with it too.
 */
function operation(services: ModemServices, session: MqttSession, timeoutMs: number, start: (settle: (err: number) => void) => void, done: Done): Promise<number> {
  // The server's answer is real I/O: virtual time does not run ahead of it (core/clock.ts).
  return services.clock.outside(new Promise<number>((resolve) => {
    let settled = false;
    const pending: Pending = {
      settle: (err) => {
        if (settled) return;
        settled = true;
        services.clearTimer(timer);
        session.pending.delete(pending);
        done(err);
        resolve(err);
      },
    };
    const timer = services.setTimer(timeoutMs, () => pending.settle(MQTT_ERR.TIMEOUT));
    session.pending.add(pending);
    if (session.closeCause !== undefined) pending.settle(MQTT_ERR.NO_CONNECTION);
    else start(pending.settle);
  }));
}

/**
 * The keepalive's PINGREQ waits for the server's PINGRESP in real time: declared to the clock, so
 * that virtual time does not reach the keepalive timeout before a server on loopback answered.
 */
function trackPings(services: ModemServices, session: MqttSession): void {
  session.client.on('packetsend', (packet) => {
    if (packet.cmd !== 'pingreq') return;
    const answered = new Promise<void>((resolve) => {
      const onPacket = (p: { cmd: string }) => {
        if (p.cmd !== 'pingresp') return;
        session.client.off('packetreceive', onPacket);
        resolve();
      };
      session.client.on('packetreceive', onPacket);
      session.conn.onClose(() => resolve());
    });
    void services.clock.outside(answered);
  });
}

function openError(e: unknown): number {
  if (!(e instanceof InternetError)) return MQTT_ERR.SOCK_CONNECT_FAIL;
  switch (e.code) {
    case 'dns':
      return MQTT_ERR.DNS_ERROR;
    case 'handshake':
    case 'certificate':
      return MQTT_ERR.HANDSHAKE_FAIL;
    case 'no-certificate':
      return MQTT_ERR.NO_CERTIFICATE;
    default:
      return MQTT_ERR.SOCK_CONNECT_FAIL;
  }
}

function lostCause(cause: CloseCause): number {
  switch (cause) {
    case 'error':
      return CONNLOST_CAUSE.RESET;
    case 'bearer':
      return CONNLOST_CAUSE.NETWORK;
    default:
      return CONNLOST_CAUSE.CLOSED;
  }
}

/** The connection of client `index` ended without AT+CMQTTDISC: the client is left disconnected. */
function connectionLost(state: ModemState, services: ModemServices, session: MqttSession): void {
  const runtime = mqttRuntimeOf(services);
  if (runtime.sessions[session.index] !== session) return;
  runtime.sessions[session.index] = undefined;
  for (const p of [...session.pending]) p.settle(MQTT_ERR.NO_CONNECTION);
  session.client.end(true);
  if (!samePowerCycle(services, state)) return;
  const slot = state.mqtt.clients[session.index]!;
  const wasConnected = slot.connection.status === 'connected';
  slot.connection = { status: 'disconnected' };
  slot.subscriptions = [];
  if (!wasConnected) return;
  const cause = lostCause(session.closeCause ?? 'remote');
  services.log(`mqtt: client ${session.index} lost its connection (${session.closeCause ?? 'remote'})`);
  services.urc(`+CMQTTCONNLOST: ${session.index},${cause}`);
}

function received(state: ModemState, services: ModemServices, session: MqttSession, topic: string, payload: Buffer): void {
  if (!samePowerCycle(services, state) || mqttRuntimeOf(services).sessions[session.index] !== session) return;
  if (payload.length > MAX_RX_PAYLOAD) {
    services.log(`mqtt: client ${session.index}: a ${payload.length}-byte message on "${topic}" is longer than the module reports (${MAX_RX_PAYLOAD}); dropped`);
    return;
  }
  services.urc(receiveReport(session.index, Buffer.from(topic, 'utf8'), payload));
}

/** Opens the module connection for client `index`: TCP, or TLS per its server type / address. */
async function openConnection(state: ModemState, services: ModemServices, index: number, params: ConnectParams, timeoutMs: number): Promise<TcpConnection> {
  const slot = state.mqtt.clients[index]!;
  const cid = clientCid(state.mqtt, index);
  const bearer = contextBearer(state, cid);
  if (!bearer.ok) throw new InternetError('unreachable', `context ${cid}: ${bearer.reason}`);
  const { host, port } = params.server;
  if (params.server.tls || slot.acquired?.ssl) {
    // §16.2.8 note: without AT+CMQTTSSLCFG, the SSL context numbered like the client.
    return openTlsWithContext(services, { context: slot.sslContext ?? index, bearer: bearer.bearer, host, port, timeoutMs });
  }
  return internetOf(services).openTcp({ bearer: bearer.bearer, host, port, timeoutMs, services });
}

/**
 * Connects client `index` (acquired, disconnected) as AT+CMQTTCONNECT asks; resolves with the
 * <err> (see the file comment). On success the session is the client's until it ends.
 */
export async function connect(state: ModemState, services: ModemServices, index: number, params: ConnectParams, done: Done): Promise<number> {
  const slot = state.mqtt.clients[index]!;
  const acquired = slot.acquired!;
  const timeoutMs = slot.config.opTimeoutS * 1000;
  let conn: TcpConnection;
  try {
    conn = await openConnection(state, services, index, params, timeoutMs);
  } catch (e) {
    services.log(`mqtt: client ${index}: connection to ${params.server.host}:${params.server.port} failed: ${(e as Error).message}`);
    const err = e instanceof InternetError && e.code === 'unreachable' ? MQTT_ERR.NETWORK_NOT_OPENED : openError(e);
    done(err);
    return err;
  }
  if (!samePowerCycle(services, state)) {
    conn.abort('power-off');
    return MQTT_ERR.FAILED;
  }
  const version = slot.config.version;
  const will = slot.will.topic && slot.will.message ? { topic: topicText(slot.will.topic), payload: slot.will.message, qos: slot.will.qos as 0 | 1 | 2, retain: false } : undefined;
  const options: IClientOptions = {
    clientId: acquired.clientId,
    keepalive: params.keepaliveS,
    clean: params.cleanSession === 1,
    protocolId: version === 4 ? 'MQTT' : 'MQIsdp',
    protocolVersion: version === 4 ? 4 : 3,
    reconnectPeriod: 0,
    // CONNACK is awaited on the module's clock (below), not by MQTT.js's own timer.
    connectTimeout: 0x7fffffff,
    resubscribe: false,
    timerVariant: clockIntervalTimer(services) as unknown as IClientOptions['timerVariant'],
    ...(will ? { will } : {}),
    ...(params.userName !== undefined ? { username: params.userName } : {}),
    ...(params.password !== undefined ? { password: params.password } : {}),
  };
  const client = new MqttClient(() => connectionStream(conn), options);
  const session = new MqttSession(index, client, conn);
  // Errors are settled through the events below; MQTT.js must not throw them as unhandled.
  client.on('error', (e) => services.log(`mqtt: client ${index}: ${e.message}`));
  client.on('message', (topic, payload) => received(state, services, session, topic, payload));
  trackPings(services, session);
  const connected = operation(
    services,
    session,
    timeoutMs,
    (settle) => {
      client.once('connect', () => settle(MQTT_ERR.OK));
      // A refusing CONNACK: MQTT.js closes the stream before it reports the error.
      client.on('packetreceive', (packet) => {
        if (packet.cmd === 'connack' && packet.returnCode) settle(connackError(packet.returnCode));
      });
    },
    done,
  );
  conn.onClose((cause) => {
    session.closeCause = cause;
    // What was waiting for the server learns why it will not answer.
    const err = cause === 'remote' || cause === 'error' ? MQTT_ERR.CLOSED_BY_SERVER : MQTT_ERR.NO_CONNECTION;
    for (const p of [...session.pending]) p.settle(err);
    if (!session.ending) connectionLost(state, services, session);
  });
  const runtime = mqttRuntimeOf(services);
  runtime.sessions[index] = session;
  const err = await connected;
  if (err !== MQTT_ERR.OK) {
    if (runtime.sessions[index] === session) runtime.sessions[index] = undefined;
    session.abort();
    return err;
  }
  return MQTT_ERR.OK;
}

/** The session of client `index`, if it has one. */
export function sessionOf(services: Pick<ModemServices, 'instance'>, index: number): MqttSession | undefined {
  return mqttRuntimeOf(services).sessions[index];
}

export interface PublishOptions {
  qos: 0 | 1 | 2;
  retain: boolean;
  dup: boolean;
  timeoutMs: number;
}

export function publish(services: ModemServices, session: MqttSession, topic: Buffer, payload: Buffer, o: PublishOptions, done: Done): Promise<number> {
  return operation(
    services,
    session,
    o.timeoutMs,
    (settle) => {
      session.client.publish(topicText(topic), payload, { qos: o.qos, retain: o.retain, dup: o.dup }, (err) => settle(err ? MQTT_ERR.FAILED : MQTT_ERR.OK));
    },
    done,
  );
}

export function subscribe(services: ModemServices, session: MqttSession, filter: string, qos: 0 | 1 | 2, timeoutMs: number, done: Done): Promise<number> {
  return operation(
    services,
    session,
    timeoutMs,
    (settle) => {
      session.client.subscribe(filter, { qos }, (err, granted) => {
        if (err) return settle(MQTT_ERR.FAILED);
        // A SUBACK return code 0x80 refuses the subscription (MQTT 3.1.1 §3.9.3).
        settle(granted?.some((g) => g.qos === 128) ? MQTT_ERR.FAILED : MQTT_ERR.OK);
      });
    },
    done,
  );
}

export function unsubscribe(services: ModemServices, session: MqttSession, filter: string, timeoutMs: number, done: Done): Promise<number> {
  return operation(
    services,
    session,
    timeoutMs,
    (settle) => {
      session.client.unsubscribe(filter, (err) => settle(err ? MQTT_ERR.FAILED : MQTT_ERR.OK));
    },
    done,
  );
}

/**
 * AT+CMQTTDISC: DISCONNECT, then the connection closed; what does not finish in `timeoutMs` is
 * cut (the socket reset) and reported as 35 "Disconnect from server failed".
 */
export function disconnect(services: ModemServices, session: MqttSession, timeoutMs: number, done: Done): Promise<number> {
  session.ending = true;
  const runtime = mqttRuntimeOf(services);
  if (runtime.sessions[session.index] === session) runtime.sessions[session.index] = undefined;
  for (const p of [...session.pending]) p.settle(MQTT_ERR.NO_CONNECTION);
  return new Promise<number>((resolve) => {
    let finished = false;
    const finish = (err: number) => {
      if (finished) return;
      finished = true;
      services.clearTimer(timer);
      done(err);
      resolve(err);
    };
    const timer = services.setTimer(timeoutMs, () => {
      session.abort();
      finish(MQTT_ERR.DISCONNECT_FAILED);
    });
    if (session.closeCause !== undefined) return finish(MQTT_ERR.OK);
    const closed = services.clock.outside(new Promise<void>((r) => session.conn.onClose(() => r())));
    session.client.end(false, {}, () => {
      void session.conn.close();
    });
    void closed.then(() => finish(MQTT_ERR.OK));
  });
}

/** Ends client `index`'s connection at once, as if `cause` (control action, AT+CMQTTSTOP). */
export function dropSession(services: Pick<ModemServices, 'instance'>, index: number, cause: 'remote' | 'error'): boolean {
  const session = sessionOf(services, index);
  if (!session) return false;
  session.conn.abort(cause);
  return true;
}
