// PDP context (EPS bearer) activation and deactivation, shared by +CGACT, +CGDATA, +CGATT, the
// EPS attach (default bearer on context 1) and ATD*99# (manual §5.2.3-5.2.10; 27.007 §10.1).
//
// Activation takes `world.packet.activationMs`; the network hands out the next address of its
// pool and may refuse: an APN it does not serve (ESM cause 27 → +CME ERROR: 127 "Mission or
// unknown APN", the manual's text), credentials that do not match (+CME ERROR: 149 "PDP
// authentication failure"), IPv6 when it grants only IPv4 (+CME ERROR: 192 "PDN type IPv4 only
// allowed"; an IPV4V6 request is granted IPv4 with <reason> 0, "+CGEV: ME PDN ACT <cid>,0").
// Errors for the context itself use the manual's codes: 521 "CID is not defined", 518 "CID is
// not active".
//
// +CGEV URCs go out only with +CGEREP=1 and not while the port is in data mode (§5.2.10; mode 0
// buffers in the MT, and with <bfr>=0, the only supported value, the buffer is cleared when
// mode 1 is entered, so it is never seen).

import type { ModemServices } from '../core/handler.js';
import { cme, type Final } from '../core/result.js';
import type { ModemState } from '../state/modem-state.js';
import { activeContext, type ActiveContext, type PdpDefinition } from '../state/packet.js';
import { allocateAddress, networkWorld, type NetworkWorld } from './world.js';

/** The manual's CME codes (§25.3) for the packet domain. */
export const PDP_CME = {
  UNKNOWN_APN: 127,
  AUTH_FAILED: 149,
  UNSPECIFIED_GPRS: 148,
  IPV4_ONLY: 192,
  PDN_TYPE_INVALID: 306,
  UE_BUSY: 302,
  CID_ACTIVE: 515,
  CID_NOT_ACTIVE: 518,
  CID_NOT_DEFINED: 521,
} as const;

export function cgev(state: ModemState, services: ModemServices, event: string): void {
  if (state.packet.cgerep.mode !== 1) return;
  // Mode 1: "discard unsolicited result codes when MT-TE link is reserved (e.g. in on-line data mode)".
  if (services.instance.port.mode === 'data') {
    services.log(`packet: +CGEV: ${event} discarded (the link is in data mode)`);
    return;
  }
  services.urc(`+CGEV: ${event}`);
}

function nextBearerId(state: ModemState): number {
  const id = state.packet.nextBearerId;
  state.packet.nextBearerId = id >= 15 ? 5 : id + 1;
  return id;
}

/** A stable IPv6 address for an IPv4 one (the network's /64 with the address as interface id). */
function ipv6For(v4: string): string {
  const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
  return `2408:8000:1:1::${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

interface Grant {
  address?: string;
  ipv6?: string;
  /** +CGEV: ME PDN ACT <cid>,<reason>: 0 "IPv4 only allowed". */
  reason?: number;
}

/** What the network grants a definition, or the error it answers with. */
function grant(state: ModemState, world: NetworkWorld, def: PdpDefinition): Grant | Final {
  const net = world.packet;
  const apn = def.apn.toLowerCase();
  if (apn !== '' && net.acceptedApns.length > 0 && !net.acceptedApns.some((a) => a.toLowerCase() === apn)) return cme(PDP_CME.UNKNOWN_APN);
  if (net.credentials) {
    const auth = state.packet.auth[def.cid];
    if (!auth || auth.type === 0 || auth.user !== net.credentials.user || auth.password !== net.credentials.password) return cme(PDP_CME.AUTH_FAILED);
  }
  switch (def.type) {
    case 'IP':
      return { address: def.address || allocateAddress(world) };
    case 'IPV6':
      if (!net.ipv6) return cme(PDP_CME.IPV4_ONLY);
      return { ipv6: ipv6For(allocateAddress(world)) };
    case 'IPV4V6': {
      const address = def.address || allocateAddress(world);
      return net.ipv6 ? { address, ipv6: ipv6For(address) } : { address, reason: 0 };
    }
    case 'Non-IP':
      return cme(PDP_CME.PDN_TYPE_INVALID);
  }
}

function isFinal(x: Grant | Final): x is Final {
  return 'kind' in x;
}

function makeActive(state: ModemState, services: ModemServices, world: NetworkWorld, def: PdpDefinition, g: Grant, origin: ActiveContext['origin']): void {
  state.packet.contexts[def.cid] = {
    status: 'active',
    cid: def.cid,
    bearerId: nextBearerId(state),
    apn: def.apn || world.packet.defaultApn,
    ...(g.address ? { address: g.address } : {}),
    ...(g.ipv6 ? { ipv6: g.ipv6 } : {}),
    origin,
    since: services.clock.now(),
  };
  services.log(`packet: context ${def.cid} active, ${g.address ?? g.ipv6 ?? 'no address'}`);
  cgev(state, services, `ME PDN ACT ${def.cid}${g.reason !== undefined ? ',' + g.reason : ''}`);
}

/** The EPS attach brings up the default bearer on context 1 (if defined), with no delay of its own. */
export function activateDefaultBearer(state: ModemState, services: ModemServices, world: NetworkWorld): void {
  const def = state.packet.definitions[1];
  if (!def || state.packet.contexts[1]) return;
  const g = grant(state, world, def);
  if (isFinal(g)) {
    services.log(`packet: default bearer on context 1 refused (+CME ERROR: ${g.kind === 'cme' ? g.code : '?'}); attached without PDN`);
    return;
  }
  makeActive(state, services, world, def, g, 'attach');
}

/**
 * Activates context `cid` (primary or secondary). Resolves to undefined on success or to the
 * error. The caller has checked that the module is registered.
 */
export async function activateContext(state: ModemState, services: ModemServices, cid: number, origin: ActiveContext['origin']): Promise<Final | undefined> {
  const world = networkWorld(services);
  const packet = state.packet;
  const current = packet.contexts[cid];
  if (current?.status === 'active') return undefined;
  if (current?.status === 'activating') return cme(PDP_CME.UE_BUSY);
  const secondary = packet.secondaries[cid];
  const def = packet.definitions[cid];
  if (!def && !secondary) return cme(PDP_CME.CID_NOT_DEFINED);
  if (secondary) {
    const primary = activeContext(packet, secondary.pCid);
    if (!primary) return cme(PDP_CME.CID_NOT_ACTIVE);
    packet.contexts[cid] = { status: 'activating' };
    await services.clock.sleep(world.packet.activationMs);
    if (packet.contexts[cid]?.status !== 'activating' || !activeContext(packet, secondary.pCid)) return cme(PDP_CME.UNSPECIFIED_GPRS);
    packet.contexts[cid] = { ...primary, status: 'active', cid, bearerId: nextBearerId(state), primary: primary.cid, origin, since: services.clock.now() };
    cgev(state, services, `ME ACT ${secondary.pCid},${cid},0`);
    return undefined;
  }
  packet.contexts[cid] = { status: 'activating' };
  await services.clock.sleep(world.packet.activationMs);
  if (packet.contexts[cid]?.status !== 'activating' || state.network.registration.phase !== 'registered') {
    if (packet.contexts[cid]?.status === 'activating') delete packet.contexts[cid];
    return cme(PDP_CME.UNSPECIFIED_GPRS);
  }
  const g = grant(state, world, def!);
  if (isFinal(g)) {
    delete packet.contexts[cid];
    return g;
  }
  makeActive(state, services, world, def!, g, origin);
  return undefined;
}

/** Ends the data call riding on `cid`, if any. */
function endDataCall(state: ModemState, cid: number, reason: string): void {
  const call = state.calls.data;
  if (call && call.cid === cid) {
    state.calls.data = undefined;
    call.terminate(reason);
  }
}

/** Deactivates one context (and its secondaries); `by` says who, for the +CGEV event. */
export function deactivateContext(state: ModemState, services: ModemServices, cid: number, by: 'me' | 'nw'): void {
  const packet = state.packet;
  const ctx = packet.contexts[cid];
  if (!ctx) return;
  delete packet.contexts[cid];
  // "If a specified PDP context is deactivated, the corresponding Packet Filter TFT need to be
  // specified again" (§5.2.7 note).
  packet.filters = packet.filters.filter((f) => f.cid !== cid);
  endDataCall(state, cid, by === 'nw' ? 'network deactivated the context' : 'context deactivated');
  if (ctx.status !== 'active') return;
  services.log(`packet: context ${cid} deactivated (${by === 'me' ? 'by the module' : 'by the network'})`);
  const who = by === 'me' ? 'ME' : 'NW';
  if (ctx.primary !== undefined) {
    cgev(state, services, `${who} DEACT ${ctx.primary},${cid},0`);
    return;
  }
  for (const other of Object.values(packet.contexts)) {
    if (other.status === 'active' && other.primary === cid) deactivateContext(state, services, other.cid, by);
  }
  cgev(state, services, `${who} PDN DEACT ${cid}`);
}

/** Every context gone at once (detach): reported by the detach event, not one by one. */
export function deactivateAll(state: ModemState, services: ModemServices, by: 'me' | 'nw'): void {
  const packet = state.packet;
  const cids = Object.keys(packet.contexts).map(Number);
  if (cids.length === 0) return;
  for (const cid of cids) {
    delete packet.contexts[cid];
    endDataCall(state, cid, by === 'nw' ? 'network detached' : 'detached');
  }
  packet.filters = packet.filters.filter((f) => !cids.includes(f.cid));
  services.log(`packet: contexts ${cids.join(',')} released by the ${by === 'me' ? 'module' : 'network'} detach`);
}
