// V.250 framing and syntax rules, as the manual states them (§1.4, §1.5.2, chapter 2) and
// V.250 defines them where the manual relies on it. Exact bytes: the manual's framing is
// the same on every module of the family.

import { expectFinal, expectLines, expectRaw, expectTrue } from '../runner/expect.js';
import { defineSuite } from '../runner/suite.js';

export const v250Suite = defineSuite({
  id: 'v250',
  title: 'V.250 framing and syntax',
  description: 'Echo, result code framing and formats (ATE/ATV/ATQ), command line rules: prefix, concatenation, errors, length, A/, editing.',
  tests: [
    {
      name: 'AT answers OK with the echo, framed by CR LF',
      spec: '§1.5.2; V.250 §5.7.1: <CR><LF>OK<CR><LF> after the echoed line',
      async run(ctx) {
        expectRaw(await ctx.cmd('AT'), 'AT\\r\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'the AT prefix may be written AT, at or At',
      spec: '§1.5.2: "The "AT" or "at" or "At" prefix must be included"',
      async run(ctx) {
        expectRaw(await ctx.cmd('at'), 'at\\r\\r\\nOK\\r\\n');
        expectRaw(await ctx.cmd('At'), 'At\\r\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'information text is framed as <CR><LF>text<CR><LF> before the final code',
      spec: '§1.4; V.250 §5.7.1',
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CGMI'), 'AT+CGMI\\r\\r\\n\\{text}\\r\\n\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'ATE0 stops the echo and ATE1 brings it back',
      spec: '§2.2.6 ATE',
      async run(ctx) {
        expectRaw(await ctx.cmd('ATE0'), 'ATE0\\r\\r\\nOK\\r\\n', 'ATE0 itself is still echoed');
        expectRaw(await ctx.cmd('AT'), '\\r\\nOK\\r\\n');
        expectRaw(await ctx.cmd('ATE1'), '\\r\\nOK\\r\\n');
        expectRaw(await ctx.cmd('AT'), 'AT\\r\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'ATV0 gives numeric result codes, ATV1 verbose ones',
      spec: '§2.2.8 ATV; §25.1 result codes: 0 OK, 4 ERROR',
      async run(ctx) {
        await ctx.ok('ATE0');
        expectRaw(await ctx.cmd('ATV0'), '0\\r');
        expectRaw(await ctx.cmd('AT+CGMI'), '\\{text}\\r\\n0\\r', 'ATV0 information text is text<CR><LF>');
        expectRaw(await ctx.cmd('AT+NOSUCHCOMMAND'), '4\\r');
        expectRaw(await ctx.cmd('ATV1'), '\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'ATQ1 suppresses result codes but not information text',
      spec: '§2.2.10 ATQ',
      async run(ctx) {
        await ctx.ok('ATE0');
        expectRaw(await ctx.cmd('ATQ1', { quietMs: 500 }), '');
        expectRaw(await ctx.cmd('AT', { quietMs: 500 }), '');
        expectRaw(await ctx.cmd('AT+CGMI', { quietMs: 500 }), '\\r\\n\\{text}\\r\\n');
        expectRaw(await ctx.cmd('ATQ0'), '\\r\\nOK\\r\\n');
      },
    },
    {
      name: 'several commands on one line give one final result code',
      spec: '§1.5.2 item 4: "ATE1Q0S0=1S3=13V1X4;+IFC=0,0;+IPR=115200"-style lines',
      async run(ctx) {
        const x = await ctx.cmd('ATE1Q0V1;+CGMI;+CGMM');
        expectFinal(x, 'OK');
        expectTrue(x.lines.length === 2, `expected the two information lines of +CGMI and +CGMM, got ${JSON.stringify(x.lines)}`);
        const single = [...(await ctx.ok('AT+CGMI')), ...(await ctx.ok('AT+CGMM'))];
        expectLines(x, single, 'the same lines as the commands one by one');
      },
    },
    {
      name: 'a line stops at its first error; the commands before it stay done',
      spec: 'V.250 §5.2.1; manual §3.2.8 +CMEE values 0-2',
      requires: ['errors.cmee'],
      async run(ctx) {
        const x = await ctx.cmd('AT+CMEE=1;+CMEE=9;+CMEE=0');
        expectTrue(x.finalKind === 'error' || x.finalKind === 'cme', `expected an error for +CMEE=9, got ${x.final}`);
        const lines = await ctx.ok('AT+CMEE?');
        expectTrue(lines[0] === '+CMEE: 1', `+CMEE=1 before the error should have run and +CMEE=0 after it not: got ${JSON.stringify(lines)}`);
      },
    },
    {
      name: 'an unknown command answers ERROR',
      spec: 'V.250 §5.7.2: ERROR for a command not recognised',
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+NOSUCHCOMMAND'), 'AT+NOSUCHCOMMAND\\r\\r\\nERROR\\r\\n');
      },
    },
    {
      name: 'a command line over 3071 characters runs nothing and answers ERROR',
      spec: '§1.5.2 item 4: "If the characters entered exceeded this number then none of the Command will execute"',
      requires: ['errors.cmee'],
      async run(ctx) {
        await ctx.ok('ATE0');
        await ctx.ok('AT+CMEE=2');
        const filler = ' '.repeat(3080);
        expectRaw(await ctx.cmd(`AT+CMEE=1;${filler}+CGMI`), '\\r\\nERROR\\r\\n');
        const lines = await ctx.ok('AT+CMEE?');
        expectTrue(lines[0] === '+CMEE: 2', `+CMEE=1 must not have run: ${JSON.stringify(lines)}`);
      },
    },
    {
      name: 'the test form of an action command answers OK',
      spec: '§2.2.13-2.2.16: AT+CGMI=? / +CGMM=? / +CGMR=? / +CGSN=? → OK',
      async run(ctx) {
        for (const c of ['AT+CGMI=?', 'AT+CGMM=?', 'AT+CGMR=?', 'AT+CGSN=?']) expectRaw(await ctx.cmd(c), `${c}\\r\\r\\nOK\\r\\n`);
      },
    },
    {
      name: 'A/ repeats the previous command line without AT or CR',
      spec: '§1.5.2: "(except A/ and +++)"; V.250 §5.2.4',
      requires: ['v250.repeat'],
      async run(ctx) {
        await ctx.ok('ATE0');
        const first = await ctx.cmd('AT+CGMM');
        await ctx.target.write('A/');
        const again = await ctx.target.drain(1000);
        expectTrue(again === first.raw, `A/ should repeat AT+CGMM: expected ${JSON.stringify(first.raw)}, got ${JSON.stringify(again)}`);
      },
    },
    {
      name: 'backspace (S5) deletes the character before it',
      spec: 'V.250 §6.2.3 S5 command line editing character (default 8)',
      requires: ['v250.s-registers'],
      async run(ctx) {
        await ctx.ok('ATE0');
        const x = await ctx.cmd('AT+CGMX\bI');
        expectFinal(x, 'OK', 'AT+CGMX<BS>I is AT+CGMI');
        expectLines(x, await ctx.ok('AT+CGMI'));
      },
    },
    {
      name: 'AT&F brings back the factory echo and result code format',
      spec: '§2.2.9 AT&F; factory values E1 V1 (§2.2.6, §2.2.8 underlined)',
      async run(ctx) {
        await ctx.ok('ATE0');
        expectRaw(await ctx.cmd('ATV0'), '0\\r');
        const reset = await ctx.cmd('AT&F');
        expectTrue(reset.finalKind === 'ok', `AT&F should succeed, got ${JSON.stringify(reset.raw)}`);
        expectRaw(await ctx.cmd('AT'), 'AT\\r\\r\\nOK\\r\\n', 'after AT&F: echo on, verbose codes');
      },
    },
  ],
});
