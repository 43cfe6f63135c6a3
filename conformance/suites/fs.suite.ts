// File system and file transmission (manual chapters 10-11) on the module's own flash "C:":
// upload with AT+CFTRANRX (binary, after ">"), read back with AT+CFTRANTX, sizes, listings,
// renames, copies and deletes. The suite works on files of its own (modemsim-conformance.*) and
// deletes them again, so it is safe on a real module. Exact bytes where the manual gives them;
// where the manual's own spacing is in doubt ("+CFTRANTX: DATA, 11" in its examples,
// "DATA,<len>" in its template), both are accepted.

import { expectEqual, expectFinal, expectLines, expectTrue, fail } from '../runner/expect.js';
import { defineSuite, type TestContext } from '../runner/suite.js';

const NAME = 'modemsim-conformance.bin';
const PATH = `C:/${NAME}`;
const COPY = 'modemsim-conformance.cpy';

/** Bytes a text protocol would trip over: NUL, Ctrl-Z, ESC, CR LF, "+++", 0xFF. */
const DATA = Buffer.concat([Buffer.from([0x00, 0x1a, 0x1b, 0x0d, 0x0a, 0x2b, 0x2b, 0x2b, 0xff, 0x80]), Buffer.from('modemsim conformance file system test data 0123456789', 'latin1')]);

async function clean(ctx: TestContext): Promise<void> {
  await ctx.ok('AT+FSCD=C:/');
  for (const n of [NAME, COPY]) await ctx.cmd(`AT+FSDEL=${n}`);
}

async function upload(ctx: TestContext, data = DATA): Promise<void> {
  await clean(ctx);
  const x = await ctx.cmd(`AT+CFTRANRX="${PATH}",${data.length}`, { body: data, timeoutMs: 30_000 });
  expectTrue(x.prompt !== undefined || /\r\n>/.test(x.raw), `AT+CFTRANRX should prompt with ">" before the data; got ${JSON.stringify(x.raw)}`);
  expectFinal(x, 'OK', 'AT+CFTRANRX');
}

/** The bytes of AT+CFTRANTX's "+CFTRANTX: DATA,<len>" blocks, from the raw response. */
async function download(ctx: TestContext, path: string): Promise<Buffer> {
  const x = await ctx.cmd(`AT+CFTRANTX="${path}"`, { timeoutMs: 30_000 });
  expectFinal(x, 'OK', 'AT+CFTRANTX');
  const raw = Buffer.from(x.raw, 'latin1');
  const text = x.raw;
  const blocks: Buffer[] = [];
  const header = /\+CFTRANTX: DATA, ?(\d+)\r\n/g;
  let at = 0;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    if (m.index < at) continue;
    const len = Number(m[1]);
    const start = m.index + m[0].length;
    blocks.push(raw.subarray(start, start + len));
    at = start + len;
    header.lastIndex = at;
  }
  if (!/\+CFTRANTX: 0\r\n/.test(text.slice(at))) fail(`AT+CFTRANTX should end with "+CFTRANTX: 0" after its data; got ${JSON.stringify(text)}`);
  return Buffer.concat(blocks);
}

export const fsSuite = defineSuite({
  id: 'fs',
  title: 'File system and file transmission',
  description: 'AT+CFTRANRX/+CFTRANTX binary round trip, +FSATTRI, +FSLS, +FSRENAME, +FSCOPY, +FSDEL, +FSMEM, +FSCD on C:.',
  tests: [
    {
      name: 'AT+CFTRANRX stores exactly the bytes sent after ">"; AT+CFTRANTX gives them back',
      spec: '§11.2.1 AT+CFTRANRX: ">" then OK; §11.2.2 AT+CFTRANTX: +CFTRANTX: DATA,<len> / data / +CFTRANTX: 0',
      requires: ['fs.efs'],
      async run(ctx) {
        await upload(ctx);
        expectLines(await ctx.cmd(`AT+FSATTRI=${NAME}`), [`+FSATTRI: ${DATA.length}`]);
        expectEqual((await download(ctx, PATH)).toString('hex'), DATA.toString('hex'), 'the file read back');
        await clean(ctx);
      },
    },
    {
      name: 'AT+CFTRANTX reads <size> bytes from <location>',
      spec: '§11.2.2: AT+CFTRANTX="d:/MyDir/t1.txt",1,4 → +CFTRANTX: DATA, 4 / estc',
      requires: ['fs.efs'],
      async run(ctx) {
        await upload(ctx, Buffer.from('Testcontent', 'latin1'));
        const x = await ctx.cmd(`AT+CFTRANTX="${PATH}",1,4`);
        expectFinal(x, 'OK');
        expectTrue(/\r\n\+CFTRANTX: DATA, ?4\r\nestc\r\n\+CFTRANTX: 0\r\n/.test(x.raw), `expected DATA,4 / estc / +CFTRANTX: 0; got ${JSON.stringify(x.raw)}`);
        await clean(ctx);
      },
    },
    {
      name: 'AT+FSLS lists the file and AT+FSLS? counts it; AT+FSDEL deletes it',
      spec: '§10.2.4 AT+FSLS, §10.2.5 AT+FSDEL, §10.2.7 AT+FSATTRI',
      requires: ['fs.efs'],
      async run(ctx) {
        await upload(ctx);
        const list = await ctx.ok('AT+FSLS=2');
        expectEqual(list[0], '+FSLS: FILES:', 'the header of AT+FSLS=2');
        expectTrue(list.includes(NAME), `AT+FSLS=2 should list ${NAME}: ${JSON.stringify(list)}`);
        expectLines(await ctx.cmd('AT+FSLS?'), [/^\+FSLS: SUBDIRECTORIES: ?\d+,FILES:\d+$/]);
        expectFinal(await ctx.cmd(`AT+FSDEL=${NAME}`), 'OK');
        expectFinal(await ctx.cmd(`AT+FSATTRI=${NAME}`), 'ERROR', 'a deleted file has no attributes');
        expectFinal(await ctx.cmd(`AT+CFTRANTX="${PATH}"`), 'ERROR', 'a deleted file cannot be read');
      },
    },
    {
      name: 'AT+FSRENAME renames a file of the current directory',
      spec: '§10.2.6 AT+FSRENAME=image_0.jpg,image_1.jpg → OK',
      requires: ['fs.efs'],
      async run(ctx) {
        await upload(ctx);
        expectFinal(await ctx.cmd(`AT+FSRENAME=${NAME},${COPY}`), 'OK');
        expectFinal(await ctx.cmd(`AT+FSATTRI=${NAME}`), 'ERROR');
        expectLines(await ctx.cmd(`AT+FSATTRI=${COPY}`), [`+FSATTRI: ${DATA.length}`]);
        await clean(ctx);
      },
    },
    {
      name: 'AT+FSCOPY reports <percent> up to 100.0, and the copy holds the same bytes',
      spec: '§10.2.9 AT+FSCOPY: +FSCOPY: <percent> ... OK',
      requires: ['fs.efs'],
      async run(ctx) {
        await upload(ctx);
        const x = await ctx.cmd(`AT+FSCOPY=${PATH},${COPY}`, { timeoutMs: 30_000 });
        expectFinal(x, 'OK');
        expectTrue(x.lines.length > 0 && x.lines.every((l) => /^\+FSCOPY: \d{1,3}\.\d$/.test(l)) && x.lines.at(-1) === '+FSCOPY: 100.0', `expected +FSCOPY: <percent> lines ending 100.0; got ${JSON.stringify(x.lines)}`);
        expectEqual((await download(ctx, `C:/${COPY}`)).toString('hex'), DATA.toString('hex'), 'the copy');
        await clean(ctx);
      },
    },
    {
      name: 'AT+FSCD and AT+FSMEM on C:',
      spec: '§10.2.1 AT+FSCD=C:/ → +FSCD: C:/; §10.2.8 AT+FSMEM → +FSMEM: C:(11348480, 2201600)',
      requires: ['fs.efs'],
      async run(ctx) {
        expectLines(await ctx.cmd('AT+FSCD=C:'), ['+FSCD: C:/']);
        expectLines(await ctx.cmd('AT+FSCD?'), ['+FSCD: C:/']);
        expectFinal(await ctx.cmd('AT+FSCD=modemsim-no-such-directory'), 'ERROR');
        const [mem] = await ctx.ok('AT+FSMEM');
        const m = /^\+FSMEM: C:\((\d+), ?(\d+)\)$/.exec(mem ?? '');
        expectTrue(m !== null, `expected +FSMEM: C:(<total>, <used>); got ${JSON.stringify(mem)}`);
        expectTrue(Number(m[2]) <= Number(m[1]), `used ${m[2]} should not exceed total ${m[1]}`);
      },
    },
  ],
});
