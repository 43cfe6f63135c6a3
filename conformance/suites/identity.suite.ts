// Identity and status: what the module says about itself (manual §2.2.5, §2.2.13-2.2.16,
// §3.2.1-3.2.10, §9.2.8-9.2.9). Values differ per unit and firmware, so answers are checked
// for their shape and for agreeing with each other (ATI against +CGMI/+CGMM/+CGMR/+CGSN);
// exact bytes where the manual gives them (test forms).

import { expectFinal, expectLines, expectRaw, expectTrue } from '../runner/expect.js';
import { defineSuite } from '../runner/suite.js';

export const identitySuite = defineSuite({
  id: 'identity',
  title: 'Identity and status',
  description: 'Manufacturer, model, revision, IMEI, activity status, functionality, signal, clock, battery and temperature.',
  tests: [
    {
      name: 'AT+CGMI, +CGMM answer one line of text',
      spec: '§2.2.13 AT+CGMI, §2.2.14 AT+CGMM',
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CGMI'), [/^\S.*$/]);
        expectLines(await ctx.cmd('AT+CGMM'), [/^\S.*$/]);
      },
    },
    {
      name: 'AT+CGMR answers +CGMR: <revision>',
      spec: '§2.2.15 AT+CGMR: "+CGMR: 2348B01SIM767XM5A"',
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CGMR'), [/^\+CGMR: \S+$/]);
      },
    },
    {
      name: 'AT+CGSN answers the 15-digit IMEI',
      spec: '§2.2.16 AT+CGSN: "351602000330570"',
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CGSN'), [/^\d{15}$/]);
      },
    },
    {
      name: 'ATI agrees with +CGMI, +CGMM, +CGMR and +CGSN',
      spec: '§2.2.5 ATI: Manufacturer/Model/Revision/IMEI lines',
      requires: ['identity.ati'],
      async run(ctx) {
        const [manufacturer] = await ctx.ok('AT+CGMI');
        const [model] = await ctx.ok('AT+CGMM');
        const revision = (await ctx.ok('AT+CGMR'))[0]?.replace(/^\+CGMR: /, '');
        const [imei] = await ctx.ok('AT+CGSN');
        expectLines(await ctx.cmd('ATI'), [`Manufacturer: ${manufacturer}`, `Model: ${model}`, `Revision: ${revision}`, `IMEI: ${imei}`]);
      },
    },
    {
      name: 'AT+SIMEI? agrees with +CGSN',
      spec: '§3.2.10 AT+SIMEI: "+SIMEI: <imei>"',
      requires: ['identity.simei'],
      async run(ctx) {
        const [imei] = await ctx.ok('AT+CGSN');
        expectLines(await ctx.cmd('AT+SIMEI?'), [`+SIMEI: ${imei}`]);
      },
    },
    {
      name: 'AT+CPAS answers 0 (ready) and lists (0,3,4)',
      spec: '§3.2.9 AT+CPAS',
      requires: ['status.cpas'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CPAS=?'), 'AT+CPAS=?\\r\\r\\n+CPAS: (0,3,4)\\r\\n\\r\\nOK\\r\\n');
        expectLines(await ctx.cmd('AT+CPAS'), ['+CPAS: 0']);
      },
    },
    {
      name: 'AT+CFUN? is 1 at start and AT+CFUN=? lists the levels',
      spec: '§3.2.1 AT+CFUN: "+CFUN: (0-1,4-7),(0-1)"',
      requires: ['network.cfun'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CFUN=?'), 'AT+CFUN=?\\r\\r\\n+CFUN: (0-1,4-7),(0-1)\\r\\n\\r\\nOK\\r\\n');
        expectLines(await ctx.cmd('AT+CFUN?'), ['+CFUN: 1']);
      },
    },
    {
      name: 'AT+CSQ answers <rssi>,<ber> in range',
      spec: '§3.2.2 AT+CSQ: rssi 0-31 or 99, ber 0-7 or 99',
      requires: ['network.csq'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CSQ=?'), 'AT+CSQ=?\\r\\r\\n+CSQ: (0-31,99),(0-7,99)\\r\\n\\r\\nOK\\r\\n');
        expectLines(await ctx.cmd('AT+CSQ'), [/^\+CSQ: ([0-9]|[12][0-9]|3[01]|99),([0-7]|99)$/]);
      },
    },
    {
      name: 'AT+CCLK? answers "yy/MM/dd,hh:mm:ss±zz" and keeps a time that was set',
      spec: '§3.2.7 AT+CCLK: "+CCLK: "14/01/01,04:14:36+08""',
      requires: ['status.cclk'],
      async run(ctx) {
        const shape = /^\+CCLK: "(\d\d)\/(\d\d)\/(\d\d),(\d\d):(\d\d):(\d\d)([+-]\d\d)"$/;
        expectLines(await ctx.cmd('AT+CCLK?'), [shape]);
        await ctx.ok('AT+CCLK="14/01/01,04:14:36+08"');
        const [now] = await ctx.ok('AT+CCLK?');
        expectTrue(/^\+CCLK: "14\/01\/01,04:14:(3[6-9]|[45]\d)\+08"$/.test(now ?? ''), `the clock should run on from the time set: ${now}`);
      },
    },
    {
      name: 'AT+CBC answers the supply voltage as +CBC: <vol>V',
      spec: '§9.2.8 AT+CBC: "+CBC: 3.749V"',
      requires: ['status.cbc'],
      async run(ctx) {
        const x = await ctx.cmd('AT+CBC');
        expectFinal(x, 'OK');
        expectLines(x, [/^\+CBC: \d\.\d{3}V$/]);
      },
    },
    {
      name: 'AT+CPMUTEMP answers the temperature in °C',
      spec: '§9.2.9 AT+CPMUTEMP: "+CPMUTEMP: 15"',
      requires: ['status.cpmutemp'],
      async run(ctx) {
        const x = await ctx.cmd('AT+CPMUTEMP');
        expectFinal(x, 'OK');
        expectLines(x, [/^\+CPMUTEMP: -?\d{1,3}$/]);
      },
    },
  ],
});
