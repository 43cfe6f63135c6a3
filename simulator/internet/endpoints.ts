// How the module's view of the network maps onto the host's real sockets.
//
// Outbound: the module connects to <address>:<port> as it sees them (an address its DNS gave, or
// one the DTE typed). A route may send that to another real endpoint ("183.230.174.137:6031 is
// the test's server on 127.0.0.1:40123"), so a manual example's addresses work against a real
// server on loopback. What is neither routed nor on loopback is reachable only when the outbound
// policy is 'any' (default 'loopback': nothing leaves the machine; a connection to an address
// that is not reachable is never answered, as a host without a route to it, and times out).
//
// Inbound: a port the module listens on (+SERVERSTART) or binds (UDP +CIPOPEN) is a port of the
// host. Default: the same number (the module's 10000 is the host's 10000 on 127.0.0.1); with
// `listenPorts: 'ephemeral'` the host picks a free one, and `portMap` names one per module port.
// The control action "internet status" reports which host port serves which module port.

export interface Endpoint {
  address: string;
  port: number;
}

export interface InternetOptions {
  /** Module-view destinations ("a.b.c.d" or "a.b.c.d:port") → real endpoint on the host. */
  routes: Record<string, Endpoint>;
  /** 'loopback': only loopback (and routed) destinations answer; 'any': the host's network too. */
  outbound: 'loopback' | 'any';
  /** Host port for a module port: 'same' number, or an 'ephemeral' one the host picks. */
  listenPorts: 'same' | 'ephemeral';
  /** Explicit module port → host port entries, before `listenPorts` applies. */
  portMap: Record<number, number>;
  /** Host address listeners and UDP sockets bind to. */
  listenHost: string;
}

export function defaultInternetOptions(): InternetOptions {
  return { routes: {}, outbound: 'loopback', listenPorts: 'same', portMap: {}, listenHost: '127.0.0.1' };
}

export function isLoopback(address: string): boolean {
  return /^127\./.test(address) || address === '::1' || address === '::ffff:127.0.0.1' || address === 'localhost';
}

/** The real endpoint for a module-view destination, or undefined when it is not reachable. */
export function realDestination(options: InternetOptions, to: Endpoint): Endpoint | undefined {
  const routed = options.routes[`${to.address}:${to.port}`] ?? options.routes[to.address];
  if (routed) return { address: routed.address, port: routed.port || to.port };
  if (isLoopback(to.address) || options.outbound === 'any') return to;
  return undefined;
}

/** The module-view endpoint of a real peer: the route's destination if the peer is a route target. */
export function moduleView(options: InternetOptions, real: Endpoint): Endpoint {
  const address = real.address.replace(/^::ffff:/, '');
  for (const [key, target] of Object.entries(options.routes)) {
    if (target.address !== address) continue;
    const [routedAddress, routedPort] = key.split(':');
    if (routedPort !== undefined && target.port === real.port) return { address: routedAddress!, port: Number(routedPort) };
    if (routedPort === undefined && (target.port === 0 || target.port === real.port)) return { address: routedAddress!, port: real.port };
  }
  return { address, port: real.port };
}

/** The host port to bind for module port `modulePort` (0: any). */
export function hostPortFor(options: InternetOptions, modulePort: number): number {
  const mapped = options.portMap[modulePort];
  if (mapped !== undefined) return mapped;
  if (modulePort === 0 || options.listenPorts === 'ephemeral') return 0;
  return modulePort;
}
