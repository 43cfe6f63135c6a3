// Error reporting (manual §3.2.8 AT+CMEE, chapter 25): the three +CMEE modes on a real
// +CME ERROR (AT+CPIN with no PIN pending, §6.2.2), syntax errors, and the read/test forms.

import { expectFinal, expectLines, expectRaw, expectTrue } from '../runner/expect.js';
import { defineSuite } from '../runner/suite.js';

export const errorsSuite = defineSuite({
  id: 'errors',
  title: 'Errors and +CMEE modes',
  description: '+CMEE=0 plain ERROR, 1 numeric, 2 verbose; syntax and range errors; test and read forms.',
  tests: [
    {
      name: 'AT+CMEE=? lists (0-2); AT+CMEE? reads back what was set',
      spec: '§3.2.8: "+CMEE: (0-2)", "+CMEE: 2"',
      requires: ['errors.cmee'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CMEE=?'), 'AT+CMEE=?\\r\\r\\n+CMEE: (0-2)\\r\\n\\r\\nOK\\r\\n');
        for (const n of [0, 1, 2]) {
          await ctx.ok(`AT+CMEE=${n}`);
          expectLines(await ctx.cmd('AT+CMEE?'), [`+CMEE: ${n}`]);
        }
      },
    },
    {
      name: '+CMEE=0 turns a +CME ERROR into ERROR',
      spec: '§3.2.8 <n>=0: "only ERROR will be displayed"',
      requires: ['errors.cmee', 'sim.pin'],
      async run(ctx) {
        // First with +CMEE=2, so a target lacking +CPIN shows as not implemented, not as a pass.
        expectFinal(await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`), /^\+CME ERROR: /);
        await ctx.ok('AT+CMEE=0');
        expectRaw(await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`), `AT+CPIN="\\{pin}"\\r\\r\\nERROR\\r\\n`);
      },
    },
    {
      name: '+CMEE=1 gives the numeric <err>',
      spec: '§3.2.8 <n>=1; §25.3 CME codes',
      requires: ['errors.cmee', 'sim.pin'],
      async run(ctx) {
        await ctx.ok('AT+CMEE=1');
        expectFinal(await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`), /^\+CME ERROR: \d+$/);
      },
    },
    {
      name: '+CMEE=2 gives the verbose <err> text',
      spec: '§3.2.8 <n>=2; §25.3 CME texts',
      requires: ['errors.cmee', 'sim.pin'],
      async run(ctx) {
        await ctx.ok('AT+CMEE=2');
        expectFinal(await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`), /^\+CME ERROR: [A-Za-z][A-Za-z ,'()-]*$/);
      },
    },
    {
      name: 'the numeric and verbose errors name the same code',
      spec: '§25.3: each <err> has a number and a text',
      requires: ['errors.cmee', 'sim.pin'],
      async run(ctx) {
        await ctx.ok('AT+CMEE=1');
        const numeric = (await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`)).final ?? '';
        await ctx.ok('AT+CMEE=2');
        const verbose = (await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`)).final ?? '';
        const texts: Record<string, RegExp> = { '3': /operation not allowed/i, '4': /operation not supported/i, '10': /SIM not inserted/i, '14': /SIM busy/i };
        const code = /(\d+)$/.exec(numeric)?.[1] ?? '';
        const expected = texts[code];
        expectTrue(expected === undefined || expected.test(verbose), `code ${code} should read ${String(expected)}, got "${verbose}"`);
      },
    },
    {
      name: 'a value out of range is refused and changes nothing',
      spec: '§3.2.8 <n> 0-2; §1.4 write command responses',
      requires: ['errors.cmee'],
      async run(ctx) {
        await ctx.ok('AT+CMEE=1');
        const x = await ctx.cmd('AT+CMEE=7');
        expectTrue(x.finalKind === 'error' || x.finalKind === 'cme', `AT+CMEE=7 should be refused: ${x.final}`);
        expectLines(await ctx.cmd('AT+CMEE?'), ['+CMEE: 1']);
      },
    },
    {
      name: 'a malformed command line answers ERROR',
      spec: 'V.250 §5.7.2 ERROR; manual §1.5.2 syntax',
      async run(ctx) {
        for (const line of ['AT+CMEE=,', 'AT+CMEE="2', 'AT+']) {
          const x = await ctx.cmd(line);
          expectTrue(x.finalKind === 'error' || x.finalKind === 'cme', `${line} should be an error, got ${x.final ?? 'nothing'}`);
        }
        expectFinal(await ctx.cmd('AT'), 'OK', 'and the next command works');
      },
    },
  ],
});
