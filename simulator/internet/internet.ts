// The module's data-connection layer: TCP client connections, UDP sockets and TCP listeners
// opened from the module, on real sockets of the host, each riding a bearer (a PDP context that
// is up: simulator/internet/bearer.ts). Every chapter that talks to servers (TCP/IP, HTTP, FTP,
// MQTT, SSL, SMTP, WebSocket, NTP) opens its connections here:
//
//     const net = internetOf(ctx.modem);
//     const check = contextBearer(ctx.state, cid);               // gate: registered + context up
//     if (!check.ok) ...
//     const conn = await net.openTcp({ bearer: check.bearer, host, port, timeoutMs, services: ctx.modem });
//     conn.onData((bytes) => ...); conn.onClose((cause) => ...);
//     await conn.send(Buffer.from('GET / HTTP/1.1\r\n\r\n'));
//
// Contract:
// - open*() resolve names (resolver.ts), apply routes and the outbound policy (endpoints.ts),
//   and fail with an InternetError whose `code` says why (`dns`, `refused`, `timeout`,
//   `unreachable`, `bind`, `failed`); a destination that is not reachable is never answered and
//   fails with `timeout` after `timeoutMs` of the module's clock.
// - Every object is closed, with its onClose listeners told the cause, when it is closed by the
//   peer (`remote`), by its owner (`local`), on an error (`error`), when its bearer goes
//   (`bearer`: deregistration, the context deactivated, +CFUN=0, coverage lost; found by
//   `supervise`, which the TCP/IP slice's react hook runs after every command, control action
//   and timer), and at power-off (`power-off`, when listeners print nothing: the module is off).
// - Real I/O is declared to the clock (clock.outside), so virtual time does not run ahead of it.
// - Counters are real bytes: sent (taken by the host's TCP stack), acked (flushed from its send
//   queue: Node cannot see TCP ACKs; on loopback the kernel acknowledges at once), received.

import { createServer, Socket, type Server } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { TlsPolicy } from '../ssl/tls-policy.js';
import { createSocket, type Socket as DgramSocket } from 'node:dgram';
import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import type { Modem } from '../core/modem.js';
import type { ModemState } from '../state/modem-state.js';
import { bearerUp, type Bearer } from './bearer.js';
import { defaultInternetOptions, hostPortFor, moduleView, realDestination, type Endpoint, type InternetOptions } from './endpoints.js';
import { resolveName } from './resolver.js';

export type CloseCause = 'remote' | 'local' | 'error' | 'bearer' | 'power-off';

/** `handshake`: the TLS handshake failed or timed out; `certificate`: the server was refused by the SSL context's checks; `no-certificate`: the SSL context names a certificate the store lacks. */
export type InternetErrorCode = 'dns' | 'refused' | 'timeout' | 'unreachable' | 'bind' | 'failed' | 'closed' | 'handshake' | 'certificate' | 'no-certificate';

/** Why an open or a send failed. */
export class InternetError extends Error {
  constructor(
    readonly code: InternetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InternetError';
  }
}

type Services = Pick<ModemServices, 'instance' | 'profile' | 'clock' | 'setTimer' | 'clearTimer' | 'log'>;

/** What every object of the layer has: a bearer, and a way to be closed with a cause. */
interface Tracked {
  readonly bearer: Bearer;
  abort(cause: CloseCause): void;
}

abstract class Closable implements Tracked {
  private readonly closeListeners: Array<(cause: CloseCause) => void> = [];
  private closedWith: CloseCause | undefined;

  constructor(
    readonly bearer: Bearer,
    protected readonly internet: Internet,
  ) {
    internet.track(this);
  }

  get open(): boolean {
    return this.closedWith === undefined;
  }

  /** Called once when it closes, whatever the cause (at once if it already has). */
  onClose(fn: (cause: CloseCause) => void): void {
    if (this.closedWith !== undefined) fn(this.closedWith);
    else this.closeListeners.push(fn);
  }

  /** Ends it now (a reset for TCP): listeners hear `cause`. */
  abort(cause: CloseCause): void {
    if (!this.finish(cause)) return;
    this.destroyNow();
  }

  protected finish(cause: CloseCause): boolean {
    if (this.closedWith !== undefined) return false;
    this.closedWith = cause;
    this.internet.untrack(this);
    for (const fn of this.closeListeners.splice(0)) fn(cause);
    return true;
  }

  protected abstract destroyNow(): void;
}

/** A TCP connection of the module (a client it opened, or one its listener accepted). */
export class TcpConnection extends Closable {
  bytesSent = 0;
  bytesAcked = 0;
  bytesReceived = 0;
  private readonly dataListeners: Array<(data: Buffer) => void> = [];

  constructor(
    private readonly socket: Socket,
    bearer: Bearer,
    internet: Internet,
    /** The peer as the module sees it. */
    readonly remote: Endpoint,
    /** The module's own port. */
    readonly localPort: number,
    /** Under TLS: the TCP socket the TLS socket rides (the one a reset goes to). */
    private readonly tcp: Socket = socket,
  ) {
    super(bearer, internet);
    socket.on('data', (data: Buffer) => {
      this.bytesReceived += data.length;
      for (const fn of this.dataListeners) fn(data);
    });
    // The peer closed its side: the module closes the connection too (no half-open sockets).
    socket.on('end', () => {
      if (this.finish('remote')) socket.end();
    });
    socket.on('error', () => {
      if (this.finish('error')) socket.destroy();
    });
    socket.on('close', () => {
      this.finish('remote');
    });
  }

  onData(fn: (data: Buffer) => void): void {
    this.dataListeners.push(fn);
  }

  /** Sends `data`; resolves with the bytes the host's TCP stack took (all of it, or it rejects). */
  send(data: Buffer): Promise<number> {
    if (!this.open) return Promise.reject(new InternetError('closed', 'the connection is closed'));
    this.bytesSent += data.length;
    const written = new Promise<number>((resolve, reject) => {
      this.socket.write(data, (err) => {
        if (err) reject(new InternetError('failed', err.message));
        else {
          this.bytesAcked += data.length;
          resolve(data.length);
        }
      });
    });
    return this.internet.clock.outside(written);
  }

  /** TCP keepalive (+CTCPKA): probes after `idleMs` without traffic. */
  setKeepAlive(enable: boolean, idleMs: number): void {
    this.socket.setKeepAlive(enable, idleMs);
  }

  /**
   * @internal Internet.upgradeTls: the socket leaves this connection, still open, for a TLS
   * connection over it. This connection is closed (listeners hear `local`: its owner did it).
   */
  handOver(): Socket {
    for (const event of ['data', 'end', 'error', 'close'] as const) this.socket.removeAllListeners(event);
    this.finish('local');
    return this.socket;
  }

  /** Closes gracefully (FIN after what is queued); resolves when the socket is closed. */
  close(): Promise<void> {
    if (!this.finish('local')) return Promise.resolve();
    const done = new Promise<void>((resolve) => {
      if (this.socket.destroyed) return resolve();
      this.socket.once('close', () => resolve());
      this.socket.end();
      // A peer that never acknowledges our FIN must not keep the socket forever.
      this.socket.setTimeout(5000, () => this.socket.destroy());
    });
    return this.internet.clock.outside(done);
  }

  protected destroyNow(): void {
    // A TLS socket has no TCP handle of its own (resetAndDestroy throws on it): the reset goes
    // to the TCP socket under it, which closes the TLS socket too. Destroying the TLS socket as
    // well, right after, crashes Node 20 (a segmentation fault, seen in simulator/ssl/start-tls.test.ts).
    if (!this.tcp.destroyed) this.tcp.resetAndDestroy();
    else this.socket.destroy();
  }
}

/** A UDP socket of the module. */
export class UdpSocket extends Closable {
  bytesSent = 0;
  bytesReceived = 0;
  private readonly messageListeners: Array<(data: Buffer, from: Endpoint) => void> = [];

  constructor(
    private readonly socket: DgramSocket,
    bearer: Bearer,
    internet: Internet,
    /** The module's own port. */
    readonly localPort: number,
    /** The host port bound for it. */
    readonly hostPort: number,
  ) {
    super(bearer, internet);
    socket.on('message', (data, rinfo) => {
      this.bytesReceived += data.length;
      const from = moduleView(this.internet.options, { address: rinfo.address, port: rinfo.port });
      for (const fn of this.messageListeners) fn(data, from);
    });
    socket.on('error', () => this.abort('error'));
  }

  onMessage(fn: (data: Buffer, from: Endpoint) => void): void {
    this.messageListeners.push(fn);
  }

  /**
   * Sends one datagram to `host`:`port` (a name is resolved first). A destination that is not
   * reachable loses the datagram silently, as UDP does; the bytes count as sent.
   */
  async send(data: Buffer, host: string, port: number, services: Services): Promise<number> {
    if (!this.open) throw new InternetError('closed', 'the socket is closed');
    const resolved = await resolveName(services, host);
    if (!resolved.ok) throw new InternetError('dns', `cannot resolve ${host}`);
    this.bytesSent += data.length;
    const real = realDestination(this.internet.options, { address: resolved.address, port });
    if (!real) {
      services.log(`internet: UDP datagram to ${resolved.address}:${port} lost (not reachable from here)`);
      return data.length;
    }
    const sent = new Promise<number>((resolve, reject) => {
      this.socket.send(data, real.port, real.address, (err) => (err ? reject(new InternetError('failed', err.message)) : resolve(data.length)));
    });
    return this.internet.clock.outside(sent);
  }

  close(): void {
    this.abort('local');
  }

  protected destroyNow(): void {
    try {
      this.socket.close();
    } catch {
      // already closed
    }
  }
}

/** A TCP listener of the module (+SERVERSTART): connections arrive as TcpConnections. */
export class TcpListener extends Closable {
  private readonly connectionListeners: Array<(conn: TcpConnection) => void> = [];

  constructor(
    private readonly server: Server,
    bearer: Bearer,
    internet: Internet,
    readonly modulePort: number,
    readonly hostPort: number,
  ) {
    super(bearer, internet);
    server.on('connection', (socket) => {
      if (!this.open) {
        socket.destroy();
        return;
      }
      const remote = moduleView(this.internet.options, { address: socket.remoteAddress ?? '0.0.0.0', port: socket.remotePort ?? 0 });
      const conn = new TcpConnection(socket, bearer, internet, remote, modulePort);
      for (const fn of this.connectionListeners) fn(conn);
    });
    server.on('error', () => this.abort('error'));
  }

  onConnection(fn: (conn: TcpConnection) => void): void {
    this.connectionListeners.push(fn);
  }

  close(): void {
    this.abort('local');
  }

  protected destroyNow(): void {
    this.server.close();
  }
}

export interface OpenTcpOptions {
  bearer: Bearer;
  host: string;
  port: number;
  /** How long the module waits for the connection (its clock). */
  timeoutMs: number;
  services: Services;
  /** The module's own port to report (0: one the host picked). */
  localPort?: number;
}

export interface OpenTlsOptions extends OpenTcpOptions, SecureOptions {}

/** What a TLS handshake of the module needs (openTls, upgradeTls). */
export interface SecureOptions {
  services: Services;
  /** From the SSL context (simulator/ssl/tls-policy.ts). */
  policy: TlsPolicy;
  /** The context's <negotiatetime>, on the module's clock. */
  handshakeTimeoutMs: number;
  /** The module's RTC, for certificate dates. */
  moduleTimeMs: () => number;
  /** A session to resume (<use_tickets>), and where new sessions go. */
  session?: Buffer;
  onSession?: (session: Buffer) => void;
}

/** What the handshake of a TLS socket of the module needs: SecureOptions without the session. */
export type HandshakeOptions = Pick<SecureOptions, 'services' | 'policy' | 'handshakeTimeoutMs' | 'moduleTimeMs'>;

/**
 * The handshake of a TLS socket the module opened, over whatever carries it (a host socket:
 * Internet.openTls/upgradeTls; a module connection as a stream: simulator/ssl/start-tls.ts),
 * then the policy's checks of the server by the module's RTC. Failures are InternetErrors, the
 * socket destroyed: `handshake` (it failed, the connection closed, or no handshake within
 * `handshakeTimeoutMs` of the module's clock) and `certificate` (the server was refused).
 * `peer` names the server in messages and the log. On success the socket has no listeners of
 * this routine left: its owner listens from then on.
 */
export async function completeTlsHandshake(tlsSocket: TLSSocket, peer: string, o: HandshakeOptions): Promise<void> {
  let onError: (err: Error) => void = () => undefined;
  let onClose: () => void = () => undefined;
  const handshake = o.services.clock.outside(
    new Promise<void>((resolve, reject) => {
      onError = (err) => reject(new InternetError('handshake', err.message));
      onClose = () => reject(new InternetError('handshake', 'the connection closed during the TLS handshake'));
      tlsSocket.once('secureConnect', () => resolve());
      tlsSocket.on('error', onError);
      tlsSocket.on('close', onClose);
    }),
  );
  const timeout = new Promise<never>((_, reject) => {
    const t = o.services.setTimer(o.handshakeTimeoutMs, () => reject(new InternetError('handshake', `no TLS handshake with ${peer} in ${o.handshakeTimeoutMs} ms`)));
    void handshake.finally(() => o.services.clearTimer(t)).catch(() => undefined);
  });
  // On failure the listeners stay: a late error of the socket being destroyed is heard.
  try {
    await Promise.race([handshake, timeout]);
  } catch (e) {
    tlsSocket.destroy();
    throw e;
  }
  const refused = o.policy.verify(tlsSocket, o.moduleTimeMs());
  if (refused) {
    o.services.log(`tls ${peer}: ${refused}`);
    tlsSocket.destroy();
    throw new InternetError('certificate', refused);
  }
  tlsSocket.off('error', onError);
  tlsSocket.off('close', onClose);
}

export interface OpenUdpOptions {
  bearer: Bearer;
  /** The module's port (0: any). */
  localPort: number;
}

export interface ListenOptions {
  bearer: Bearer;
  /** The module's port. */
  port: number;
  /** Connections queued before accept (+SERVERSTART <backlog>). */
  backlog: number;
}

/** The data-connection layer of one Modem (see the file comment). */
export class Internet {
  readonly options: InternetOptions = defaultInternetOptions();
  private readonly objects = new Set<Tracked>();

  constructor(readonly clock: Modem['clock']) {}

  /** @internal */
  track(o: Tracked): void {
    this.objects.add(o);
  }

  /** @internal */
  untrack(o: Tracked): void {
    this.objects.delete(o);
  }

  /** How many connections, sockets and listeners are open. */
  get openCount(): number {
    return this.objects.size;
  }

  /** The listeners and UDP sockets open now, with the host port serving each module port. */
  bindings(): Array<{ kind: 'tcp-listener' | 'udp'; modulePort: number; hostPort: number; host: string }> {
    const out: Array<{ kind: 'tcp-listener' | 'udp'; modulePort: number; hostPort: number; host: string }> = [];
    for (const o of this.objects) {
      if (o instanceof TcpListener) out.push({ kind: 'tcp-listener', modulePort: o.modulePort, hostPort: o.hostPort, host: this.options.listenHost });
      else if (o instanceof UdpSocket) out.push({ kind: 'udp', modulePort: o.localPort, hostPort: o.hostPort, host: this.options.listenHost });
    }
    return out;
  }

  /** Opens a TCP connection from the module (see the file comment for failures). */
  async openTcp(o: OpenTcpOptions): Promise<TcpConnection> {
    const { socket, remote } = await this.connect(o);
    return new TcpConnection(socket, o.bearer, this, remote, o.localPort || (socket.localPort ?? 0));
  }

  /**
   * Opens a TLS connection from the module: TCP as openTcp, then the handshake within
   * `handshakeTimeoutMs` of the module's clock (`handshake` on failure or timeout), then the
   * policy's checks of the server (`certificate` when it is refused). The connection carries
   * the plaintext; its counters count plaintext bytes.
   */
  async openTls(o: OpenTlsOptions): Promise<TcpConnection> {
    const { socket, remote } = await this.connect(o);
    return this.secure(socket, remote, o.bearer, o.localPort || (socket.localPort ?? 0), o);
  }

  /**
   * Turns an open TCP connection into a TLS one (FTP's AUTH TLS, SMTP's STARTTLS): the
   * handshake and checks of openTls over the same socket. `conn` is closed (cause `local`) and
   * its socket carried on by the returned connection, with the same peer, port and bearer;
   * bytes the peer sent before the handshake must have been read by then. On failure the socket
   * is destroyed and the error is openTls's (`handshake`, `certificate`).
   */
  async upgradeTls(conn: TcpConnection, o: SecureOptions): Promise<TcpConnection> {
    if (!conn.open) throw new InternetError('closed', 'the connection is closed');
    const socket = conn.handOver();
    return this.secure(socket, conn.remote, conn.bearer, conn.localPort, o);
  }

  /** The TLS handshake over a connected socket, then the policy's checks (openTls, upgradeTls). */
  private async secure(socket: Socket, remote: Endpoint, bearer: Bearer, localPort: number, o: SecureOptions): Promise<TcpConnection> {
    const tlsSocket = tlsConnect({ ...o.policy.options, socket, session: o.session });
    // TLS 1.2 hands its session over during the handshake, TLS 1.3 its tickets after it.
    tlsSocket.on('session', (session: Buffer) => o.onSession?.(session));
    await completeTlsHandshake(tlsSocket, `${remote.address}:${remote.port}`, o);
    return new TcpConnection(tlsSocket, bearer, this, remote, localPort, socket);
  }

  /** The TCP connect shared by openTcp and openTls: a connected socket, or an InternetError. */
  private async connect(o: OpenTcpOptions): Promise<{ socket: Socket; remote: Endpoint }> {
    const resolved = await resolveName(o.services, o.host);
    if (!resolved.ok) throw new InternetError('dns', `cannot resolve ${o.host}`);
    const remote = { address: resolved.address, port: o.port };
    const real = realDestination(this.options, remote);
    const connected: Promise<Socket> = real
      ? this.clock.outside(
          new Promise<Socket>((resolve, reject) => {
            const socket = new Socket();
            const fail = (err: NodeJS.ErrnoException) => {
              socket.destroy();
              reject(new InternetError(err.code === 'ECONNREFUSED' ? 'refused' : 'failed', err.message));
            };
            socket.once('error', fail);
            socket.connect({ host: real.address, port: real.port }, () => {
              socket.off('error', fail);
              resolve(socket);
            });
          }),
        )
      : new Promise<Socket>(() => undefined); // nothing answers: the timeout decides
    const timeout = new Promise<never>((_, reject) => {
      const t = o.services.setTimer(o.timeoutMs, () => reject(new InternetError('timeout', `no answer from ${remote.address}:${remote.port} in ${o.timeoutMs} ms`)));
      void connected.finally(() => o.services.clearTimer(t)).catch(() => undefined);
    });
    const socket = await Promise.race([connected, timeout]).catch((e: unknown) => {
      // A connect that completes after the timeout is dropped.
      void connected.then((s) => s.destroy()).catch(() => undefined);
      throw e;
    });
    if (!bearerUp(o.services.instance.state, o.bearer)) {
      socket.destroy();
      throw new InternetError('failed', 'the bearer went while connecting');
    }
    socket.setNoDelay(true);
    return { socket, remote };
  }

  /** Binds a UDP socket for the module's port `localPort` (host port per the options). */
  async openUdp(o: OpenUdpOptions): Promise<UdpSocket> {
    const socket = createSocket('udp4');
    const hostPort = hostPortFor(this.options, o.localPort);
    const bound = new Promise<number>((resolve, reject) => {
      socket.once('error', (err) => reject(new InternetError('bind', err.message)));
      socket.bind(hostPort, this.options.listenHost, () => resolve(socket.address().port));
    });
    const port = await this.clock.outside(bound).catch((e: unknown) => {
      socket.close();
      throw e;
    });
    socket.removeAllListeners('error');
    return new UdpSocket(socket, o.bearer, this, o.localPort || port, port);
  }

  /** Listens for TCP connections on the module's port `port` (host port per the options). */
  async listenTcp(o: ListenOptions): Promise<TcpListener> {
    const server = createServer();
    const hostPort = hostPortFor(this.options, o.port);
    const listening = new Promise<number>((resolve, reject) => {
      server.once('error', (err) => reject(new InternetError('bind', err.message)));
      server.listen({ port: hostPort, host: this.options.listenHost, backlog: o.backlog }, () => {
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : hostPort);
      });
    });
    const port = await this.clock.outside(listening).catch((e: unknown) => {
      server.close();
      throw e;
    });
    server.removeAllListeners('error');
    return new TcpListener(server, o.bearer, this, o.port, port);
  }

  /** Closes what rides a bearer that is no longer up (cause `bearer`). */
  supervise(state: ModemState): void {
    for (const o of [...this.objects]) if (!bearerUp(state, o.bearer)) o.abort('bearer');
  }

  /** Closes everything (cause `power-off`): the module went off. */
  closeAll(cause: CloseCause): void {
    for (const o of [...this.objects]) o.abort(cause);
  }
}

const INTERNET = new AttachmentKey<Internet>('internet');

/** The data-connection layer of this Modem, made on first use; everything closes at power-off. */
export function internetOf(services: Pick<ModemServices, 'instance'>): Internet {
  const modem = services.instance;
  return modem.attachments.getOrCreate(INTERNET, () => {
    const internet = new Internet(modem.clock);
    modem.events.on('power', (state) => {
      if (state === 'off') internet.closeAll('power-off');
    });
    return internet;
  });
}
