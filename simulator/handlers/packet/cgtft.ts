// SIM767XX §5.2.7 AT+CGTFT Traffic Flow Template.
//
// Write <cid>,<packet filter identifier>,<evaluation precedence index>[,<remote address and
// subnet mask>[,<protocol number>[,<destination port range>[,<source port range>[,<ipsec spi>
// [,<tos and mask>[,<flow label>[,<direction>]]]]]]]]: adds (or replaces, same identifier) a
// packet filter of context <cid> (defined, primary or secondary). Values as the manual defines
// them: identifier 1-16, precedence 0-255 (unique among the filters of one context), address
// "a1.a2.a3.a4.m1.m2.m3.m4" with a mask other than 0.0.0.0, protocol 0-255, port ranges "f.t"
// (0-65535), SPI hex up to FFFFFFFF, TOS "t.m", flow label hex up to FFFFF, direction 0-3.
// AT+CGTFT=<cid> deletes the filters of <cid>. Read lists every filter. Filters are lost when
// their context is deactivated (the manual's note). NO_SAVE.
// Test: the manual example's IPv4 line (the table's copy carries OCR damage: "65535.6553 5"
// and an empty "+CGTFT:" line); IPv6 is not supported by the platform by default (§13).
// The execute form answers OK (manual); as the chapter's other execute forms it restores the
// default: no filters.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { PDP_CME } from '../../network/pdp.js';
import type { PacketFilter } from '../../state/packet.js';
import { CID_RULE, parseArgs } from '../network/args.js';

const TEST_LINE = '+CGTFT: "IP",(1-16),(0-255),("0.0.0.0.0.0.0.0"-"255.255.255.255.255.255.255.255"),(0-255),("0.0"-"65535.65535"),("0.0"-"65535.65535"),(0-FFFFFFFF),("0.0"-"255.255"),,(0-3)';

function dotted(text: string, count: number, max: number): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== count || !parts.every((p) => /^\d{1,5}$/.test(p))) return undefined;
  const nums = parts.map(Number);
  return nums.every((n) => n <= max) ? nums : undefined;
}

function validAddressMask(text: string): boolean {
  const nums = dotted(text, 8, 255);
  return nums !== undefined && nums.slice(4).some((m) => m !== 0);
}

function validRange(text: string): boolean {
  const nums = dotted(text, 2, 65535);
  return nums !== undefined && nums[0]! <= nums[1]!;
}

const q = (s: string | undefined) => (s === undefined ? '' : `"${s}"`);
const n = (x: number | string | undefined) => (x === undefined ? '' : String(x));

export const cgtft: CommandHandler = {
  name: '+CGTFT',
  argumentCheck: 'own',
  test: () => reply(OK, [TEST_LINE]),
  read: (ctx) =>
    reply(
      OK,
      [...ctx.state.packet.filters]
        .sort((a, b) => a.cid - b.cid || a.id - b.id)
        .map((f) => `+CGTFT: ${f.cid},${f.id},${f.precedence},${q(f.remoteAddressMask)},${n(f.protocol)},${q(f.destinationPorts)},${q(f.sourcePorts)},${n(f.spi)},${q(f.tos)},${n(f.flowLabel)},${n(f.direction)}`),
    ),
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      CID_RULE(),
      { name: 'packet filter identifier', kind: 'int', optional: true, min: 1, max: 16 },
      { name: 'evaluation precedence index', kind: 'int', optional: true, min: 0, max: 255 },
      { name: 'remote address and subnet mask', kind: 'string', optional: true },
      { name: 'protocol number', kind: 'int', optional: true, min: 0, max: 255 },
      { name: 'destination port range', kind: 'string', optional: true },
      { name: 'source port range', kind: 'string', optional: true },
      { name: 'ipsec security parameter index', kind: 'raw', optional: true },
      { name: 'type of service and mask', kind: 'string', optional: true },
      { name: 'flow label', kind: 'raw', optional: true },
      { name: 'direction', kind: 'int', optional: true, min: 0, max: 3 },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const [cid, id, precedence, addr, protocol, dports, sports, spi, tos, flow, direction] = parsed.values as [number, number | undefined, number | undefined, string | undefined, number | undefined, string | undefined, string | undefined, string | undefined, string | undefined, string | undefined, number | undefined];
    const packet = ctx.state.packet;
    if (!packet.definitions[cid] && !packet.secondaries[cid]) return reply(cme(PDP_CME.CID_NOT_DEFINED));
    if (id === undefined && precedence === undefined && parsed.values.slice(3).every((x) => x === undefined)) {
      packet.filters = packet.filters.filter((f) => f.cid !== cid);
      return reply(OK);
    }
    if (id === undefined || precedence === undefined) return reply(ERROR);
    if (addr !== undefined && !validAddressMask(addr)) return reply(ERROR);
    if ((dports !== undefined && !validRange(dports)) || (sports !== undefined && !validRange(sports))) return reply(ERROR);
    if (spi !== undefined && !/^[0-9A-Fa-f]{1,8}$/.test(spi)) return reply(ERROR);
    if (tos !== undefined && dotted(tos, 2, 255) === undefined) return reply(ERROR);
    if (flow !== undefined && !/^[0-9A-Fa-f]{1,5}$/.test(flow)) return reply(ERROR);
    const others = packet.filters.filter((f) => !(f.cid === cid && f.id === id));
    if (others.some((f) => f.cid === cid && f.precedence === precedence)) return reply(ERROR);
    const filter: PacketFilter = { cid, id, precedence };
    if (addr !== undefined) filter.remoteAddressMask = addr;
    if (protocol !== undefined) filter.protocol = protocol;
    if (dports !== undefined) filter.destinationPorts = dports;
    if (sports !== undefined) filter.sourcePorts = sports;
    if (spi !== undefined) filter.spi = spi.toUpperCase();
    if (tos !== undefined) filter.tos = tos;
    if (flow !== undefined) filter.flowLabel = flow.toUpperCase();
    if (direction !== undefined) filter.direction = direction;
    packet.filters = [...others, filter];
    return reply(OK);
  },
  exec: (ctx) => {
    ctx.state.packet.filters = [];
    return reply(OK);
  },
};
