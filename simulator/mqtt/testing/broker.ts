// A real MQTT broker on loopback for tests of chapter 16: aedes (a devDependency: a maintained
// MQTT 3.1/3.1.1 broker that runs in-process over node:net / node:tls streams), listening on an
// ephemeral port of 127.0.0.1, plus MQTT.js peers that talk to it directly from the host.
//
//     const broker = await mqttBroker();                  // or { tls: { key, cert } }
//     const peer = await broker.peer('observer');         // an MQTT.js client on the host
//     broker.goAway();                                    // every connection reset, listener closed
//     broker.closeConnections();                          // every connection closed (FIN)
//     await broker.close();

import { Aedes, type AedesOptions, type Client } from 'aedes';
import { MqttClient, connect as mqttConnect } from 'mqtt';
import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';

export interface BrokerEvent {
  kind: 'connect' | 'disconnect' | 'publish' | 'subscribe' | 'unsubscribe' | 'ping';
  clientId?: string;
  topic?: string;
  payload?: Buffer;
  qos?: number;
  retain?: boolean;
}

export interface TestBroker {
  port: number;
  aedes: Aedes;
  /** What the broker saw, in order (publishes of clients only). */
  events: BrokerEvent[];
  /** The CONNECT packets received, by client id: protocol, keepalive, clean, will, credentials. */
  connects: Map<string, { protocolId: string; protocolVersion: number; keepalive: number; clean: boolean; username?: string; password?: string; will?: { topic: string; payload: Buffer; qos: number } }>;
  /** Resolves once the broker saw an event matching `match` (real time). */
  waitFor(match: (e: BrokerEvent) => boolean, realMs?: number): Promise<BrokerEvent>;
  /** An MQTT.js client on the host connected to the broker. */
  peer(clientId: string): Promise<MqttClient>;
  /** The broker goes away: every connection reset, nothing listens on the port any more. */
  goAway(): void;
  /** The broker closes every connection gracefully (FIN), and keeps listening. */
  closeConnections(): void;
  close(): Promise<void>;
}

export interface BrokerOptions {
  /** Serve MQTT over TLS with this identity. */
  tls?: { key: string; cert: string };
  authenticate?: AedesOptions['authenticate'];
  authorizeSubscribe?: AedesOptions['authorizeSubscribe'];
}

export async function mqttBroker(options: BrokerOptions = {}): Promise<TestBroker> {
  const aedes = await Aedes.createBroker({
    ...(options.authenticate ? { authenticate: options.authenticate } : {}),
    ...(options.authorizeSubscribe ? { authorizeSubscribe: options.authorizeSubscribe } : {}),
  });
  const events: BrokerEvent[] = [];
  const connects: TestBroker['connects'] = new Map();
  const waiters: Array<() => void> = [];
  const record = (e: BrokerEvent) => {
    events.push(e);
    for (const w of waiters.splice(0)) w();
  };
  aedes.on('client', (c: Client) => record({ kind: 'connect', clientId: c.id }));
  aedes.on('clientDisconnect', (c: Client) => record({ kind: 'disconnect', clientId: c.id }));
  aedes.on('publish', (p, c) => {
    if (c) record({ kind: 'publish', clientId: c.id, topic: p.topic, payload: Buffer.from(p.payload), qos: p.qos, retain: p.retain });
  });
  aedes.on('subscribe', (subs, c) => {
    for (const s of subs) record({ kind: 'subscribe', clientId: c.id, topic: s.topic, qos: s.qos });
  });
  aedes.on('unsubscribe', (topics, c) => {
    for (const t of topics) record({ kind: 'unsubscribe', clientId: c.id, topic: t });
  });
  aedes.on('ping', (_p, c) => record({ kind: 'ping', clientId: c.id }));
  aedes.preConnect = (client, packet, done) => {
    const will = packet.will ? { topic: packet.will.topic, payload: Buffer.from(packet.will.payload), qos: packet.will.qos ?? 0 } : undefined;
    connects.set(packet.clientId, {
      protocolId: packet.protocolId ?? '',
      protocolVersion: packet.protocolVersion ?? 0,
      keepalive: packet.keepalive ?? 0,
      clean: packet.clean ?? false,
      ...(packet.username !== undefined ? { username: packet.username } : {}),
      ...(packet.password !== undefined ? { password: Buffer.from(packet.password).toString() } : {}),
      ...(will ? { will } : {}),
    });
    done(null, true);
  };
  const sockets = new Set<Socket>();
  const server: Server = options.tls ? createTlsServer(options.tls, (s) => aedes.handle(s)) : createServer((s) => aedes.handle(s));
  server.on(options.tls ? 'secureConnection' : 'connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const peers: MqttClient[] = [];
  return {
    port,
    aedes,
    events,
    connects,
    waitFor: async (match, realMs = 3000) => {
      const deadline = Date.now() + realMs;
      for (;;) {
        const hit = events.find(match);
        if (hit) return hit;
        if (Date.now() > deadline) throw new Error(`the broker saw no such event in ${realMs} ms; saw ${JSON.stringify(events.map((e) => ({ ...e, payload: e.payload?.toString() })))}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 20);
        });
      }
    },
    peer: (clientId) =>
      new Promise<MqttClient>((resolve, reject) => {
        const c = mqttConnect({ host: '127.0.0.1', port, clientId, protocol: options.tls ? 'mqtts' : 'mqtt', rejectUnauthorized: false, reconnectPeriod: 0 });
        peers.push(c);
        c.once('connect', () => resolve(c));
        c.once('error', reject);
      }),
    goAway: () => {
      server.close();
      for (const s of sockets) s.resetAndDestroy();
    },
    closeConnections: () => {
      for (const s of sockets) s.end();
    },
    close: async () => {
      for (const p of peers) p.end(true);
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => aedes.close(() => resolve()));
    },
  };
}
