// Chapter 24 end to end: an MMS edited over AT commands and sent to a real MMSC (an HTTP server on
// loopback, simulator/mms/testing/mmsc-server.ts), directly or through the proxy of
// AT+CMMSPROTO; what arrives is decoded by the tests' own M-Send.req decoder.

import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { fileSystemOf } from '../../fs/index.js';
import { mmscServer, type MmscAnswer, type MmscRequest, type MmscServer } from '../../mms/testing/mmsc-server.js';
import { ModemHarness } from '../../testing/harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a tiny jpeg body'), Buffer.from([0xff, 0xd9])]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('png')]);

async function started(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  cleanups.push(() => h.modem.powerOff());
  await h.advance(10_000);
  await h.command('ATE0');
  return h;
}

async function mmsc(h: ModemHarness, answer?: (req: MmscRequest, n: number) => MmscAnswer): Promise<MmscServer> {
  const server = await mmscServer(answer);
  cleanups.push(() => server.close());
  const control = new ModemControl(h.modem);
  await control.run('set host', { name: 'mmsc.example.com', address: '10.1.1.1' });
  await control.run('internet route', { to: '10.1.1.1:80', port: server.port });
  await control.run('internet route', { to: '10.0.0.172:80', port: server.port });
  return server;
}

/** A write of AT+CMMSDOWN with data at the prompt: everything printed. */
async function download(h: ModemHarness, line: string, data: Buffer | string): Promise<string> {
  const head = await h.command(line);
  expect(head).toBe('\r\n> ');
  h.send(data);
  await h.finish();
  return h.take();
}

/** AT+CMMSSEND: OK at once, then the indication (what follows the OK). */
async function sendAndWait(h: ModemHarness, line = 'AT+CMMSSEND'): Promise<string> {
  const out = await h.command(line);
  expect(out.startsWith('\r\nOK\r\n'), out).toBe(true);
  const after = out.slice('\r\nOK\r\n'.length);
  return after.includes('+CMMSSEND:') ? after : h.waitForOutput(/\+CMMSSEND: \d+\r\n/);
}

describe('AT+CMMSSEND to a real MMSC', () => {
  it('sends the edited MMS through the proxy as an M-Send.req the MMSC decodes', async () => {
    const h = await started();
    const server = await mmsc(h);
    for (const line of [
      'AT+CMMSCURL="mmsc.example.com/mms"',
      'AT+CMMSPROTO=1,"10.0.0.172",80',
      'AT+CMMSSENDCFG=0,2,1,0,0,0',
      'AT+CMMSUA="Test my UserAgent"',
      'AT+CMMSPROFILE="http://example.com/uaprof.xml"',
      'AT+CMMSEDIT=1',
      'AT+CMMSRECP="13800138000"',
      'AT+CMMSRECP="+8613912345678"',
      'AT+CMMSCC="t1@test.com"',
      'AT+CMMSBCC="hidden@test.com"',
    ]) expect(await h.command(line), line).toBe('\r\nOK\r\n');
    expect(await download(h, 'AT+CMMSDOWN="TITLE",5', 'Hello')).toBe('\r\nOK\r\n');
    expect(await download(h, `AT+CMMSDOWN="PIC",${JPEG.length},"photo.jpg"`, JPEG)).toBe('\r\nOK\r\n');
    // UCS2 little endian with its byte order mark: "Hé" + a CJK character.
    const ucs2 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hé中', 'utf16le')]);
    expect(await download(h, `AT+CMMSDOWN="TEXT",${ucs2.length},"note.txt"`, ucs2)).toBe('\r\nOK\r\n');

    expect(await sendAndWait(h)).toBe('\r\n+CMMSSEND: 0\r\n');
    const req = await server.request();
    expect(req.method).toBe('POST');
    expect(req.url).toBe('http://mmsc.example.com/mms');
    expect(req.headers.host).toBe('mmsc.example.com');
    expect(req.headers['content-type']).toBe('application/vnd.wap.mms-message');
    expect(req.headers['user-agent']).toBe('Test my UserAgent');
    expect(req.headers['x-wap-profile']).toBe('http://example.com/uaprof.xml');
    expect(req.error).toBeUndefined();
    const pdu = req.pdu!;
    expect(pdu.order.slice(0, 3)).toEqual([0x8c, 0x98, 0x8d]);
    expect(pdu.order.at(-1)).toBe(0x84);
    expect(pdu).toMatchObject({
      messageType: 0x80,
      version: '1.2',
      from: 'insert-address',
      to: ['13800138000/TYPE=PLMN', '+8613912345678/TYPE=PLMN'],
      cc: ['t1@test.com'],
      bcc: ['hidden@test.com'],
      subject: 'Hello',
      expiry: { relative: true, seconds: 3600 },
      priority: 'High',
      deliveryReport: 'Yes',
      readReport: 'No',
      senderVisibility: 'Hide',
      messageClass: 'Personal',
    });
    expect(pdu.transactionId).toMatch(/^T[0-9a-f]+$/);
    expect(pdu.contentType).toEqual({ type: 'application/vnd.wap.multipart.related', params: { type: 'application/smil', start: '<smil>' } });
    expect(pdu.parts.map((p) => [p.contentType.type, p.contentId, p.contentLocation])).toEqual([
      ['application/smil', '<smil>', 'smil.xml'],
      ['image/jpeg', '<part1>', 'photo.jpg'],
      ['text/plain', '<part2>', 'note.txt'],
    ]);
    expect(pdu.parts[1]!.data).toEqual(JPEG);
    expect(pdu.parts[2]!.contentType.params.charset).toBe(106);
    expect(pdu.parts[2]!.data.toString('utf8')).toBe('Hé中');
    const smil = pdu.parts[0]!.data.toString('utf8');
    expect(smil).toContain('<img src="photo.jpg" region="Image"/>');
    expect(smil).toContain('<text src="note.txt" region="Text"/>');
  });

  it('without a proxy posts to the MMSC itself, with the path as the request target', async () => {
    const h = await started();
    const server = await mmsc(h);
    await h.command('AT+CMMSCURL="mmsc.example.com"');
    await h.command('AT+CMMSEDIT=1');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    expect(await sendAndWait(h, 'AT+CMMSSEND="13613623116"')).toBe('\r\n+CMMSSEND: 0\r\n');
    const req = await server.request();
    expect(req.url).toBe('/');
    expect(req.pdu).toMatchObject({ to: ['13613623116/TYPE=PLMN'], cc: [], bcc: [], subject: 'Hi' });
    // AT+CMMSSENDCFG defaults: reports "No", the other fields not set.
    expect(req.pdu).toMatchObject({ deliveryReport: 'No', readReport: 'No' });
    expect(req.pdu!.priority).toBeUndefined();
    expect(req.pdu!.expiry).toBeUndefined();
    expect(req.pdu!.messageClass).toBeUndefined();
    expect(req.pdu!.parts.map((p) => p.contentType.type)).toEqual(['application/smil']);
  });

  it('maps the MMSC answer to +CMMSSEND: <err>', async () => {
    const h = await started();
    const answers: MmscAnswer[] = [{ status: 0xe3 }, { status: 0xe2 }, { httpStatus: 500 }, { body: Buffer.from('not a pdu') }, { status: 0x80 }];
    await mmsc(h, (_req, n) => answers[n]!);
    await h.command('AT+CMMSCURL="mmsc.example.com"');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    const got: string[] = [];
    for (let i = 0; i < answers.length; i++) {
      got.push(await sendAndWait(h));
      h.take();
    }
    expect(got).toEqual(['176', '189', '190', '189', '0'].map((c) => `\r\n+CMMSSEND: ${c}\r\n`));
  });

  it('times out after "mmssend_timeout" when the MMSC does not answer', async () => {
    const h = await started();
    await mmsc(h, () => ({ silent: true }));
    await h.command('AT+CMMSCFG="mmssend_timeout",15000');
    await h.command('AT+CMMSCURL="mmsc.example.com"');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    expect(await h.command('AT+CMMSSEND')).toBe('\r\nOK\r\n');
    // Busy while it is under way.
    expect(await h.command('AT+CMMSRECP="13800138001"')).toBe('\r\n+CME ERROR: MMS task is busy now\r\n');
    await h.advance(14_000);
    expect(h.take()).toBe('');
    await h.advance(1_000);
    expect(h.take()).toBe('\r\n+CMMSSEND: 173\r\n');
    expect(await h.command('AT+CMMSRECP="13800138001"')).toBe('\r\nOK\r\n');
  });

  it('reports a network error without a bearer, and an unreachable MMSC', async () => {
    const h = await started();
    await h.command('AT+CMMSCURL="10.9.9.9"');
    await h.command('AT+CMMSCFG="CID",2');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    expect(await sendAndWait(h)).toBe('\r\n+CMMSSEND: 190\r\n');
    h.take();
    await h.command('AT+CMMSCFG="CID",1');
    // 10.9.9.9 is not routed: nothing answers, the send runs into its timeout.
    expect(await h.command('AT+CMMSSEND')).toBe('\r\nOK\r\n');
    await h.advance(9_999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CMMSSEND: 173\r\n');
  });

  it('data_mode 1: files are recorded, their data comes after the prompt of AT+CMMSSEND, and is not kept', async () => {
    const h = await started();
    const server = await mmsc(h);
    await h.command('AT+CMMSCURL="mmsc.example.com"');
    await h.command('AT+CMMSCFG="data_mode",1');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    expect(await h.command(`AT+CMMSDOWN="PIC",${JPEG.length},"a.jpg"`)).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDOWN="TEXT",3,"b.txt"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDOWN="PIC",10,"c.doc"')).toBe('\r\n+CME ERROR: Invalid file format\r\n');
    // A file recorded without its data cannot go into the mailbox.
    expect(await h.command('AT+CMMSSAVE')).toBe('\r\n+CME ERROR: Failed to save mms\r\n');
    expect(await h.command('AT+CMMSSEND')).toBe('\r\n> ');
    h.send(Buffer.concat([JPEG, Buffer.from('abc')]));
    await h.finish();
    expect(await h.waitForOutput('+CMMSSEND: 0')).toBe('\r\nOK\r\n\r\n+CMMSSEND: 0\r\n');
    h.take();
    const req = await server.request();
    expect(req.pdu!.parts.slice(1).map((p) => [p.contentLocation, p.data.toString('latin1')])).toEqual([
      ['a.jpg', JPEG.toString('latin1')],
      ['b.txt', 'abc'],
    ]);
    // Sent again: the data is asked for again; not a JPEG where a JPEG was announced: 181.
    expect(await h.command('AT+CMMSSEND')).toBe('\r\n> ');
    h.send(Buffer.alloc(JPEG.length + 3, 0x41));
    await h.finish();
    expect(h.take()).toBe('\r\n+CME ERROR: Invalid file format\r\n');
  });

  it('data_mode 1: the data must come within mmssend_timeout', async () => {
    const h = await started();
    await mmsc(h);
    await h.command('AT+CMMSCURL="mmsc.example.com"');
    await h.command('AT+CMMSCFG="data_mode",1');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    await h.command('AT+CMMSDOWN="TEXT",100,"b.txt"');
    expect(await h.command('AT+CMMSSEND')).toBe('\r\n> ');
    h.send('only part of it');
    await h.settle();
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n+CME ERROR: The operation is over time\r\n');
  });
});

describe('editing the MMS', () => {
  it('needs edit mode, which starts empty and ends discarding the MMS', async () => {
    const h = await started();
    expect(await h.command('AT+CMMSEDIT?')).toBe('\r\n+CMMSEDIT: 0\r\n\r\nOK\r\n');
    for (const line of ['AT+CMMSRECP="13800138000"', 'AT+CMMSDOWN="TITLE",2', 'AT+CMMSSEND', 'AT+CMMSDELFILE=1', 'AT+CMMSSAVE', 'AT+CMMSDELRECP']) {
      expect(await h.command(line), line).toBe('\r\n+CME ERROR: Not allowed to edit now\r\n');
    }
    await h.command('AT+CMMSEDIT=1');
    expect(await h.command('AT+CMMSEDIT?')).toBe('\r\n+CMMSEDIT: 1\r\n\r\nOK\r\n');
    await h.command('AT+CMMSRECP="13800138000"');
    expect(await h.command('AT+CMMSRECP?')).toBe('\r\n+CMMSRECP: "13800138000"\r\n\r\nOK\r\n');
    await h.command('AT+CMMSEDIT=1');
    expect(await h.command('AT+CMMSRECP?')).toBe('\r\nOK\r\n');
    await h.command('AT+CMMSRECP="13800138000"');
    await h.command('AT+CMMSEDIT=0');
    expect(await h.command('AT+CMMSRECP?')).toBe('\r\nOK\r\n');
  });

  it('keeps recipient lists: duplicates once, deletion by address or all, bad addresses refused', async () => {
    const h = await started();
    await h.command('AT+CMMSEDIT=1');
    for (const line of ['AT+CMMSRECP="13800138000"', 'AT+CMMSRECP="13800138000"', 'AT+CMMSRECP="a@b.com"', 'AT+CMMSCC="t1@test.com"', 'AT+CMMSBCC="139"']) {
      expect(await h.command(line), line).toBe('\r\nOK\r\n');
    }
    expect(await h.command('AT+CMMSRECP?')).toBe('\r\n+CMMSRECP: "13800138000","a@b.com"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSCC?')).toBe('\r\n+CMMSCC: "t1@test.com"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSBCC?')).toBe('\r\n+CMMSBCC: "139"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSRECP="not an address"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command(`AT+CMMSRECP="${'1'.repeat(41)}"`)).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command(`AT+CMMSRECP="${'1'.repeat(61)}"`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMMSDELRECP="13900000000"')).toBe('\r\n+CME ERROR: Not find the address\r\n');
    expect(await h.command('AT+CMMSDELRECP="a@b.com"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSRECP?')).toBe('\r\n+CMMSRECP: "13800138000"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELCC')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSCC?')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELBCC="139"')).toBe('\r\nOK\r\n');
    for (let i = 0; i < 19; i++) await h.command(`AT+CMMSBCC="1380013${String(i).padStart(4, '0')}"`);
    expect(await h.command('AT+CMMSCC="x@y.cn"')).toBe('\r\n+CME ERROR: The storage for address is full\r\n');
  });

  it('takes files from the UART and the file system, up to five, and deletes them by index', async () => {
    const h = await started();
    fileSystemOf(h.modem).write('C:/OIP-C.jpg', JPEG);
    fileSystemOf(h.modem).write('C:/notes.bin', Buffer.from([1, 2, 3]));
    await h.command('AT+CMMSEDIT=1');
    expect(await h.command('AT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDOWN="ATTACH","C:/missing.jpg"')).toBe('\r\n+CME ERROR: Failed to read file in UE\r\n');
    expect(await h.command('AT+CMMSDOWN="PIC","C:/notes.bin"')).toBe('\r\n+CME ERROR: Invalid file format\r\n');
    expect(await h.command('AT+CMMSDOWN="ATTACH","notes.bin"')).toBe('\r\nOK\r\n');
    expect(await download(h, `AT+CMMSDOWN="PIC",${PNG.length},"p.png"`, PNG)).toBe('\r\nOK\r\n');
    expect(await download(h, 'AT+CMMSDOWN="PIC",4,"x.jpg"', 'ABCD')).toBe('\r\n+CME ERROR: Invalid file format\r\n');
    expect(await download(h, 'AT+CMMSDOWN="AUDIO",8,"s.amr"', '#!AMR\n\x00\x01')).toBe('\r\nOK\r\n');
    expect(await download(h, 'AT+CMMSDOWN="TEXT",2,"t.txt"', 'ok')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"')).toBe('\r\n+CMMSDOWN: 182\r\n');
    expect(await h.command('AT+CMMSDELFILE=6')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSDELFILE=2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"')).toBe('\r\nOK\r\n');
    for (const t of ['VIDEO', 'SDP', 'FILE']) {
      expect(await h.command(`AT+CMMSDOWN="${t}",10,"v.mp4"`), t).toBe('\r\n+CME ERROR: operation not supported\r\n');
    }
  });

  it('refuses a title that is too long or named, a file without a name, and too much data', async () => {
    const h = await started();
    await h.command('AT+CMMSEDIT=1');
    expect(await h.command('AT+CMMSDOWN="TITLE",41')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSDOWN="TITLE",4,"x"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSDOWN="PIC",4')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSDOWN="PIC",400000,"big.jpg"')).toBe('\r\n+CME ERROR: The mms data is over size\r\n');
    expect(await h.command('AT+CMMSDOWN="PIC",0,"a.jpg"')).toBe('\r\nERROR\r\n');
    // Invalid UTF-8 in a title without a byte order mark.
    expect(await download(h, 'AT+CMMSDOWN="TITLE",2', '\xc3\x28')).toBe('\r\n+CME ERROR: Invalid file format\r\n');
    // The data does not come: the operation is over time, nothing is kept.
    expect(await h.command('AT+CMMSDOWN="TEXT",50,"t.txt"')).toBe('\r\n> ');
    h.send('short');
    await h.settle();
    await h.advance(10_200);
    expect(h.take()).toBe('\r\n+CME ERROR: The operation is over time\r\n');
    expect(await h.command('AT+CMMSSAVE')).toBe('\r\n+CME ERROR: No content in the buffer\r\n');
  });

  it('answers MMS errors per +CMEE', async () => {
    const h = await started();
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CMMSRECP="13800138000"')).toBe('\r\n+CME ERROR: 186\r\n');
    await h.command('AT+CMEE=0');
    expect(await h.command('AT+CMMSRECP="13800138000"')).toBe('\r\nERROR\r\n');
  });

  it('refuses a send without content, without recipients, with a bad address or no MMSC', async () => {
    const h = await started();
    await h.command('AT+CMMSEDIT=1');
    expect(await h.command('AT+CMMSSEND')).toBe('\r\n+CME ERROR: No content in the buffer\r\n');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    expect(await h.command('AT+CMMSSEND')).toBe('\r\n+CME ERROR: There is no mms receiver\r\n');
    expect(await h.command('AT+CMMSSEND="x y"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSSEND="13800138000"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
  });
});

describe('settings', () => {
  it('hold what was set, back to their defaults after a restart', async () => {
    const h = await started();
    expect(await h.command('AT+CMMSCURL?')).toBe('\r\n+CMMSCURL: ""\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSPROTO?')).toBe('\r\n+CMMSPROTO: 1,"255.255.255.255",65535\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSSENDCFG?')).toBe('\r\n+CMMSSENDCFG: 6,3,0,0,2,4\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSUA?')).toBe('\r\n+CMMSUA: "SIM767XX-XXXX"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSPROFILE?')).toBe('\r\n+CMMSPROFILE: ""\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSCFG="CID"')).toBe('\r\n+CMMSCFG: "CID",1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSPROTO=0')).toBe('\r\n+CME ERROR: operation not supported\r\n');
    expect(await h.command('AT+CMMSPROTO=1,"10.0.0"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSPROTO=1,"10.0.0.172"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSPROTO?')).toBe('\r\n+CMMSPROTO: 1,"10.0.0.172",65535\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSCURL="http://a b"')).toBe('\r\n+CME ERROR: Invalid parameter\r\n');
    expect(await h.command('AT+CMMSCURL="10.1.1.1:8080/mms/send"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSCFG="mmssend_timeout",9999')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMMSCFG="CID",16')).toBe('\r\nERROR\r\n');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    await h.command('ATE0');
    expect(await h.command('AT+CMMSCURL?')).toBe('\r\n+CMMSCURL: ""\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSPROTO?')).toBe('\r\n+CMMSPROTO: 1,"255.255.255.255",65535\r\n\r\nOK\r\n');
  });
});

describe('the mailbox', () => {
  it('saves the edited MMS in two places, counts and deletes them', async () => {
    const h = await started();
    expect(await h.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 0\r\n\r\nOK\r\n');
    await h.command('AT+CMMSEDIT=1');
    await download(h, 'AT+CMMSDOWN="TITLE",2', 'Hi');
    expect(await h.command('AT+CMMSSAVE')).toBe('\r\n+CMMSSAVE: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSSAVE')).toBe('\r\n+CMMSSAVE: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSSAVE')).toBe('\r\n+CME ERROR: The mms storage is full\r\n');
    expect(await h.command('AT+CMMSSAVE=0,1')).toBe('\r\n+CMMSSAVE: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSSAVE=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELETE=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELETE=1')).toBe('\r\n+CME ERROR: The box is empty\r\n');
    expect(await h.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELETE')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 0\r\n\r\nOK\r\n');
  });

  it('is flash: it survives a restart, and with a state directory a new simulator process', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'mms-mailbox-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const h = await ModemHarness.start({ stateDir: dir });
    cleanups.push(() => h.modem.powerOff());
    await h.command('ATE0');
    await h.command('AT+CMMSEDIT=1');
    await h.command('AT+CMMSRECP="13800138000"');
    await download(h, `AT+CMMSDOWN="PIC",${JPEG.length},"photo.jpg"`, JPEG);
    expect(await h.command('AT+CMMSSAVE=1,1')).toBe('\r\n+CMMSSAVE: 1\r\n\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    await h.command('ATE0');
    expect(await h.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 1\r\n\r\nOK\r\n');
    const again = await ModemHarness.start({ stateDir: dir });
    cleanups.push(() => again.modem.powerOff());
    await again.command('ATE0');
    expect(await again.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 1\r\n\r\nOK\r\n');
    const saved = (await new ModemControl(again.modem).run('mms mailbox')) as Array<{ index: number; type: number; to: string[]; parts: Array<{ name: string; contentType: string; size: number }> }>;
    expect(saved).toEqual([{ index: 1, type: 1, title: undefined, to: ['13800138000'], cc: [], bcc: [], parts: [{ name: 'photo.jpg', contentType: 'image/jpeg', size: JPEG.length }] }]);
    expect(await again.command('AT+CMMSDELETE=1')).toBe('\r\nOK\r\n');
    const third = await ModemHarness.start({ stateDir: dir });
    cleanups.push(() => third.modem.powerOff());
    await third.command('ATE0');
    expect(await third.command('AT+CMMSDELETE?')).toBe('\r\n+CMMSDELETE: 0\r\n\r\nOK\r\n');
  });
});
