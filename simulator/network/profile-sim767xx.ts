// The network section of the SIM767XX profile: the world the module finds at start and its
// timing. Values are the manual's own examples wherever it gives one:
//
// - serving cell and signal: the AT+CPSI example (§4.2.6):
//     +CPSI: LTE,Online,460-11,0x9A5F,65141122,318,EUTRAN-BAND3,1650,5,5,-13,-103,-90,5
//   (the PLMN here is the SIM's home network, 460-01, as in the AT+COPS? example of §4.2.2);
// - operators: those the AT+COPS=? example (§4.2.2) lists, all usable (the example's
//   <stat>s are one particular scan and are reproduced by the example test's world);
// - band preference: the AT+CNBP? example (§4.2.5) and the supported bands of AT+CNBP=?;
// - operator names: the AT+COPN example (§4.2.4) starts "46000","CMCC" / "46001","UNICOM";
// - preferred operators: the AT+CPOL? example (§4.2.3);
// - first PDP address: the AT+CGPADDR example (§5.2.9).
//
// Timing (the manual gives only maximum response times): registration 3 s after the SIM is
// ready is typical of Cat-1 modules in good coverage; the scan takes 20 s of the 60 s that
// AT+COPS allows; CFUN=0/4 detaches in 1.5 s of its 25 s.

import type { NetworkProfile } from './world.js';

export const SIM767XX_NETWORK: NetworkProfile = {
  world: {
    coverage: true,
    rat: 'LTE',
    operators: [
      { plmn: '46001', long: 'CHN-UNICOM', short: 'UNICOM' },
      { plmn: '46000', long: 'CHINA MOBILE', short: 'CMCC' },
      { plmn: '46011', long: 'CHN-CT', short: 'CT' },
    ],
    servingPlmn: '46001',
    cell: { tac: 0x9a5f, ci: 65141122, pci: 318, earfcn: 1650, band: 3, dlBw: 5, ulBw: 5 },
    signal: { rsrp: -103, rsrq: -13, rssi: -90, sinr: 5 },
    timeZone: { quarters: 32, dst: 0 },
    edrx: { granted: true, pagingTimeWindow: '0011' },
    packet: {
      firstAddress: '10.83.214.110',
      allocated: 0,
      subnetMask: '255.255.255.0',
      gateway: '10.83.214.1',
      dns: ['114.114.114.114', '8.8.8.8'],
      mtu: 1500,
      defaultApn: '3gnet',
      acceptedApns: [],
      ipv6: false,
      activationMs: 800,
    },
    internet: { rttMs: 48, replyTtl: 54, hosts: {}, unreachable: [] },
    callee: { outcome: 'answer', afterMs: 5000 },
  },
  timing: {
    registrationMs: 3000,
    scanMs: 20_000,
    radioOffMs: 1500,
    radioOnMs: 300,
    ringIntervalMs: 6000,
    noAnswerMs: 45_000,
  },
  supportedBands: [1, 2, 3, 4, 5, 7, 8, 12, 13, 18, 19, 20, 25, 26, 28, 34, 38, 39, 40, 41, 66],
  bandMask: { lte: '0x000001E20A0818DF', ext: 0x02 },
  operatorNames: [
    ['46000', 'CMCC'],
    ['46001', 'UNICOM'],
    ['46002', 'CMCC'],
    ['46003', 'CT'],
    ['46004', 'CMCC'],
    ['46005', 'CT'],
    ['46006', 'UNICOM'],
    ['46007', 'CMCC'],
    ['46008', 'CMCC'],
    ['46009', 'UNICOM'],
    ['46011', 'CT'],
    ['46015', 'CBN'],
    ['46601', 'Far EasTone'],
    ['46692', 'Chunghwa Telecom'],
    ['45400', 'CSL'],
    ['45406', 'SmarTone'],
    ['20404', 'Vodafone NL'],
    ['20408', 'KPN'],
    ['20801', 'Orange F'],
    ['20810', 'SFR'],
    ['21401', 'Vodafone ES'],
    ['22201', 'TIM'],
    ['23410', 'O2 - UK'],
    ['23415', 'Vodafone UK'],
    ['26201', 'Telekom.de'],
    ['26202', 'Vodafone.de'],
    ['26203', 'o2 - de'],
    ['310260', 'T-Mobile'],
    ['310410', 'AT&T'],
    ['311480', 'Verizon'],
    ['40445', 'Airtel'],
    ['44010', 'NTT DOCOMO'],
    ['45005', 'SKTelecom'],
    ['50501', 'Telstra'],
  ],
  preferredOperators: [
    { plmn: '46001' },
    { plmn: '46001' },
    { plmn: '46001', act: [0, 0, 0, 1] },
    { plmn: '46009', act: [0, 0, 0, 1] },
    { plmn: '46001', act: [0, 0, 1, 0] },
    { plmn: '46009', act: [0, 0, 1, 0] },
  ],
  preferredOperatorSlots: 8,
};
