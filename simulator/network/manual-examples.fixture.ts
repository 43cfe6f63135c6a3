// Fixtures for the manual's examples of the network subsystem's commands (chapters 2 ATD/ATH,
// 3 CFUN/CSQ/CCLK, 4, 5): the examples themselves come from the command table's records
// (`examples`); this file only says what world each needs (an example is one moment of one
// module) and repairs what the OCR broke — every repair says why. Examples that cannot be
// reproduced say why too. Keys: `<command>#<example index>`.

export type SetupStep =
  | { control: string; params?: Record<string, unknown> }
  | { at: string }
  | { advanceMs: number };

export interface ExampleFixture {
  /** Control actions, AT command lines (output ignored) and time, before the example. */
  setup?: SetupStep[];
  /** The manual's lines as the module prints them, where the record's copy is damaged. */
  repaired?: { lines: string[]; why: string };
  /** The example elides the end ("....."): compare only the lines it shows, in order. */
  prefix?: boolean;
  /** Virtual time to let pass after the final result code, for URCs the example shows. */
  thenMs?: number;
  /** Not reproducible, and why. */
  skip?: string;
}

export const EXAMPLE_FIXTURES: Record<string, ExampleFixture> = {
  'D#0': { prefix: true },
  'H#0': { skip: 'AT+CVHU is not a command of this manual (not in its tables or chapter 2), so the simulator answers ERROR; ATH acts as with AT+CVHU=0 (H#1)' },
  'H#1': {
    setup: [{ control: 'set callee', params: { outcome: 'answer', afterMs: 3000 } }, { at: 'ATD10086;' }, { advanceMs: 3000 }, { advanceMs: 17_000 }],
    thenMs: 0,
  },
  'CSQ#1': { setup: [{ control: 'set signal', params: { csq: 31 } }] },
  'CCLK#1': { setup: [{ at: 'AT+CCLK="14/01/01,04:14:36+08"' }] },
  'COPS#0': {
    setup: [
      {
        control: 'set operators',
        params: {
          json: JSON.stringify([
            { plmn: '46000', long: 'CHINA MOBILE', short: 'CMCC' },
            { plmn: '46015', long: '460 15', short: '460 15', availability: 'forbidden' },
            { plmn: '46011', long: 'CHN-CT', short: 'CT', availability: 'unknown' },
            { plmn: '46001', long: 'CHN-UNICOM', short: 'UNICOM', availability: 'forbidden' },
          ]),
          serving: '46000',
        },
      },
      { advanceMs: 10_000 },
    ],
    repaired: {
      lines: ['+COPS: (2,"CHINA MOBILE","CMCC","46000",7),(3,"460 15","460 15","46015",7),(0,"CHN-CT","CT","46011",7),(3,"CHN-UNICOM","UNICOM","46001",7),,(0,1,2,3,4),(0,1,2)', 'OK'],
      why: 'the example lists the 46015 network with three names ("460 15" three times), one field more than the quadruplet it defines, and puts one comma before the <mode>/<format> lists where its own text says "delimited from the operator list by two commas"; SIMCom captures (Android RIL sources quoting the module) show two commas and "(3,"460 15","460 15","46015",7)"-style entries',
    },
  },
  // The scan (COPS#0) shows the module on 46000 with 46001 forbidden; the read (COPS#1) shows it
  // on 46001: two moments, two worlds.
  'COPS#1': {
    setup: [
      {
        control: 'set operators',
        params: { json: JSON.stringify([{ plmn: '46001', long: 'CHN-UNICOM', short: 'UNICOM' }, { plmn: '46000', long: 'CHINA MOBILE', short: 'CMCC' }]), serving: '46001' },
      },
      { advanceMs: 10_000 },
    ],
  },
  'COPN#1': {
    prefix: true,
    repaired: { lines: ['+COPN: "46000","CMCC"', '+COPN: "46001","UNICOM"'], why: 'the OCR joined the two lines and the manual elides the rest of the list with "....."' },
  },
  'CPSI#0': {
    setup: [{ control: 'set operator', params: { plmn: '46011' } }, { advanceMs: 10_000 }],
    repaired: { lines: ['+CPSI: LTE,Online,460-11,0x9A5F,65141122,318,EUTRAN-BAND3,1650,5,5,-13,-103,-90,5', 'OK'], why: 'the OCR broke the line after "+CPSI:"' },
  },
  'CTZU#1': { setup: [{ at: 'AT+CTZU=0' }] },
  'CTZR#1': { setup: [{ at: 'AT+CTZR=3' }] },
  'CGAUTH#1': {
    repaired: { lines: ['+CGAUTH: 1,0,"",""', 'OK'], why: 'the read example prints "1,0 ,"; the AT&V example (§2.2.7) prints the same setting as "1,0,"' },
  },
  'CPING#0': {
    repaired: { lines: ['+CPING: IP address,(1,2),(1-5),(4-188),(1000-10000),(10000-100000),(16-255)', 'OK'], why: 'the OCR broke the line after "IP"' },
  },
  'CPING#1': { setup: [{ control: 'set host', params: { name: 'www.baidu.com', reachable: false } }], thenMs: 60_000 },
  'CGCONTRDP#0': { setup: [{ at: 'AT+CGDCONT=2,"IP","cmnet"' }, { at: 'AT+CGACT=1,2' }] },
  'CGTFT#0': {
    repaired: {
      lines: ['+CGTFT: "IP",(1-16),(0-255),("0.0.0.0.0.0.0.0"-"255.255.255.255.255.255.255.255"),(0-255),("0.0"-"65535.65535"),("0.0"-"65535.65535"),(0-FFFFFFFF),("0.0"-"255.255"),,(0-3)', 'OK'],
      why: 'the OCR broke the line after "+CGTFT:", split "65535.6553 5", and left an empty "+CGTFT:" line (IPv6, which the platform does not support by default, §13)',
    },
  },
};
