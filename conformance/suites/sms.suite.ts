// SMS in both modes (manual chapter 7, 3GPP TS 27.005): message format, service centre,
// storage, writing/reading/listing/deleting in text and PDU mode, the `> ` prompt, sending
// (money: hazard) and new-message indications (needs the simulator's control channel to make
// a message arrive).

import { expectFinal, expectLines, expectPrompt, expectRaw, expectTrue, fail } from '../runner/expect.js';
import { defineSuite, type TestContext } from '../runner/suite.js';

const CTRL_Z = '\x1a';
const ESC = '\x1b';

/** A SMS-SUBMIT TPDU (23.040 §9.2.2.2) to +10011, 7-bit "Hello World", no SMSC (00). */
export const SUBMIT_PDU = '00110005910110F10000AA0BC8329BFD065DDF723619';
const SUBMIT_TPDU_LENGTH = (SUBMIT_PDU.length - 2) / 2;

function parseIndex(line: string | undefined, prefix: string): number {
  const m = new RegExp(`^\\${prefix}: (\\d+)$`).exec(line ?? '');
  if (!m) fail(`expected "${prefix}: <index>", got ${JSON.stringify(line)}`);
  return Number(m[1]);
}

async function textMode(ctx: TestContext): Promise<void> {
  await ctx.ok('AT+CMGF=1');
  await ctx.ok('AT+CSDH=0');
}

/** Writes a text message to storage, checking the prompt; returns its index. */
async function writeText(ctx: TestContext, number: string, text: string): Promise<number> {
  const x = await ctx.cmd(`AT+CMGW="${number}"`, { body: text + CTRL_Z, timeoutMs: 30_000 });
  expectPrompt(x);
  expectFinal(x, 'OK');
  return parseIndex(x.lines[x.lines.length - 1], '+CMGW');
}

export const smsSuite = defineSuite({
  id: 'sms',
  title: 'SMS (text and PDU mode)',
  description: '+CMGF, +CSCA, +CPMS, +CMGW/+CMGR/+CMGL/+CMGD in both modes, the prompt, +CMGS, +CNMI indications.',
  tests: [
    {
      name: 'AT+CMGF selects text (1) and PDU (0) mode',
      spec: '§7.2.3 AT+CMGF: "+CMGF: (0-1)"',
      requires: ['sms.text', 'sms.pdu'],
      async run(ctx) {
        expectRaw(await ctx.cmd('AT+CMGF=?'), 'AT+CMGF=?\\r\\r\\n+CMGF: (0-1)\\r\\n\\r\\nOK\\r\\n');
        await ctx.ok('AT+CMGF=1');
        expectLines(await ctx.cmd('AT+CMGF?'), ['+CMGF: 1']);
        await ctx.ok('AT+CMGF=0');
        expectLines(await ctx.cmd('AT+CMGF?'), ['+CMGF: 0']);
      },
    },
    {
      name: 'AT+CSCA? reports the service centre address and type',
      spec: '§7.2.4 AT+CSCA: "+CSCA: "+8613010314500", 145"',
      requires: ['sms.text'],
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CSCA?'), [/^\+CSCA: "\+?[0-9]*", ?(129|145|161)$/]);
      },
    },
    {
      name: 'AT+CPMS selects storage and reports used/total',
      spec: '§7.2.2 AT+CPMS: "+CPMS: 3,50,3,50,3,50"',
      requires: ['sms.storage'],
      async run(ctx) {
        expectLines(await ctx.cmd('AT+CPMS=?'), [/^\+CPMS: \(.*"SM".*\),\(.*"SM".*\),\(.*"SM".*\)$/]);
        expectLines(await ctx.cmd('AT+CPMS="SM","SM","SM"'), [/^\+CPMS: \d+,\d+,\d+,\d+,\d+,\d+$/]);
        expectLines(await ctx.cmd('AT+CPMS?'), [/^\+CPMS: "SM", ?\d+, ?\d+, ?"SM", ?\d+, ?\d+, ?"SM", ?\d+, ?\d+$/]);
      },
    },
    {
      name: 'text mode: write, read, list and delete a message',
      spec: '§7.2.14 AT+CMGW, §7.2.11 AT+CMGR, §7.2.10 AT+CMGL, §7.2.15 AT+CMGD (examples: "+10011", "Hello World")',
      requires: ['sms.text', 'sms.storage'],
      async run(ctx) {
        await textMode(ctx);
        await ctx.ok('AT+CPMS="SM","SM","SM"');
        const index = await writeText(ctx, '+10011', 'Hello World');
        const read = await ctx.cmd(`AT+CMGR=${index}`);
        expectLines(read, [/^\+CMGR: "STO UNSENT","\+10011",("[^"]*")?$/, 'Hello World']);
        const list = await ctx.cmd('AT+CMGL="ALL"');
        const at = list.lines.findIndex((l) => l.startsWith(`+CMGL: ${index},`));
        expectTrue(at >= 0, `AT+CMGL="ALL" should list index ${index}: ${JSON.stringify(list.lines)}`);
        expectTrue(/^\+CMGL: \d+,"STO UNSENT","\+10011",("[^"]*")?,(".*")?$/.test(list.lines[at]!), `+CMGL header: ${list.lines[at]}`);
        expectTrue(list.lines[at + 1] === 'Hello World', `the text follows its +CMGL line: ${JSON.stringify(list.lines)}`);
        await ctx.ok(`AT+CMGD=${index}`);
        const after = await ctx.cmd('AT+CMGL="ALL"');
        expectTrue(!after.lines.some((l) => l.startsWith(`+CMGL: ${index},`)), `index ${index} is gone after AT+CMGD: ${JSON.stringify(after.lines)}`);
      },
    },
    {
      name: 'text mode: ESC at the prompt cancels and stores nothing',
      spec: '27.005 §3.5.4: "sending can be cancelled by giving <ESC> character"',
      requires: ['sms.text', 'sms.storage'],
      async run(ctx) {
        await textMode(ctx);
        const before = (await ctx.ok('AT+CMGL="ALL"')).length;
        const x = await ctx.cmd('AT+CMGW="+10011"', { body: 'never stored' + ESC });
        expectTrue(x.prompt !== undefined, 'AT+CMGW prompts for the text');
        expectTrue(!x.lines.some((l) => l.startsWith('+CMGW:')), `nothing is written: ${JSON.stringify(x.lines)}`);
        expectTrue((await ctx.ok('AT+CMGL="ALL"')).length === before, 'the storage is unchanged');
      },
    },
    {
      name: 'PDU mode: write a SUBMIT PDU, read it back, delete it',
      spec: '§7.2.14 AT+CMGW=<length> (PDU mode), §7.2.11 AT+CMGR: "+CMGR: <stat>,[<alpha>],<length>" then the PDU',
      requires: ['sms.pdu', 'sms.storage'],
      async run(ctx) {
        await ctx.ok('AT+CMGF=0');
        const x = await ctx.cmd(`AT+CMGW=${SUBMIT_TPDU_LENGTH}`, { body: SUBMIT_PDU + CTRL_Z, timeoutMs: 30_000 });
        expectPrompt(x, 'PDU mode prompts with <CR><LF>"> " too (27.005 §3.5.1)');
        expectFinal(x, 'OK');
        const index = parseIndex(x.lines[x.lines.length - 1], '+CMGW');
        const read = await ctx.cmd(`AT+CMGR=${index}`);
        expectLines(read, [new RegExp(`^\\+CMGR: 2,,${SUBMIT_TPDU_LENGTH}$`), /^[0-9A-F]+$/]);
        expectTrue(read.lines[1]!.endsWith(SUBMIT_PDU.slice(2)), `the stored TPDU comes back: ${read.lines[1]}`);
        await ctx.ok(`AT+CMGD=${index}`);
      },
    },
    {
      name: 'text mode: AT+CMGS sends and answers +CMGS: <mr>',
      spec: '§7.2.12 AT+CMGS: ">ABCD<ctrl-Z>" → "+CMGS: 46"',
      requires: ['sms.text', 'sms.send'],
      hazards: ['spends-money'],
      timeoutMs: 180_000,
      async run(ctx) {
        await textMode(ctx);
        const x = await ctx.cmd(`AT+CMGS="${ctx.options.smsTo}"`, { body: 'modemsim conformance' + CTRL_Z, timeoutMs: 120_000 });
        expectPrompt(x);
        expectFinal(x, 'OK');
        expectLines(x, [/^\+CMGS: \d{1,3}$/]);
      },
    },
    {
      name: 'PDU mode: AT+CMGS=<length> sends and answers +CMGS: <mr>',
      spec: '§7.2.12 AT+CMGS (PDU mode); 27.005 §3.5.1',
      requires: ['sms.pdu', 'sms.send'],
      hazards: ['spends-money'],
      timeoutMs: 180_000,
      async run(ctx) {
        await ctx.ok('AT+CMGF=0');
        const x = await ctx.cmd(`AT+CMGS=${SUBMIT_TPDU_LENGTH}`, { body: SUBMIT_PDU + CTRL_Z, timeoutMs: 120_000 });
        expectPrompt(x);
        expectFinal(x, 'OK');
        expectLines(x, [/^\+CMGS: \d{1,3}$/]);
      },
    },
    {
      name: 'AT+CNMI=2,1: a new message is indicated by +CMTI and reads back',
      spec: '§7.2.9 AT+CNMI <mt>=1: "+CMTI: <mem>,<index>"; §7.2.11 AT+CMGR "REC UNREAD"',
      requires: ['sms.text', 'sms.cnmi', 'sms.storage'],
      needsControl: true,
      async run(ctx) {
        await textMode(ctx);
        await ctx.ok('AT+CPMS="SM","SM","SM"');
        await ctx.ok('AT+CNMI=2,1,0,0,0');
        await ctx.control('inject sms', { from: '+15551112222', text: 'ping from the network' });
        const urc = await ctx.target.awaitUrc(/^\+CMTI: /, 30_000);
        const m = /^\+CMTI: "(SM|ME)",(\d+)$/.exec(urc ?? '');
        expectTrue(m !== null, `expected +CMTI: "SM",<index>, got ${urc ?? 'nothing'}`);
        const read = await ctx.cmd(`AT+CMGR=${m![2]}`);
        expectLines(read, [/^\+CMGR: "REC UNREAD","\+15551112222",("[^"]*")?,"\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d[+-]\d\d"$/, 'ping from the network']);
        expectLines(await ctx.cmd(`AT+CMGR=${m![2]}`), [/^\+CMGR: "REC READ",/, 'ping from the network'], 'a read message becomes REC READ');
        await ctx.ok(`AT+CMGD=${m![2]}`);
      },
    },
    {
      name: 'AT+CNMI=2,2: a new message is routed directly as +CMT',
      spec: '§7.2.9 AT+CNMI <mt>=2: "+CMT: <oa>,[<alpha>],<scts>" then the text (text mode, +CSDH=0)',
      requires: ['sms.text', 'sms.cnmi'],
      needsControl: true,
      async run(ctx) {
        await textMode(ctx);
        await ctx.ok('AT+CNMI=2,2,0,0,0');
        try {
          await ctx.control('inject sms', { from: '+15551112222', text: 'direct' });
          const header = await ctx.target.awaitUrc(/^\+CMT: /, 30_000);
          expectTrue(/^\+CMT: "\+15551112222",("[^"]*")?,"\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d[+-]\d\d"$/.test(header ?? ''), `+CMT header: ${header ?? 'none'}`);
          const body = await ctx.target.awaitUrc(/.*/, 5000);
          expectTrue(body === 'direct', `the text follows +CMT: ${JSON.stringify(body)}`);
        } finally {
          await ctx.target.command('AT+CNMI=2,1,0,0,0');
        }
      },
    },
  ],
});
