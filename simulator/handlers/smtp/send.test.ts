// AT+CSMTPSSEND against a real SMTP server on loopback (nodemailer's smtp-server): the message the
// server received, taken apart by an independent reader (simulator/smtp/testing/parse-mail.ts),
// over plain SMTP, SMTPS and STARTTLS with the SSL context's checks, with authentication,
// attachments, character sets, and the §22.3 codes of what goes wrong.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { fileSystemOf } from '../../fs/index.js';
import { contextBearer } from '../../internet/bearer.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { ModemHarness } from '../../testing/harness.js';
import { parseMail } from '../../smtp/testing/parse-mail.js';
import { smtpTestServer, type SmtpTestServer, type SmtpTestServerOptions } from '../../smtp/testing/smtp-test-server.js';
import { smtpRuntime } from '../../smtp/send.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

let pki: TestPki;
beforeAll(async () => {
  pki = await testPki();
}, 60_000);

/** The module's view of the server: smtp.example.com is 203.0.113.25, routed to the test server. */
const SERVER_IP = '203.0.113.25';

async function server(o: SmtpTestServerOptions = {}): Promise<SmtpTestServer> {
  const s = await smtpTestServer(o);
  closers.push(() => s.close());
  return s;
}

async function modem(s?: SmtpTestServer, port = 25): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  closers.push(() => h.modem.powerOff());
  await h.advance(10_000); // registered, default bearer up
  await h.command('ATE0');
  const control = new ModemControl(h.modem);
  await control.run('set host', { name: 'smtp.example.com', address: SERVER_IP });
  if (s) await control.run('internet route', { to: `${SERVER_IP}:${port}`, port: s.port });
  return h;
}

/** Types `data` at the prompt of `line`. */
async function prompt(h: ModemHarness, line: string, data: string | Buffer): Promise<string> {
  h.take();
  h.send(`${line}\r`);
  await h.settle();
  h.send(data);
  await h.finish();
  return h.take();
}

/** A minimal mail to to@example.com from sender@example.com through smtp.example.com. */
async function minimalMail(h: ModemHarness, port = 25, type = 1): Promise<void> {
  expect(await h.command(`AT+CSMTPSSRV="smtp.example.com",${port},${type}`)).toBe('\r\nOK\r\n');
  expect(await h.command('AT+CSMTPSFROM="sender@example.com"')).toBe('\r\nOK\r\n');
  expect(await h.command('AT+CSMTPSRCPT=0,0,"to@example.com"')).toBe('\r\nOK\r\n');
}

/** AT+CSMTPSSEND, then the URC it ends with. */
async function send(h: ModemHarness): Promise<string> {
  const answer = await h.command('AT+CSMTPSSEND');
  expect(answer.startsWith('\r\nOK\r\n')).toBe(true);
  if (/\+CSMTPSSEND: \d+\r\n/.test(answer)) return answer.slice('\r\nOK\r\n'.length);
  return h.waitForOutput(/\+CSMTPSSEND: \d+\r\n/);
}

function store(h: ModemHarness, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) certificatesOf(h.modem).write(name, Buffer.from(text));
}

describe('AT+CSMTPSSEND over plain SMTP', () => {
  it('sends the mail as composed: envelope, headers, body, EHLO with the module address', async () => {
    const s = await server();
    const h = await modem(s);
    await h.command('AT+CSMTPSSRV="smtp.example.com",25,1');
    await h.command('AT+CSMTPSFROM="sender@example.com","Sender"');
    await h.command('AT+CSMTPSRCPT=0,0,"to@example.com","To Person"');
    await h.command('AT+CSMTPSRCPT=0,3,"to2@example.com"');
    await h.command('AT+CSMTPSRCPT=1,0,"cc@example.com"');
    await h.command('AT+CSMTPSRCPT=2,0,"bcc@example.com"');
    expect(await prompt(h, 'AT+CSMTPSSUB=5', 'Hello')).toBe('\r\n> \r\nOK\r\n');
    expect(await prompt(h, 'AT+CSMTPSBODY=20', 'Hi,\r\n.dotted\r\n.\r\nend')).toBe('\r\n> \r\nOK\r\n');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 0\r\n');
    const got = await s.mail();
    expect(got.from).toBe('sender@example.com');
    expect(got.to).toEqual(['to@example.com', 'to2@example.com', 'cc@example.com', 'bcc@example.com']);
    expect(got.secure).toBe(false);
    const bearer = contextBearer(h.modem.state, 1);
    expect(got.helo).toBe(`[${bearer.ok ? bearer.bearer.address : '?'}]`);
    const mail = parseMail(got.raw);
    expect(mail.header('from')?.bytes.toString()).toBe('Sender <sender@example.com>');
    expect(mail.header('to')?.bytes.toString()).toBe('To Person <to@example.com>, to2@example.com');
    expect(mail.header('cc')?.bytes.toString()).toBe('cc@example.com');
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.header('subject')?.bytes.toString()).toBe('Hello');
    expect(mail.header('mime-version')?.bytes.toString()).toBe('1.0');
    expect(mail.parts).toHaveLength(1);
    expect(mail.parts[0]!.contentType).toBe('text/plain');
    expect(mail.parts[0]!.params.charset).toBe('utf-8');
    expect(mail.parts[0]!.data.toString('latin1')).toBe('Hi,\r\n.dotted\r\n.\r\nend');
    // The mail stays composed; the sender is free again.
    expect(await h.command('AT+CSMTPSBODY?')).toBe('\r\n+CSMTPSBODY: 20\r\nHi,\r\n.dotted\r\n.\r\nend\r\n\r\nOK\r\n');
  });

  it('dates the mail by the module RTC and its time zone', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CCLK="24/12/06,16:30:05+32"');
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    expect(parseMail((await s.mail()).raw).header('date')?.bytes.toString()).toBe('Fri, 06 Dec 2024 16:30:05 +0800');
  });

  it('labels the subject and the body with their character sets, bytes as typed', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    const subject = Buffer.from('d6d0cec4d3cabcfe', 'hex'); // "中文邮件" in GB2312
    const body = Buffer.from('c4e3bac30d0a', 'hex'); // "你好" CR LF in GB2312
    expect(await prompt(h, `AT+CSMTPSSUB=${subject.length},"gb2312"`, subject)).toBe('\r\n> \r\nOK\r\n');
    expect(await prompt(h, `AT+CSMTPSBODY=${body.length}`, body)).toBe('\r\n> \r\nOK\r\n');
    expect(await h.command('AT+CSMTPSBCH="gb2312"')).toBe('\r\nOK\r\n');
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    const mail = parseMail((await s.mail()).raw);
    const decoded = mail.header('subject')!;
    expect(decoded.charsets.every((c) => c === 'gb2312')).toBe(true);
    expect(decoded.bytes).toEqual(subject);
    expect(mail.parts[0]!.params.charset).toBe('gb2312');
    expect(mail.parts[0]!.data).toEqual(body);
  });

  it('splits a long UTF-8 subject into encoded-words between characters', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    const subject = Buffer.from('测试'.repeat(40) + ' ok', 'utf8');
    await prompt(h, `AT+CSMTPSSUB=${subject.length}`, subject);
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    const got = await s.mail();
    const raw = got.raw.toString('latin1');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head.split('\r\n').every((l) => l.length <= 78)).toBe(true);
    const words = [...head.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map((m) => Buffer.from(m[1]!, 'base64'));
    expect(words.length).toBeGreaterThan(1);
    for (const w of words) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(w)).not.toThrow();
    expect(parseMail(got.raw).header('subject')?.bytes).toEqual(subject);
  });

  it('attaches the selected files in <index> order, named and typed by their names', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    const fs = fileSystemOf(h.modem);
    const binary = Buffer.from(Array.from({ length: 3000 }, (_x, i) => (i * 7) % 256));
    fs.write('C:/photo.jpg', binary);
    fs.write('D:/报告.txt', Buffer.from('report\r\n'));
    expect(await h.command('AT+CSMTPSFILE=2,"C:/photo.jpg"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+FSCD=D:/')).toContain('OK');
    expect(await h.command(`AT+CSMTPSFILE=1,{non-ascii}"${Buffer.from('报告.txt').toString('hex').toUpperCase()}"`)).toBe('\r\nOK\r\n');
    await prompt(h, 'AT+CSMTPSBODY=4', 'body');
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    const mail = parseMail((await s.mail()).raw);
    expect(mail.headers.get('content-type')?.[0]).toMatch(/^multipart\/mixed;/);
    expect(mail.parts.map((p) => [p.contentType, p.filename ?? null])).toEqual([
      ['text/plain', null],
      ['text/plain', '报告.txt'],
      ['image/jpeg', 'photo.jpg'],
    ]);
    expect(mail.parts[0]!.data.toString()).toBe('body');
    expect(mail.parts[1]!.data.toString()).toBe('report\r\n');
    expect(mail.parts[2]!.data).toEqual(binary);
  });

  it('leaves out recipients the server refuses; none accepted is a server error (610)', async () => {
    const s = await server({ refuse: ['nobody@example.com'] });
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CSMTPSRCPT=0,1,"nobody@example.com"');
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    expect((await s.mail()).to).toEqual(['to@example.com']);
    h.take();
    await h.command('AT+CSMTPSRCPT=0,0');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 610\r\n');
    expect(s.mails).toHaveLength(1);
  });
});

describe('AT+CSMTPSSEND with authentication', () => {
  for (const method of ['PLAIN', 'LOGIN']) {
    it(`logs in with AUTH ${method}`, async () => {
      const s = await server({ users: { alice: 's3cret' }, authMethods: [method] });
      const h = await modem(s);
      await minimalMail(h);
      expect(await h.command('AT+CSMTPSAUTH=1,"alice","s3cret"')).toBe('\r\nOK\r\n');
      expect(await send(h)).toContain('+CSMTPSSEND: 0');
      expect((await s.mail()).user).toBe('alice');
      expect(s.logins).toEqual([{ user: 'alice', password: 's3cret', method }]);
    });
  }

  it('a wrong password is an authentication failure (611), the mail not sent', async () => {
    const s = await server({ users: { alice: 's3cret' } });
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CSMTPSAUTH=1,"alice","wrong"');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 611\r\n');
    expect(s.mails).toHaveLength(0);
  });

  it('a server that wants AUTH refuses the mail of a module without credentials (610)', async () => {
    const s = await server({ users: { alice: 's3cret' } });
    const h = await modem(s);
    await minimalMail(h);
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 610\r\n');
  });

  it('a server that offers no AUTH cannot take credentials (611)', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CSMTPSAUTH=1,"alice","s3cret"');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 611\r\n');
  });
});

describe('AT+CSMTPSSEND over TLS (SSL context of AT+CSMTPSCFG)', () => {
  it('type 2: TLS from the first byte, the server checked against the CA of the context', async () => {
    const s = await server({ secure: true, tls: pki.server });
    const h = await modem(s, 465);
    await minimalMail(h, 465, 2);
    await h.command('AT+CSSLCFG="authmode",3,1;+CSSLCFG="cacert",3,"ca.pem";+CSSLCFG="ignorecertCN",3,1');
    expect(await h.command('AT+CSMTPSCFG="sslCtxId",3')).toBe('\r\nOK\r\n');
    store(h, { 'ca.pem': pki.stranger.cert });
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 602\r\n');
    h.take();
    store(h, { 'ca.pem': pki.ca.cert });
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 0\r\n');
    expect((await s.mail()).secure).toBe(true);
  });

  it('type 3: STARTTLS, then EHLO and the mail inside TLS; a wrong CA stops it before the mail', async () => {
    const s = await server({ tls: pki.server, users: { alice: 's3cret' } });
    const h = await modem(s, 587);
    await minimalMail(h, 587, 3);
    await h.command('AT+CSMTPSAUTH=1,"alice","s3cret"');
    await h.command('AT+CSSLCFG="authmode",0,1;+CSSLCFG="cacert",0,"ca.pem";+CSSLCFG="ignorecertCN",0,1');
    store(h, { 'ca.pem': pki.stranger.cert });
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 602\r\n');
    expect(s.logins).toEqual([]); // no credentials went out in the clear
    h.take();
    store(h, { 'ca.pem': pki.ca.cert });
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 0\r\n');
    const got = await s.mail();
    expect(got.secure).toBe(true);
    expect(got.user).toBe('alice');
  });

  it('type 3 against a server without STARTTLS: SMTP server error (610)', async () => {
    const s = await server({ noStartTls: true });
    const h = await modem(s, 587);
    await minimalMail(h, 587, 3);
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 610\r\n');
    expect(s.mails).toHaveLength(0);
  });
});

describe('AT+CSMTPSSEND failures', () => {
  it('answers +CSMTPSSEND: 608 ERROR without server, sender or recipient', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\n+CSMTPSSEND: 608\r\n\r\nERROR\r\n');
    await h.command('AT+CSMTPSSRV="smtp.example.com",25,1');
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\n+CSMTPSSEND: 608\r\n\r\nERROR\r\n');
    await h.command('AT+CSMTPSFROM="a@example.com"');
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\n+CSMTPSSEND: 608\r\n\r\nERROR\r\n');
    await h.command('AT+CSMTPSRCPT=2,4,"b@example.com"');
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\nOK\r\n'); // BCC only is enough
  });

  it('answers +CSMTPSSEND: 609 ERROR when a selected attachment has gone', async () => {
    const h = await modem();
    await minimalMail(h);
    fileSystemOf(h.modem).write('C:/a.txt', Buffer.from('x'));
    await h.command('AT+CSMTPSFILE=1,"a.txt"');
    await h.command('AT+FSDEL="a.txt"');
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\n+CSMTPSSEND: 609\r\n\r\nERROR\r\n');
  });

  it('a name the network does not know is a network error (601)', async () => {
    const h = await modem();
    await minimalMail(h);
    await h.command('AT+CSMTPSSRV="nowhere.example.org",25,1');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 601\r\n');
  });

  it('without a bearer (not registered) it is a network error (601)', async () => {
    const h = await modem();
    await minimalMail(h);
    await h.command('AT+CFUN=0');
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 601\r\n');
  });

  it('a refused connection is a socket error (602)', async () => {
    const s = await server();
    const port = s.port;
    await s.close();
    const h = await modem();
    await new ModemControl(h.modem).run('internet route', { to: `${SERVER_IP}:25`, port });
    await minimalMail(h);
    expect(await send(h)).toBe('\r\n+CSMTPSSEND: 602\r\n');
  });

  it('a server that does not answer: time out (605) after the connect timeout', async () => {
    const h = await modem(); // no route: 203.0.113.25 is never answered
    await minimalMail(h);
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\nOK\r\n');
    await h.advance(119_000);
    expect(h.take()).toBe('');
    await h.advance(1_000);
    expect(h.take()).toBe('\r\n+CSMTPSSEND: 605\r\n');
  });

  it('a server that never confirms the message: time out (605) after 10 minutes (RFC 5321 §4.5.3.2)', async () => {
    const s = await server({ onMessage: () => new Promise<void>(() => undefined) });
    const h = await modem(s);
    await minimalMail(h);
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\nOK\r\n');
    await new Promise((r) => setTimeout(r, 300)); // the message reaches the server
    h.clock.outsideWaitMs = 100; // the reply being waited for never comes: time need not wait for it
    await h.advance(9 * 60_000);
    expect(h.take()).toBe('');
    await h.advance(60_000);
    expect(h.take()).toBe('\r\n+CSMTPSSEND: 605\r\n');
  });
});

describe('while a mail is being sent', () => {
  it('AT+CSMTPSSEND is busy (600), the mail cannot change, AT+CSMTPSSTOP cancels it (612)', async () => {
    const s = await server({ onMessage: () => new Promise<void>(() => undefined) });
    const h = await modem(s);
    await minimalMail(h);
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CSMTPSSEND')).toBe('\r\n+CSMTPSSEND: 600\r\n\r\nERROR\r\n');
    for (const line of ['AT+CSMTPSBODY=3', 'AT+CSMTPSBODY', 'AT+CSMTPSSUB=3', 'AT+CSMTPSRCPT', 'AT+CSMTPSFROM', 'AT+CSMTPSSRV', 'AT+CSMTPSAUTH', 'AT+CSMTPSBCH="x"', 'AT+CSMTPSFILE', 'AT+CSMTPSCFG', 'AT+CSMTPSCLEAN']) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+CSMTPSRCPT?')).toBe('\r\n+CSMTPSRCPT: 0,0,"to@example.com",""\r\n\r\nOK\r\n');
    await new Promise((r) => setTimeout(r, 200));
    expect(await h.command('AT+CSMTPSSTOP')).toBe('\r\nOK\r\n\r\n+CSMTPSSEND: 612\r\n');
    expect(await h.command('AT+CSMTPSSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CSMTPSCLEAN')).toBe('\r\nOK\r\n');
  });

  it('AT+CSMTPSSTOP while still connecting ends it at once', async () => {
    const h = await modem(); // nothing answers
    await minimalMail(h);
    await h.command('AT+CSMTPSSEND');
    await h.advance(5_000);
    expect(await h.command('AT+CSMTPSSTOP')).toBe('\r\nOK\r\n\r\n+CSMTPSSEND: 612\r\n');
    await h.advance(200_000);
    expect(h.take()).toBe('');
  });

  it('a power cycle ends the session silently and forgets the mail', async () => {
    const s = await server({ onMessage: () => new Promise<void>(() => undefined) });
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CSMTPSSEND');
    await new Promise((r) => setTimeout(r, 200));
    h.modem.powerOff();
    h.modem.powerOn({ immediate: true });
    await h.advance(10_000);
    await h.command('ATE0');
    await new Promise((r) => setTimeout(r, 100));
    await h.advance(20 * 60_000);
    expect(h.take()).not.toContain('+CSMTPSSEND');
    expect(smtpRuntime(h.modem.services()).current).toBeUndefined();
    expect(await h.command('AT+CSMTPSRCPT?')).toBe('\r\nOK\r\n');
  });
});

describe('control "smtp status"', () => {
  it('shows the mail as composed, the sender, and the last message a server took', async () => {
    const s = await server();
    const h = await modem(s);
    await minimalMail(h);
    await h.command('AT+CSMTPSAUTH=1,"u","secret"');
    const control = new ModemControl(h.modem);
    expect(await control.run('smtp status', {})).toMatchObject({
      server: { address: 'smtp.example.com', port: 25, type: 1 },
      auth: { required: true, user: 'u' },
      from: { address: 'sender@example.com', name: '' },
      recipients: [{ kind: 'TO', index: 0, address: 'to@example.com', name: '' }],
      sender: 'idle',
    });
    expect(JSON.stringify(await control.run('smtp status', {}))).not.toContain('secret');
    await h.command('AT+CSMTPSAUTH=0');
    expect(await send(h)).toContain('+CSMTPSSEND: 0');
    const status = (await control.run('smtp status', { message: true })) as { lastResult: number; lastMessage: { envelope: unknown; text: string } };
    expect(status.lastResult).toBe(0);
    expect(status.lastMessage.envelope).toEqual({ from: 'sender@example.com', to: ['to@example.com'] });
    expect(status.lastMessage.text).toBe((await s.mail()).raw.toString('latin1'));
  });
});
