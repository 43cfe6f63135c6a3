// SIM767XX §5.2.5 AT+CGDCONT Define PDP context.
//
// Write <cid>[,<PDP_type>[,<APN>[,<PDP_addr>[,<d_comp>[,<h_comp>[,<ipv4_ctrl>[,<request_type>
// [,<P-CSCF_discovery>[,<IM_CN_Signalling_Flag_Ind>[,<NSLPI>[,<securePCO>[,<IPv4_MTU_discovery>
// ]]]]]]]]]]]]: defines context <cid> (1-15); AT+CGDCONT=<cid> undefines it (+CME ERROR: 515
// "CID is active" while it is active). Redefining an active context is accepted and applies at
// its next activation (the manual, §13: "first use AT+CFUN=0 ..., then use AT+CGDCONT ..., and
// then use AT+CFUN=1"). Read: +CGDCONT: <cid>,<PDP_type>,<APN> (the manual's example), with the
// remaining fields when any was given. <PDP_addr> in the read is what was asked for, never the
// allocated address ("The allocated address may be read using command AT+CGPADDR").
// AUTO_SAVE. Factory: 1,"IP","".
//
// The execute form answers OK (manual); as the chapter's other execute forms it restores the
// default values: the factory definitions, for every context that is not active.

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, ERROR, OK } from '../../core/result.js';
import { PDP_CME } from '../../network/pdp.js';
import { factoryDefinitions, type PdpDefinition, type PdpType } from '../../state/packet.js';
import { CID_RULE, parseArgs, type ArgRule } from '../network/args.js';

const INT = (name: string, values: number[]): ArgRule => ({ name, kind: 'int', optional: true, values });

const RULES: readonly ArgRule[] = [
  CID_RULE(),
  { name: 'PDP_type', kind: 'string', optional: true, values: ['IP', 'IPV6', 'IPV4V6', 'Non-IP'] },
  { name: 'APN', kind: 'string', optional: true, maxLength: 99 },
  { name: 'PDP_addr', kind: 'string', optional: true, maxLength: 63 },
  INT('d_comp', [0, 1, 2]),
  INT('h_comp', [0, 1]),
  INT('ipv4_ctrl', [0, 1]),
  INT('request_type', [0, 1, 2]),
  INT('P-CSCF_discovery', [0, 1, 2]),
  INT('IM_CN_Signalling_Flag_Ind', [0, 1]),
  INT('NSLPI', [0, 1]),
  INT('securePCO', [0, 1]),
  INT('IPv4_MTU_discovery', [0, 1]),
];

const OPTIONAL_FIELDS = ['dComp', 'hComp', 'ipv4Ctrl', 'requestType', 'pcscfDiscovery', 'imCnSignalling', 'nslpi', 'securePco', 'ipv4MtuDiscovery'] as const;

export function formatDefinition(d: PdpDefinition): string {
  const base = `+CGDCONT: ${d.cid},"${d.type}","${d.apn}"`;
  const extended = d.address !== '' || OPTIONAL_FIELDS.some((k) => d[k] !== undefined);
  if (!extended) return base;
  return `${base},"${d.address}",${OPTIONAL_FIELDS.map((k) => d[k] ?? '').join(',')}`;
}

export const cgdcont: CommandHandler = {
  name: '+CGDCONT',
  argumentCheck: 'own',
  read: (ctx) => {
    const defs = Object.values(ctx.state.packet.definitions).sort((a, b) => a.cid - b.cid);
    return reply(OK, defs.map(formatDefinition));
  },
  write: (ctx) => {
    const parsed = parseArgs(ctx.argText, RULES);
    if (!parsed.ok) return reply(ERROR);
    const v = parsed.values;
    const cid = v[0] as number;
    const packet = ctx.state.packet;
    if (v.slice(1).every((x) => x === undefined)) {
      if (packet.contexts[cid]) return reply(cme(PDP_CME.CID_ACTIVE));
      delete packet.definitions[cid];
      return reply(OK);
    }
    if (packet.secondaries[cid]) return reply(cme(PDP_CME.CID_ACTIVE));
    const num = (i: number) => v[i] as number | undefined;
    const def: PdpDefinition = {
      cid,
      type: ((v[1] as string | undefined) ?? 'IP') as PdpType,
      apn: (v[2] as string | undefined) ?? '',
      address: (v[3] as string | undefined) ?? '',
    };
    OPTIONAL_FIELDS.forEach((k, i) => {
      const value = num(4 + i);
      if (value !== undefined) def[k] = value;
    });
    if (def.address !== '' && def.type === 'IP' && !/^\d{1,3}(\.\d{1,3}){3}$/.test(def.address)) return reply(ERROR);
    packet.definitions[cid] = def;
    return reply(OK);
  },
  exec: (ctx) => {
    const packet = ctx.state.packet;
    const factory = factoryDefinitions();
    for (const key of Object.keys(packet.definitions).map(Number)) if (!packet.contexts[key]) delete packet.definitions[key];
    for (const [key, def] of Object.entries(factory)) if (!packet.contexts[Number(key)]) packet.definitions[Number(key)] = def;
    return reply(OK);
  },
};
