// The SIM card (manual chapter 6): PIN state, identities, facility lock and restricted access.
// Tests that change the PIN lock carry the changes-pin hazard: they run on hardware only when
// explicitly allowed (--allow changes-pin --pin <your PIN>).

import { expectFinal, expectLines, expectRaw, expectTrue, fail } from '../runner/expect.js';
import { defineSuite, type TestContext } from '../runner/suite.js';

/** ICCID digits as EF_ICCID stores them: nibble-swapped BCD (3GPP TS 31.102 §4.1.1). */
function swapNibbles(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) out += hex[i + 1]! + hex[i]!;
  return out;
}

/** Restarts the module and waits until it answers and the SIM has been read. */
async function restart(ctx: TestContext): Promise<void> {
  await ctx.ok('AT+CRESET', { timeoutMs: 9000 });
  const deadline = ctx.target.now() + 60_000;
  while (ctx.target.now() < deadline) {
    await ctx.sleep(1000);
    const x = await ctx.target.command('AT', { timeoutMs: 1000 });
    if (x.final === 'OK') return;
  }
  fail('the module did not answer AT within 60 s of AT+CRESET');
}

export const simSuite = defineSuite({
  id: 'sim',
  title: 'SIM card',
  description: 'PIN state, ICCID, IMSI, SPN, the SC facility lock and restricted SIM access.',
  tests: [
    {
      name: 'AT+CPIN? answers READY when no PIN is pending',
      spec: '§6.2.2 AT+CPIN: "+CPIN: READY"',
      requires: ['sim.pin'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CPIN=?'), 'AT+CPIN=?\\r\\r\\nOK\\r\\n');
        expectLines(await ctx.cmd('AT+CPIN?'), ['+CPIN: READY']);
      },
    },
    {
      name: 'AT+CPIN=<pin> with no PIN pending answers +CME ERROR',
      spec: '§6.2.2: "If no PIN request is pending, no action is taken towards MT and an error message, +CME ERROR, is returned"',
      requires: ['sim.pin'],
      async run(ctx) {
        expectFinal(await ctx.cmd(`AT+CPIN="${ctx.options.pin}"`), /^\+CME ERROR: .+$/);
      },
    },
    {
      name: 'AT+CICCID answers +ICCID: with 19-20 digits',
      spec: '§6.2.1 AT+CICCID: "+ICCID: 89860318760238610932"',
      requires: ['sim.iccid'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CICCID=?'), 'AT+CICCID=?\\r\\r\\nOK\\r\\n');
        expectLines(await ctx.cmd('AT+CICCID'), [/^\+ICCID: \d{18,19}[\dF]$/]);
      },
    },
    {
      name: 'AT+CIMI answers the IMSI (up to 15 digits)',
      spec: '§6.2.5 AT+CIMI: "460010222028133"',
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CIMI'), [/^\d{6,15}$/]);
      },
    },
    {
      name: 'AT+CSPN? answers "<spn>",<display mode>',
      spec: '§6.2.10 AT+CSPN: "+CSPN: "China Telecom",1"',
      requires: ['sim.spn'],
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CSPN?'), [/^\+CSPN: "[^"]*",[01]$/]);
      },
    },
    {
      name: 'AT+CLCK="SC",2 reports the PIN lock status',
      spec: '§6.2.3 AT+CLCK: "+CLCK: 0"; test form lists "SC"',
      requires: ['sim.lock'],
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CLCK=?'), [/^\+CLCK: \(.*"SC".*\)$/]);
        expectLines(await ctx.cmd('AT+CLCK="SC",2'), [/^\+CLCK: [01]$/]);
      },
    },
    {
      name: 'AT+CRSM READ BINARY of EF_ICCID gives the ICCID',
      spec: '§6.2.7 AT+CRSM; 3GPP TS 31.102 §4.1.1 EF_ICCID (2FE2 = 12258), BCD nibble-swapped',
      requires: ['sim.crsm', 'sim.iccid'],
      async run(ctx) {
        const [iccidLine] = await ctx.ok('AT+CICCID');
        const iccid = iccidLine!.replace(/^\+ICCID: /, '');
        const x = await ctx.cmd('AT+CRSM=176,12258,0,0,10');
        expectLines(x, [/^\+CRSM: 144,0,"?[0-9A-F]{20}"?$/]);
        const hex = /"?([0-9A-F]{20})"?$/.exec(x.lines[0]!)![1]!;
        expectTrue(swapNibbles(hex).replace(/F+$/, '') === iccid.replace(/F+$/i, ''), `EF_ICCID ${hex} should hold ${iccid}`);
      },
    },
    {
      name: 'PIN lock: enable, restart → SIM PIN, wrong PIN refused, right PIN → READY, disable',
      spec: '§6.2.3 AT+CLCK="SC",1/0,<pin>; §6.2.2 +CPIN: SIM PIN; 27.007 +CME ERROR: 16 incorrect password',
      requires: ['sim.pin', 'sim.lock'],
      hazards: ['changes-pin'],
      timeoutMs: 240_000,
      async run(ctx) {
        const pin = ctx.options.pin;
        const wrong = pin === '0000' ? '1111' : '0000';
        await ctx.ok(`AT+CLCK="SC",1,"${pin}"`);
        try {
          expectLines(await ctx.cmd('AT+CLCK="SC",2'), ['+CLCK: 1']);
          await restart(ctx);
          await ctx.ok('AT+CMEE=2');
          expectLines(await ctx.cmd('AT+CPIN?'), ['+CPIN: SIM PIN']);
          expectFinal(await ctx.cmd(`AT+CPIN="${wrong}"`), /^\+CME ERROR: (16|incorrect password)$/i);
          await ctx.ok(`AT+CPIN="${pin}"`);
          expectLines(await ctx.cmd('AT+CPIN?'), ['+CPIN: READY']);
        } finally {
          await ctx.target.command(`AT+CLCK="SC",0,"${pin}"`);
        }
        expectLines(await ctx.cmd('AT+CLCK="SC",2'), ['+CLCK: 0']);
      },
    },
  ],
});
