// The radio network and the internet the module finds around it: the "world" of the network
// subsystem. It is not the module's state: it is kept in the Modem's attachments and survives
// the module's power cycles (a weak signal stays weak after AT+CRESET), and only control
// actions change it (set signal, lose coverage, reject registration, roam, drop a PDP context,
// place a call...).
//
// Defaults come from the profile (`profile.network.world`). Those of the SIM767XX profile are
// the manual's own example values: the serving cell of the AT+CPSI example (§4.2.6: TAC 0x9A5F,
// cell 65141122, PCI 318, EUTRAN-BAND3, EARFCN 1650, 5 MHz, RSRQ -13, RSRP -103, RSSI -90,
// SINR 5), the operators of the AT+COPS=? example (§4.2.2), the address of the AT+CGPADDR
// example (§5.2.9: 10.83.214.110).

import type { ModemServices } from '../core/handler.js';

/** 3GPP TS 24.008 §10.5.1.3 / 24.301: an operator as AT+COPS lists it. */
export interface OperatorInfo {
  /** MCC+MNC, 5 or 6 digits: "46001". */
  plmn: string;
  long: string;
  short: string;
  /**
   * AT+COPS=? <stat>: 'available' (1), 'unknown' (0), or 'forbidden' (3: listed but refused for
   * registration with EMM cause 11 "PLMN not allowed"). Default 'available'.
   */
  availability?: 'available' | 'unknown' | 'forbidden';
}

/** Radio access technology of the serving cell. The SIM767XX is an LTE Cat-1 module. */
export type Rat = 'LTE' | 'GSM';

export interface ServingCell {
  /** LTE tracking area code / GSM location area code (16 bits). */
  tac: number;
  /** E-UTRAN cell identity (28 bits) / GSM cell id (16 bits). */
  ci: number;
  /** Physical cell id (LTE), BSIC-like id for GSM. */
  pci: number;
  /** EARFCN (LTE) or ARFCN (GSM). */
  earfcn: number;
  /** E-UTRA operating band number (1-72); for GSM the band name's number (900, 1800...). */
  band: number;
  /** Transmission bandwidth configuration index (AT+CPSI <dlbw>/<ulbw>). */
  dlBw: number;
  ulBw: number;
}

/** What the serving cell's signal measures, in 3GPP units. */
export interface SignalMeasures {
  /** Reference signal received power, dBm (-140..-44). */
  rsrp: number;
  /** Reference signal received quality, dB (-20..-3). */
  rsrq: number;
  /** Received signal strength indication, dBm (-113..-51 maps onto CSQ 0..31). */
  rssi: number;
  /** Signal to interference plus noise ratio, dB. */
  sinr: number;
}

/** The far end of a voice call the module dials: how it answers. */
export interface CalleeBehaviour {
  outcome: 'answer' | 'busy' | 'no-answer' | 'no-carrier';
  /** After how long the outcome happens (answer, busy, reject); no-answer waits `noAnswerMs`. */
  afterMs: number;
}

export interface PacketNetwork {
  /** First address handed out; each activation takes the next one. */
  firstAddress: string;
  /** How many addresses have been handed out so far (the next is firstAddress + allocated). */
  allocated: number;
  /** Subnet mask of the handed-out addresses (AT+CGCONTRDP <local_addr and subnet_mask>). */
  subnetMask: string;
  gateway: string;
  dns: [string, string];
  mtu: number;
  /** The APN used when the DTE gives none. */
  defaultApn: string;
  /** APNs the network accepts; empty: any. A refused one fails with ESM cause 27 (CME 127). */
  acceptedApns: string[];
  /** Credentials the network checks (PAP/CHAP); undefined: anything is accepted. */
  credentials?: { user: string; password: string };
  /** Whether the network grants IPv6 (the manual: "This platform does not support IPv6 by default", §13). */
  ipv6: boolean;
  /** Activation time of a PDN connection. */
  activationMs: number;
}

export interface Internet {
  /** Round-trip time to any host, ms. */
  rttMs: number;
  /** TTL of the echo replies the module receives. */
  replyTtl: number;
  /** Names with fixed addresses; other names resolve to an address derived from the name. */
  hosts: Record<string, string>;
  /** Names or addresses that never answer (pings time out). */
  unreachable: string[];
}

export interface NetworkWorld {
  /** A suitable cell is in range. */
  coverage: boolean;
  rat: Rat;
  /** PLMNs present, in the order AT+COPS=? lists them (its <stat> 2 marks the one in use). */
  operators: OperatorInfo[];
  /** The PLMN of the cell that automatic selection camps on. */
  servingPlmn: string;
  /** The home PLMN; undefined: from the SIM's IMSI. */
  homePlmn?: string;
  /** EMM reject cause (3GPP TS 24.301 §9.9.3.9) the network answers attach with; undefined: accept. */
  rejectCause?: number;
  cell: ServingCell;
  signal: SignalMeasures;
  /** NITZ: the network's local time zone, in quarters of an hour, and its DST adjustment in hours. */
  timeZone: { quarters: number; dst: number } | null;
  /** eDRX cycle the network grants when asked ("0101"...) and its paging time window. */
  edrx: { granted: boolean; pagingTimeWindow: string };
  packet: PacketNetwork;
  internet: Internet;
  callee: CalleeBehaviour;
}

export interface NetworkTiming {
  /** Searching → registered, once a usable SIM and a cell are there. */
  registrationMs: number;
  /** A full operator scan (AT+COPS=?), bounded by the manual's 60 s. */
  scanMs: number;
  /** AT+CFUN=0/4: detaching and switching the RF off. */
  radioOffMs: number;
  /** AT+CFUN=1: switching the RF on (registration follows on its own). */
  radioOnMs: number;
  /** Interval between RING indications of an incoming call. */
  ringIntervalMs: number;
  /** How long a dialled voice call rings before NO ANSWER. */
  noAnswerMs: number;
}

/** The profile's network section: the world at start and the module's timing. */
export interface NetworkProfile {
  world: NetworkWorld;
  timing: NetworkTiming;
  /** LTE bands the module supports (AT+CNBP=? lists them). */
  supportedBands: number[];
  /** Band preference at the factory: the LTE mask as hex ("0x000001E20A0818DF") and the band 65-72 mask. */
  bandMask: { lte: string; ext: number };
  /** Operator names the ME knows (AT+COPN), in order. */
  operatorNames: Array<[plmn: string, name: string]>;
  /** The SIM's preferred operator list at the factory (AT+CPOL). */
  preferredOperators: Array<{ plmn: string; act?: [number, number, number, number] }>;
  /** Size of the preferred operator list on the SIM (EF_PLMNwAcT entries). */
  preferredOperatorSlots: number;
}

/** Where the world is kept: the Modem's attachments (they live as long as the Modem). */
const WORLD_KEY = 'network-world';

/** The network world of this simulator, created from the profile on first use. */
export function networkWorld(services: Pick<ModemServices, 'instance' | 'profile'>): NetworkWorld {
  const attachments = services.instance.attachments;
  const existing = attachments.get(WORLD_KEY) as NetworkWorld | undefined;
  if (existing) return existing;
  const fresh = structuredClone(services.profile.network.world);
  attachments.set(WORLD_KEY, fresh);
  return fresh;
}

/** The operator entry of a PLMN, if the world has one. */
export function findOperator(world: NetworkWorld, plmn: string): OperatorInfo | undefined {
  return world.operators.find((o) => o.plmn === plmn);
}

/** IPv4 address arithmetic: `base` + `offset`. */
export function addIpv4(base: string, offset: number): string {
  const n = base.split('.').reduce((acc, part) => acc * 256 + Number(part), 0) + offset;
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Hands out the next address of the world's pool. */
export function allocateAddress(world: NetworkWorld): string {
  const address = addIpv4(world.packet.firstAddress, world.packet.allocated);
  world.packet.allocated++;
  return address;
}

/** Resolves a host name or dotted address the way the simulated internet does. */
export function resolveHost(world: NetworkWorld, name: string): string {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return name;
  const fixed = world.internet.hosts[name.toLowerCase()];
  if (fixed) return fixed;
  // A stable address for any other name, in TEST-NET-3 (RFC 5737).
  let h = 0;
  for (const c of name.toLowerCase()) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `203.0.113.${1 + (h % 254)}`;
}

export function isReachable(world: NetworkWorld, name: string, address: string): boolean {
  const list = world.internet.unreachable.map((u) => u.toLowerCase());
  return !list.includes(name.toLowerCase()) && !list.includes(address);
}
