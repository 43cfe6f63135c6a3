// URC ordering (V.250 §5.7.3 / 27.007 §4.3 and the manual's note on waiting for the final
// result code, §1.5.2 item 5): an unsolicited result code never appears inside a command's
// response — it comes before the echo or after the final result code.
//
// On a simulator with a control channel a URC is raised while a command runs; everywhere, a
// burst of commands while registration changes (+CFUN=0/1 with +CREG=1) checks the same rule
// under real traffic.

import type { Exchange } from '../targets/target.js';
import { urcPrefixes } from '../targets/urc-prefixes.js';
import { looksUnsolicited } from '../targets/response-parser.js';
import { expectFinal, expectTrue, fail } from '../runner/expect.js';
import { defineSuite } from '../runner/suite.js';

/** Information lines of `x` that are another command's URC. */
function strayUrcs(x: Exchange): string[] {
  return x.lines.filter((l) => looksUnsolicited(l, x.command, urcPrefixes()));
}

export const urcOrderSuite = defineSuite({
  id: 'urc-order',
  title: 'URC ordering',
  description: 'Unsolicited result codes never split a response: they come before the echo or after the final result code.',
  tests: [
    {
      name: 'a URC raised while a command line runs comes after its final result code',
      spec: 'V.250 §5.7.3; 27.007 §4.3 (URCs are held while a command is in progress)',
      needsControl: true,
      async run(ctx) {
        await ctx.ok('ATE1');
        // The simulator raises the URC as the next command line starts to run.
        await ctx.control('raise urc', { text: '+CMTI: "SM",7', during: true });
        const x = await ctx.cmd('AT+CGMI;+CGMM;+CGMR;+CGSN');
        expectFinal(x, 'OK');
        expectTrue(strayUrcs(x).length === 0, `URC inside the response: ${JSON.stringify(strayUrcs(x))}`);
        expectTrue(x.raw.endsWith('\r\nOK\r\n'), `the response ends with its final result code: ${JSON.stringify(x.raw)}`);
        const after = await ctx.target.awaitUrc(/^\+CMTI: "SM",7$/, 5000);
        expectTrue(after !== undefined, 'the URC is delivered after the final result code');
      },
    },
    {
      name: 'registration URCs during a burst of commands never split a response',
      spec: '§4.2.1 +CREG URCs with <n>=1; §3.2.1 +CFUN',
      requires: ['network.creg', 'network.cfun'],
      timeoutMs: 240_000,
      async run(ctx) {
        await ctx.ok('AT+CREG=1');
        try {
          await ctx.ok('AT+CFUN=0', { timeoutMs: 15_000 });
          await ctx.ok('AT+CFUN=1', { timeoutMs: 15_000 });
          const seen: Exchange[] = [];
          const deadline = ctx.target.now() + 20_000;
          while (ctx.target.now() < deadline) {
            for (const c of ['AT+CGMI', 'AT+CSQ', 'AT+CPAS', 'AT+CGMR']) {
              const x = await ctx.cmd(c);
              seen.push(x);
              if (strayUrcs(x).length > 0) fail(`URC inside the response to ${c}: ${JSON.stringify(x.raw)}`);
            }
            await ctx.sleep(250);
          }
          ctx.log(`${seen.length} commands, URCs outside responses: ${JSON.stringify(ctx.target.takeUrcs())}`);
        } finally {
          await ctx.target.command('AT+CFUN=1', { timeoutMs: 15_000 });
          await ctx.target.command('AT+CREG=0');
        }
      },
    },
  ],
});
