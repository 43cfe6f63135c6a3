// Control actions of the radio network (simulator/network/world.ts): what the world around the
// module does — signal, coverage, operators, roaming, registration rejects, cells, RAT, network
// time, PDP context drops, the packet network's rules and the internet's hosts. Each changes the
// world (which survives module restarts); the module reacts after the action (ModemControl runs
// the slices' react: registration URCs and the like), except where the network itself acts on
// the module now (detach, context deactivation, time zone).

import type { Modem } from '../core/modem.js';
import { deactivateContext } from '../network/pdp.js';
import { homePlmn, networkDetach } from '../network/radio.js';
import { rssiFromCsq } from '../network/signal.js';
import { receiveNitz } from '../network/time-zone.js';
import { findOperator, networkWorld, type NetworkWorld, type OperatorInfo, type Rat } from '../network/world.js';
import { ControlError, type ControlAction } from './action.js';

function worldOf(modem: Modem): NetworkWorld {
  return networkWorld(modem.services());
}

function requireOn(modem: Modem, what: string): void {
  if (modem.power !== 'on') throw new ControlError(`${what}: the module is ${modem.power}; power it on first`);
}

function nameFor(modem: Modem, plmn: string): string {
  return modem.profile.network.operatorNames.find(([p]) => p === plmn)?.[1] ?? plmn;
}

function addOperator(modem: Modem, world: NetworkWorld, plmn: string, long?: string, short?: string): OperatorInfo {
  if (!/^\d{5,6}$/.test(plmn)) throw new ControlError(`--plmn must be MCC+MNC, 5 or 6 digits (e.g. 46001), got ${JSON.stringify(plmn)}`);
  let op = findOperator(world, plmn);
  if (!op) {
    op = { plmn, long: long ?? nameFor(modem, plmn), short: short ?? nameFor(modem, plmn) };
    world.operators.push(op);
  } else {
    if (long !== undefined) op.long = long;
    if (short !== undefined) op.short = short;
  }
  return op;
}

function registrationSummary(modem: Modem) {
  const n = modem.state.network;
  return { registration: n.registration.phase === 'registered' ? { ...n.registration } : n.registration, stat: { creg: n.cs, cgreg: n.ps, cereg: n.eps }, functionality: n.functionality };
}

export const networkActions: readonly ControlAction[] = [
  {
    name: 'set signal',
    summary: 'Signal of the serving cell: RSSI/RSRP/RSRQ/SINR, or a +CSQ value',
    params: {
      csq: { type: 'number', description: '+CSQ <rssi> 0-31 (sets the RSSI in dBm)' },
      rssi: { type: 'number', description: 'carrier RSSI, dBm (-113..-51)' },
      rsrp: { type: 'number', description: 'RSRP, dBm (-140..-44)' },
      rsrq: { type: 'number', description: 'RSRQ, dB (-20..-3)' },
      sinr: { type: 'number', description: 'SINR, dB' },
    },
    run: (modem, p) => {
      const s = worldOf(modem).signal;
      if (p.csq !== undefined) {
        const csq = p.csq as number;
        if (!Number.isInteger(csq) || csq < 0 || csq > 31) throw new ControlError('--csq must be 0-31');
        s.rssi = rssiFromCsq(csq);
      }
      for (const k of ['rssi', 'rsrp', 'rsrq', 'sinr'] as const) if (p[k] !== undefined) s[k] = p[k] as number;
      return { ...s };
    },
  },
  {
    name: 'set coverage',
    summary: 'Cell in range or not (losing it: +CEREG: 4 ..., regaining: 2 then 1)',
    params: { on: { type: 'boolean', description: 'true: a cell is in range', required: true } },
    run: (modem, p) => {
      worldOf(modem).coverage = p.on as boolean;
      return { coverage: p.on };
    },
  },
  {
    name: 'set operator',
    summary: 'The network the cell belongs to (automatic selection registers there)',
    params: {
      plmn: { type: 'string', description: 'MCC+MNC, e.g. 46000', required: true },
      long: { type: 'string', description: 'long name' },
      short: { type: 'string', description: 'short name' },
    },
    run: (modem, p) => {
      const world = worldOf(modem);
      const op = addOperator(modem, world, p.plmn as string, p.long as string | undefined, p.short as string | undefined);
      world.servingPlmn = op.plmn;
      return { serving: op };
    },
  },
  {
    name: 'set operators',
    summary: 'The networks in range, as AT+COPS=? lists them (JSON array of {plmn,long,short,availability})',
    params: {
      json: { type: 'string', description: '[{"plmn":"46000","long":"CHINA MOBILE","short":"CMCC","availability":"available|unknown|forbidden"}]', required: true },
      serving: { type: 'string', description: 'PLMN automatic selection uses (default: the first)' },
    },
    run: (modem, p) => {
      let list: unknown;
      try {
        list = JSON.parse(p.json as string);
      } catch (e) {
        throw new ControlError(`--json is not valid JSON: ${(e as Error).message}`);
      }
      if (!Array.isArray(list) || list.length === 0) throw new ControlError('--json must be a non-empty array');
      const ops: OperatorInfo[] = list.map((x: { plmn?: unknown; long?: unknown; short?: unknown; availability?: unknown }) => {
        if (typeof x?.plmn !== 'string' || !/^\d{5,6}$/.test(x.plmn)) throw new ControlError(`each operator needs "plmn" (5-6 digits): ${JSON.stringify(x)}`);
        const availability = x.availability === 'forbidden' || x.availability === 'unknown' ? x.availability : undefined;
        return { plmn: x.plmn, long: typeof x.long === 'string' ? x.long : nameFor(modem, x.plmn), short: typeof x.short === 'string' ? x.short : nameFor(modem, x.plmn), ...(availability ? { availability } : {}) };
      });
      const world = worldOf(modem);
      world.operators = ops;
      world.servingPlmn = (p.serving as string | undefined) ?? ops[0]!.plmn;
      return { operators: ops, serving: world.servingPlmn };
    },
  },
  {
    name: 'set roaming',
    summary: 'Roam (serve from a network other than the SIM\'s home) or come home',
    params: { on: { type: 'boolean', description: 'true: roaming', required: true } },
    run: (modem, p) => {
      const world = worldOf(modem);
      const home = homePlmn(modem.state, world);
      if (!home) throw new ControlError('no home network: no SIM in the slot and no world.homePlmn');
      if (p.on) {
        const visited = world.operators.find((o) => o.plmn !== home && o.availability !== 'forbidden');
        if (!visited) throw new ControlError('no other network in range to roam on; add one with "set operators" or "set operator"');
        world.servingPlmn = visited.plmn;
      } else {
        addOperator(modem, world, home);
        world.servingPlmn = home;
      }
      return { serving: world.servingPlmn, home };
    },
  },
  {
    name: 'reject registration',
    summary: 'The network rejects the attach with an EMM cause (stat 3 "registration denied")',
    params: { cause: { type: 'number', description: 'EMM cause (24.301 §9.9.3.9), e.g. 15 no suitable cells, 11 PLMN not allowed', required: true } },
    run: (modem, p) => {
      const cause = p.cause as number;
      if (!Number.isInteger(cause) || cause < 1 || cause > 255) throw new ControlError('--cause must be 1-255');
      worldOf(modem).rejectCause = cause;
      return { rejectCause: cause };
    },
  },
  {
    name: 'accept registration',
    summary: 'The network accepts attaches again (clears a reject cause)',
    params: {},
    run: (modem) => {
      delete worldOf(modem).rejectCause;
      return { rejectCause: null };
    },
  },
  {
    name: 'set cell',
    summary: 'The serving cell (a change while registered raises +CREG/+CGREG/+CEREG with <n>=2)',
    params: {
      tac: { type: 'number', description: 'tracking/location area code' },
      ci: { type: 'number', description: 'cell identity' },
      pci: { type: 'number', description: 'physical cell id' },
      earfcn: { type: 'number', description: 'EARFCN / ARFCN' },
      band: { type: 'number', description: 'E-UTRA band number' },
    },
    run: (modem, p) => {
      const cell = worldOf(modem).cell;
      if (p.tac !== undefined) cell.tac = p.tac as number;
      if (p.ci !== undefined) cell.ci = p.ci as number;
      if (p.pci !== undefined) cell.pci = p.pci as number;
      if (p.earfcn !== undefined) cell.earfcn = p.earfcn as number;
      if (p.band !== undefined) cell.band = p.band as number;
      return { ...cell };
    },
  },
  {
    name: 'set rat',
    summary: 'Radio access technology of the cell: LTE (the module\'s) or GSM',
    params: { rat: { type: 'string', description: 'LTE or GSM', required: true } },
    run: (modem, p) => {
      const rat = String(p.rat).toUpperCase();
      if (rat !== 'LTE' && rat !== 'GSM') throw new ControlError('--rat must be LTE or GSM');
      worldOf(modem).rat = rat as Rat;
      return { rat };
    },
  },
  {
    name: 'set time zone',
    summary: 'The network\'s time zone (NITZ), reported per +CTZR and applied per +CTZU',
    params: {
      quarters: { type: 'number', description: 'zone in quarters of an hour, -48..56 (32 = UTC+8)', required: true },
      dst: { type: 'number', description: 'daylight saving adjustment included, hours 0-2' },
    },
    run: (modem, p) => {
      const quarters = p.quarters as number;
      if (!Number.isInteger(quarters) || quarters < -48 || quarters > 56) throw new ControlError('--quarters must be -48..56');
      const world = worldOf(modem);
      world.timeZone = { quarters, dst: (p.dst as number | undefined) ?? 0 };
      if (modem.power === 'on' && modem.state.network.registration.phase === 'registered') receiveNitz(modem.state, modem.services(), world, false);
      return { timeZone: world.timeZone };
    },
  },
  {
    name: 'network detach',
    summary: 'The network detaches the module (+CGEV: NW DETACH); it attaches again',
    params: {},
    run: (modem) => {
      requireOn(modem, 'network detach');
      if (!networkDetach(modem.state, modem.services())) throw new ControlError('network detach: the module is not registered');
      return registrationSummary(modem);
    },
  },
  {
    name: 'deactivate context',
    summary: 'The network deactivates a PDP context (+CGEV: NW PDN DEACT <cid>; a data call on it ends)',
    params: { cid: { type: 'number', description: 'context id 1-15', required: true } },
    run: (modem, p) => {
      requireOn(modem, 'deactivate context');
      const cid = p.cid as number;
      if (!modem.state.packet.contexts[cid]) throw new ControlError(`context ${cid} is not active`);
      deactivateContext(modem.state, modem.services(), cid, 'nw');
      return { active: Object.keys(modem.state.packet.contexts).map(Number) };
    },
  },
  {
    name: 'set data network',
    summary: 'Rules of the packet network: APNs served, credentials checked, IPv6, activation time',
    params: {
      apns: { type: 'string', description: 'comma-separated APNs served ("" = any)' },
      user: { type: 'string', description: 'PAP/CHAP user the network checks (with --password; "" clears)' },
      password: { type: 'string', description: 'password the network checks' },
      ipv6: { type: 'boolean', description: 'whether IPv6 is granted' },
      activationMs: { type: 'number', description: 'PDP activation time, ms' },
    },
    run: (modem, p) => {
      const net = worldOf(modem).packet;
      if (p.apns !== undefined) net.acceptedApns = String(p.apns).split(',').map((a) => a.trim()).filter(Boolean);
      if (p.user !== undefined || p.password !== undefined) {
        if (p.user === '' && (p.password === undefined || p.password === '')) delete net.credentials;
        else net.credentials = { user: String(p.user ?? ''), password: String(p.password ?? '') };
      }
      if (p.ipv6 !== undefined) net.ipv6 = p.ipv6 as boolean;
      if (p.activationMs !== undefined) net.activationMs = Math.max(0, p.activationMs as number);
      return { ...net };
    },
  },
  {
    name: 'set host',
    summary: 'A host of the simulated internet (AT+CPING): its address and whether it answers',
    params: {
      name: { type: 'string', description: 'host name or address', required: true },
      address: { type: 'string', description: 'IPv4 address the name resolves to' },
      reachable: { type: 'boolean', description: 'false: pings time out' },
      rttMs: { type: 'number', description: 'round-trip time of every host, ms' },
    },
    run: (modem, p) => {
      const internet = worldOf(modem).internet;
      const name = String(p.name).toLowerCase();
      if (p.address !== undefined) {
        if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(String(p.address))) throw new ControlError('--address must be a dotted IPv4 address');
        internet.hosts[name] = String(p.address);
      }
      if (p.reachable !== undefined) {
        internet.unreachable = internet.unreachable.filter((u) => u !== name);
        if (p.reachable === false) internet.unreachable.push(name);
      }
      if (p.rttMs !== undefined) internet.rttMs = Math.max(1, p.rttMs as number);
      return { host: name, address: internet.hosts[name] ?? null, reachable: !internet.unreachable.includes(name), rttMs: internet.rttMs };
    },
  },
  {
    name: 'network status',
    summary: 'Registration, settings and the world around the module',
    params: {},
    run: (modem) => ({ ...registrationSummary(modem), contexts: modem.state.packet.contexts, world: worldOf(modem) }),
  },
];
