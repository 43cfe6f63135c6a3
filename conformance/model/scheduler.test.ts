// On the simulator, the fast-check scheduler varies how the module's output is chunked and
// when URCs are raised relative to the commands: the target must still read every response
// whole and in order, and every URC must arrive — never inside a response.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { urcPrefixes } from '../targets/urc-prefixes.js';
import { looksUnsolicited } from '../targets/response-parser.js';
import { SimTarget } from '../targets/sim-target.js';

const URCS = ['+CMTI: "SM",1', '+CREG: 1', 'RING', '+CGEV: ME PDN ACT 1'];

describe('chunking and URC timing under the fast-check scheduler', () => {
  it('responses stay whole and URCs stay outside them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 12 }), fc.subarray(URCS), async (s, sizes, urcs) => {
        // Output is delivered in order, piece by piece, each piece when the scheduler says.
        // The scheduler releases tasks in any order; each release delivers the *next* piece, so
        // the line keeps its byte order while the timing varies.
        let sizeIndex = 0;
        const queue: Buffer[] = [];
        const target = new SimTarget({
          output: (bytes, deliver) => {
            let rest = bytes;
            while (rest.length > 0) {
              const n = sizes[sizeIndex++ % sizes.length]!;
              queue.push(rest.subarray(0, n));
              rest = rest.subarray(n);
              void s.schedule(Promise.resolve(), 'chunk').then(() => deliver(queue.shift()!));
            }
          },
          outputPending: () => queue.length > 0,
        });
        await target.open();
        for (const u of urcs) void s.schedule(Promise.resolve(u), 'urc').then((line) => target.modem.urc(line));
        const run = (async () => {
          const a = await target.command('AT+CGMI');
          const b = await target.command('ATI');
          const c = await target.command('AT+CGMM');
          return [a, b, c];
        })();
        const [a, b, c] = await s.waitFor(run);
        await s.waitAll();
        expect(a!.lines).toEqual(['SIMCOM INCORPORATED']);
        expect(b!.lines).toEqual(['Manufacturer: SIMCOM INCORPORATED', 'Model: SIM767XX-XXXX', 'Revision: 2348B01SIM767XM5A', 'IMEI: 351602000330570']);
        expect(c!.lines).toEqual(['SIM767XX-XXXX']);
        for (const x of [a!, b!, c!]) {
          expect(x.final).toBe('OK');
          expect(x.lines.filter((l) => looksUnsolicited(l, x.command, urcPrefixes()))).toEqual([]);
        }
        // Every raised URC arrives once (the boot URCs come too; they are not counted).
        const seen = [...a!.urcsBefore, ...b!.urcsBefore, ...c!.urcsBefore, ...target.takeUrcs()].filter((u) => URCS.includes(u));
        expect([...seen].sort()).toEqual([...urcs].sort());
        await target.close();
      }),
      { numRuns: 60 },
    );
  });
});
