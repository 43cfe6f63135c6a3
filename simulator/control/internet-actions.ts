// Control actions of the data-connection layer (simulator/internet/): how the module's view of
// the network maps onto the host — routes for module-view destinations, the outbound policy, the
// host ports that serve the module's listening ports — and what is open now.

import type { Modem } from '../core/modem.js';
import { internetOf } from '../internet/internet.js';
import { isIpv4 } from '../internet/resolver.js';
import { ControlError, choiceParam, rangedParam, type ControlAction } from './action.js';

function internet(modem: Modem) {
  return internetOf(modem.services());
}

function status(modem: Modem) {
  const net = internet(modem);
  const t = modem.power === 'on' ? modem.state.tcpip : undefined;
  return {
    options: net.options,
    bindings: net.bindings(),
    open: net.openCount,
    service: t?.service ?? {},
    links: t?.links.map((l, n) => ({ link: n, ...(l.lifecycle ?? { status: 'closed' }), buffered: l.rx.reduce((a, b) => a + b.length, 0) })) ?? [],
    servers: t?.servers ?? [],
  };
}

export const internetActions: readonly ControlAction[] = [
  {
    name: 'internet route',
    summary: 'Send the module\'s connections to <address>[:<port>] to a real endpoint (a test server on loopback)',
    params: {
      to: { type: 'string', description: 'module-view destination: a.b.c.d or a.b.c.d:port', required: true },
      host: { type: 'string', description: 'real host address (default 127.0.0.1)' },
      port: { type: 'number', description: 'real port (default: the same port)' },
      remove: { type: 'boolean', description: 'delete the route' },
    },
    run: (modem, p) => {
      const to = String(p.to);
      const [address, port] = to.split(':');
      if (!isIpv4(address ?? '') || (port !== undefined && !/^\d{1,5}$/.test(port))) throw new ControlError('--to must be a.b.c.d or a.b.c.d:port');
      const routes = internet(modem).options.routes;
      if (p.remove === true) delete routes[to];
      else routes[to] = { address: p.host === undefined ? '127.0.0.1' : String(p.host), port: rangedParam(p, 'port', 1, 65535) ?? 0 };
      return { routes };
    },
  },
  {
    name: 'set internet',
    summary: 'Outbound policy (loopback only, or the host network) and the host ports for module listening ports',
    params: {
      outbound: { type: 'string', description: 'loopback (default) or any' },
      listenPorts: { type: 'string', description: 'same (default: module port = host port) or ephemeral (the host picks; see "internet status")' },
      listenHost: { type: 'string', description: 'host address listeners bind to (default 127.0.0.1)' },
      modulePort: { type: 'number', description: 'with --hostPort: map this module port' },
      hostPort: { type: 'number', description: 'host port for --modulePort (0: ephemeral)' },
    },
    run: (modem, p) => {
      const o = internet(modem).options;
      const outbound = choiceParam(p, 'outbound', ['loopback', 'any'] as const);
      if (outbound) o.outbound = outbound;
      const listen = choiceParam(p, 'listenPorts', ['same', 'ephemeral'] as const);
      if (listen) o.listenPorts = listen;
      if (p.listenHost !== undefined) o.listenHost = String(p.listenHost);
      const modulePort = rangedParam(p, 'modulePort', 0, 65535);
      const hostPort = rangedParam(p, 'hostPort', 0, 65535);
      if ((modulePort === undefined) !== (hostPort === undefined)) throw new ControlError('--modulePort and --hostPort go together');
      if (modulePort !== undefined) o.portMap[modulePort] = hostPort!;
      return { options: o };
    },
  },
  {
    name: 'internet status',
    summary: 'The socket service, links, servers and which host port serves which module port',
    params: {},
    run: (modem) => status(modem),
  },
];
