// What an unsolicited result code looks like: the prefixes the manual's chapters list under
// "Unsolicited Result Codes", taken from the command table (urcs.json) when it has them, plus
// the well-known codes of 27.007/27.005 and SIMCom's start-up codes, which the manual prints
// in its examples (§3.2.1 +CFUN, §6.2.2 +CPIN, §7.2.9 +CMTI/+CMT/+CDS, §4.2.1 +CREG,
// §5.2.1-5.2.2 +CGREG/+CEREG, §5.2.10 +CGEV, §4.2.9 +CTZE/+CTZV, §13 +IPCLOSE/+CIPEVENT).

import { loadCommandTable } from '../../simulator/spec/table.js';

const WELL_KNOWN = [
  'RING',
  'RDY',
  '*ATREADY',
  'SMS DONE',
  'PB DONE',
  'POWERED DOWN',
  'NORMAL POWER DOWN',
  '+CPIN',
  '+CFUN',
  '+CMTI',
  '+CMT',
  '+CDS',
  '+CDSI',
  '+CBM',
  '+CREG',
  '+CGREG',
  '+CEREG',
  '+CGEV',
  '+CTZV',
  '+CTZE',
  '*PSUTTZ',
  'DST',
  '+CLIP',
  '+CRING',
  '+CIPEVENT',
  '+IPCLOSE',
  '+RECEIVE',
  '+CIPRXGET',
  '+CMQTTCONNLOST',
  '+CMQTTRXSTART',
  '+CCHEVENT',
  '+CCH_PEER_CLOSED',
  '+CNTP',
  '+CPING',
  '+CGNSSINFO',
  '+CVALARM',
  '+CMTE',
];

let cached: string[] | undefined;

/** `+CMTI`, `RING`, ...: a line is a URC if its `+XXX:` prefix (or the whole line) is here. */
export function urcPrefixes(): string[] {
  if (cached) return cached;
  const fromTable = loadCommandTable()
    .urcs.map((u) => /^([+$#*^]?[A-Z0-9 ]+?)(?::|$)/.exec(u.urc.trim())?.[1])
    .filter((p): p is string => Boolean(p));
  cached = [...new Set([...WELL_KNOWN, ...fromTable])];
  return cached;
}
