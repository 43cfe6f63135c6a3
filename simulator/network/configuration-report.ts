// The network subsystem's part of AT&V (manual §2.2.7), in the manual example's shapes:
//   +CREG: 0; +CEREG: 1; ... +CGEREP: (1,0); ... +CFUN: 1; ... +CGAUTH: 1,0,"",""; +CGACT: 1,1;
//   +CGDCONT: 1,"IP","cmnet","10.161.250.60",,,,,,
// one +CGAUTH/+CGACT/+CGDCONT entry per defined context; the address in +CGDCONT is the one in
// use (as the example's shows), empty when the context is inactive.

import type { ConfigurationReporter } from '../handlers/v25ter/configuration.js';
import { activeContext } from '../state/packet.js';

export const networkConfiguration: ConfigurationReporter = (s) => {
  const cids = Object.keys(s.packet.definitions).map(Number).sort((a, b) => a - b);
  return [
    `+CREG: ${s.network.urc.creg}`,
    `+CEREG: ${s.network.urc.cereg}`,
    `+CGEREP: (${s.packet.cgerep.mode},${s.packet.cgerep.bfr})`,
    `+CFUN: ${s.network.functionality}`,
    ...cids.map((cid) => {
      const a = s.packet.auth[cid] ?? { type: 0, user: '', password: '' };
      return `+CGAUTH: ${cid},${a.type},"${a.user}","${a.password}"`;
    }),
    ...cids.map((cid) => `+CGACT: ${cid},${activeContext(s.packet, cid) ? 1 : 0}`),
    ...cids.map((cid) => {
      const d = s.packet.definitions[cid]!;
      return `+CGDCONT: ${cid},"${d.type}","${d.apn}","${activeContext(s.packet, cid)?.address ?? ''}",,,,,,`;
    }),
  ];
};
