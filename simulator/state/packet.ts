// The packet domain (manual chapter 5): PDP context definitions (+CGDCONT, +CGDSCONT), their
// packet filters (+CGTFT) and authentication (+CGAUTH), which contexts are active with which
// addresses (+CGACT, +CGPADDR, +CGCONTRDP) and event reporting (+CGEREP).
//
// Saving (manual §1.4 and the sections): +CGDCONT and +CGAUTH are AUTO_SAVE; +CGDSCONT,
// +CGTFT, +CGACT and +CGEREP are NO_SAVE. Active contexts never survive a power cycle.
//
// Factory definitions: context 1, "IP", empty APN — the AT+CGDCONT? example (§5.2.5).

import { defineSlice } from './modem-state.js';

export type PdpType = 'IP' | 'IPV6' | 'IPV4V6' | 'Non-IP';

/** One +CGDCONT definition. Optional numbers are undefined when the DTE left them out. */
export interface PdpDefinition {
  cid: number;
  type: PdpType;
  apn: string;
  /** A static address asked for (<PDP_addr>); empty: dynamic. */
  address: string;
  dComp?: number;
  hComp?: number;
  ipv4Ctrl?: number;
  requestType?: number;
  pcscfDiscovery?: number;
  imCnSignalling?: number;
  nslpi?: number;
  securePco?: number;
  ipv4MtuDiscovery?: number;
}

/** One +CGDSCONT definition: a secondary context of primary `pCid`. */
export interface SecondaryDefinition {
  cid: number;
  pCid: number;
  dComp?: number;
  hComp?: number;
  imCnSignalling: number;
}

/** One +CGTFT packet filter (27.007 §10.1.3), values as the DTE gave them. */
export interface PacketFilter {
  cid: number;
  id: number;
  precedence: number;
  remoteAddressMask?: string;
  protocol?: number;
  destinationPorts?: string;
  sourcePorts?: string;
  spi?: string;
  tos?: string;
  flowLabel?: string;
  direction?: number;
}

/** +CGAUTH: 0 none, 1 PAP, 2 CHAP. */
export interface PdpAuth {
  type: 0 | 1 | 2;
  user: string;
  password: string;
}

/** An active context: what the network handed out when it was activated. */
export interface ActiveContext {
  cid: number;
  bearerId: number;
  /** The APN in use (the network's default when the definition gave none). */
  apn: string;
  /** IPv4 address, unless the network granted IPv6 only. */
  address?: string;
  ipv6?: string;
  /** Secondary contexts share their primary's address. */
  primary?: number;
  /** How it came up: implicitly with the EPS attach, by +CGACT/+CGDATA, or by a PPP dial-up. */
  origin: 'attach' | 'command' | 'dial-up';
  since: number;
}

export type ContextLifecycle = { status: 'activating' } | ({ status: 'active' } & ActiveContext);

export interface PacketState {
  definitions: Record<number, PdpDefinition>;
  secondaries: Record<number, SecondaryDefinition>;
  filters: PacketFilter[];
  auth: Record<number, PdpAuth>;
  /** Contexts being activated or active, by cid. Absent: inactive. */
  contexts: Record<number, ContextLifecycle>;
  /** +CGEREP <mode>, <bfr>. */
  cgerep: { mode: number; bfr: number };
  /** Next EPS bearer identity to hand out (24.007: 5-15). */
  nextBearerId: number;
}

declare module './modem-state.js' {
  interface ModemState {
    packet: PacketState;
  }
}

export const MIN_CID = 1;
export const MAX_CID = 15;

export function factoryDefinitions(): Record<number, PdpDefinition> {
  return { 1: { cid: 1, type: 'IP', apn: '', address: '' } };
}

export function activeContext(packet: PacketState, cid: number): ActiveContext | undefined {
  const c = packet.contexts[cid];
  return c?.status === 'active' ? c : undefined;
}

export function activeCids(packet: PacketState): number[] {
  return Object.values(packet.contexts)
    .filter((c): c is { status: 'active' } & ActiveContext => c.status === 'active')
    .map((c) => c.cid)
    .sort((a, b) => a - b);
}

interface SavedPacket {
  definitions?: unknown;
  auth?: unknown;
}

const PDP_TYPES: readonly PdpType[] = ['IP', 'IPV6', 'IPV4V6', 'Non-IP'];

function loadDefinitions(data: unknown): Record<number, PdpDefinition> | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const out: Record<number, PdpDefinition> = {};
  for (const value of Object.values(data as Record<string, unknown>)) {
    const d = value as Partial<PdpDefinition> | null;
    if (!d || typeof d.cid !== 'number' || d.cid < MIN_CID || d.cid > MAX_CID) continue;
    if (!PDP_TYPES.includes(d.type as PdpType) || typeof d.apn !== 'string') continue;
    out[d.cid] = { ...(d as PdpDefinition), address: typeof d.address === 'string' ? d.address : '' };
  }
  return out;
}

function loadAuth(data: unknown): Record<number, PdpAuth> | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const out: Record<number, PdpAuth> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const a = value as Partial<PdpAuth> | null;
    const cid = Number(key);
    if (!a || !(cid >= MIN_CID && cid <= MAX_CID)) continue;
    if ((a.type === 0 || a.type === 1 || a.type === 2) && typeof a.user === 'string' && typeof a.password === 'string') {
      out[cid] = { type: a.type, user: a.user, password: a.password };
    }
  }
  return out;
}

export const packetSlice = defineSlice({
  key: 'packet',
  create: () => ({
    definitions: factoryDefinitions(),
    secondaries: {},
    filters: [],
    auth: {},
    contexts: {},
    cgerep: { mode: 0, bfr: 0 },
    nextBearerId: 5,
  }),
  nvram: {
    save: (p): SavedPacket => ({ definitions: p.definitions, auth: p.auth }),
    load: (p, data) => {
      const d = data as SavedPacket;
      const definitions = loadDefinitions(d.definitions);
      if (definitions) p.definitions = definitions;
      const auth = loadAuth(d.auth);
      if (auth) p.auth = auth;
    },
  },
});
