// Network registration and operator (manual chapters 3-5): +CREG/+CGREG/+CEREG reports and
// their URCs, +COPS, +CPSI, and what +CFUN=0/1 does to registration. Registration takes time
// on a real network (and in the simulator, which models it): tests poll with a deadline.

import { expectLines, expectRaw, expectTrue, fail } from '../runner/expect.js';
import { defineSuite, type TestContext } from '../runner/suite.js';

const REGISTERED = /^\+C(?:E|G)?REG: \d,[15](,.*)?$/;

/** Polls `AT<cmd>?` until its <stat> is home (1) or roaming (5). */
async function waitRegistered(ctx: TestContext, cmd = '+CREG', withinMs = 90_000): Promise<string> {
  const deadline = ctx.target.now() + withinMs;
  let last = '';
  while (ctx.target.now() < deadline) {
    const lines = await ctx.ok(`AT${cmd}?`);
    last = lines[0] ?? '';
    if (REGISTERED.test(last)) return last;
    await ctx.sleep(1000);
  }
  return fail(`not registered within ${withinMs / 1000} s; last ${cmd}? answer: ${last}`);
}

export const networkSuite = defineSuite({
  id: 'network',
  title: 'Network',
  description: 'Registration reports and URCs, operator selection, system information, functionality levels.',
  tests: [
    {
      name: 'AT+CREG=? lists (0-2) and AT+CREG? reports registration',
      spec: '§4.2.1 AT+CREG: "+CREG: (0-2)", "+CREG: 0,1"',
      requires: ['network.creg'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CREG=?'), 'AT+CREG=?\\r\\r\\n+CREG: (0-2)\\r\\n\\r\\nOK\\r\\n');
        const line = await waitRegistered(ctx);
        expectTrue(/^\+CREG: 0,[15]$/.test(line), `with +CREG=0 the read form is "+CREG: 0,<stat>": ${line}`);
      },
    },
    {
      name: 'AT+CGREG? and AT+CEREG? report packet-domain registration',
      spec: '§5.2.1 AT+CGREG, §5.2.2 AT+CEREG: "+CGREG: 0,1", "+CEREG: 0,1"',
      requires: ['network.creg'],
      async run(ctx) {
        await waitRegistered(ctx, '+CEREG');
        expectLines(await ctx.cmd('AT+CGREG?'), [/^\+CGREG: 0,[0-5]$/]);
        expectLines(await ctx.cmd('AT+CEREG?'), [/^\+CEREG: 0,[15]$/]);
      },
    },
    {
      name: 'AT+CREG=2 adds location information to the read form',
      spec: '§4.2.1: <n>=2 "+CREG: <n>,<stat>[,<lac>,<ci>]"',
      requires: ['network.creg'],
      async run(ctx) {
        await waitRegistered(ctx);
        await ctx.ok('AT+CREG=2');
        try {
          expectLines(await ctx.cmd('AT+CREG?'), [/^\+CREG: 2,[15](,"?[0-9A-Fa-f]+"?,"?[0-9A-Fa-f]+"?(,\d+)?)?$/]);
        } finally {
          await ctx.cmd('AT+CREG=0');
        }
      },
    },
    {
      name: 'AT+COPS? names the operator',
      spec: '§4.2.2 AT+COPS: "+COPS: 0,2,"46001",7"',
      requires: ['network.cops'],
      async run(ctx) {
        await waitRegistered(ctx);
        expectLines(await ctx.cmd('AT+COPS?'), [/^\+COPS: [0-4],[0-2],"[^"]+",\d+$/]);
      },
    },
    {
      name: 'AT+CPSI? reports the serving system',
      spec: '§4.2.6 AT+CPSI: "+CPSI: LTE,Online,460-11,0x9A5F,..."',
      requires: ['network.cpsi'],
      async run(ctx) {
        await waitRegistered(ctx);
        const x = await ctx.cmd('AT+CPSI?');
        expectTrue(x.finalKind === 'ok', `AT+CPSI? should answer OK: ${x.final}`);
        expectTrue(/^\+CPSI: ?(NO SERVICE|GSM|WCDMA|LTE|CDMA|EVDO|HDR|TDS|CAT-M|NB-IOT)/.test(x.lines[0] ?? ''), `unexpected +CPSI line: ${JSON.stringify(x.lines)}`);
      },
    },
    {
      name: 'AT+CFUN=0 deregisters with a +CREG URC; AT+CFUN=1 registers again',
      spec: '§3.2.1 AT+CFUN 0 minimum / 1 full functionality; §4.2.1 +CREG: <stat> URC with <n>=1',
      requires: ['network.cfun', 'network.creg'],
      timeoutMs: 240_000,
      async run(ctx) {
        await waitRegistered(ctx);
        await ctx.ok('AT+CREG=1');
        try {
          await ctx.ok('AT+CFUN=0', { timeoutMs: 15_000 });
          const down = await ctx.target.awaitUrc(/^\+CREG: [0-4]$/, 15_000);
          expectTrue(down !== undefined && !/^\+CREG: [15]$/.test(down), `expected a +CREG: <not registered> URC after AT+CFUN=0, got ${down ?? 'none'}`);
          expectLines(await ctx.cmd('AT+CFUN?'), ['+CFUN: 0']);
          expectLines(await ctx.cmd('AT+CREG?'), [/^\+CREG: 1,[0234]$/]);
          await ctx.ok('AT+CFUN=1', { timeoutMs: 15_000 });
          const up = await ctx.target.awaitUrc(/^\+CREG: [15]$/, 90_000);
          expectTrue(up !== undefined, 'expected +CREG: 1 (or 5) after AT+CFUN=1');
        } finally {
          await ctx.target.command('AT+CFUN=1', { timeoutMs: 15_000 });
          await ctx.target.command('AT+CREG=0');
        }
      },
    },
  ],
});
