// Chapter 15 behaviour beyond the manual's examples, against real FTP(S) servers on loopback
// (ftp-srv, simulator/ftp/testing/server.ts): the service and session lifecycles, every
// <errcode> the module reports and why, the URCs of §15.4, FTPS (explicit AUTH TLS / AUTH SSL,
// implicit) with the SSL contexts, transfers to and from the UART and the module's files.

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { fileSystemOf } from '../../fs/index.js';
import { certificatesOf } from '../../ssl/certificate-store.js';
import { testPki, type TestPki } from '../../ssl/testing/pki.js';
import { tcpServer } from '../../internet/testing/servers.js';
import type { ModemHarness } from '../../testing/harness.js';
import { ftpTestServer, type FtpTestServer, type FtpTestServerOptions } from '../../ftp/testing/server.js';
import { exchange, loggedInModule, login, registeredModule, startService, waitFor } from '../../ftp/testing/module.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(options: FtpTestServerOptions = {}): Promise<FtpTestServer> {
  const s = await ftpTestServer(options);
  cleanups.push(() => s.close());
  return s;
}

function track(h: ModemHarness): ModemHarness {
  cleanups.push(() => h.modem.powerOff());
  return h;
}

async function session(s: FtpTestServer, serverType = 0): Promise<ModemHarness> {
  return track(await loggedInModule(s.port, { serverType }));
}

let pki: TestPki;

beforeAll(async () => {
  pki = await testPki();
}, 60_000);

describe('the service (AT+CFTPSSTART / AT+CFTPSSTOP)', () => {
  it('starts on the default bearer, refuses a second start, owns SINGLEIP and TYPE, and stops', async () => {
    const h = track(await registeredModule());
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP?')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSTYPE=A')).toBe('\r\n+CFTPSTYPE: 11\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP')).toBe('\r\nERROR\r\n');
    expect(await startService(h)).toBe('\r\nOK\r\n\r\n+CFTPSSTART: 0\r\n');
    expect(await h.command('AT+CFTPSSTART')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\n+CFTPSTYPE: I\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP?')).toBe('\r\n+CFTPSSINGLEIP: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP?')).toBe('\r\n+CFTPSSINGLEIP: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSTYPE=A')).toBe('\r\nOK\r\n\r\n+CFTPSTYPE: 0\r\n');
    expect(await h.command('AT+CFTPSTYPE="I"')).toBe('\r\nOK\r\n\r\n+CFTPSTYPE: 0\r\n');
    expect(await h.command('AT+CFTPSTYPE=X')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP')).toBe('\r\nOK\r\n\r\n+CFTPSSTOP: 0\r\n');
    // The default bearer LTE keeps while attached is still up.
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 1,1');
    // A new start brings the settings back to their defaults; the write form without <cid> is context 1.
    await startService(h);
    expect(await h.command('AT+CFTPSSINGLEIP?')).toBe('\r\n+CFTPSSINGLEIP: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSTOP=')).toBe('\r\nOK\r\n\r\n+CFTPSSTOP: 0,1\r\n');
    expect(await h.command('AT+CFTPSSTART=')).toBe('\r\nOK\r\n');
    await h.advance(3000);
    expect(h.take()).toBe('\r\n+CFTPSSTART: 0,1\r\n');
  });

  it('activates a context it needs and deactivates it again; fails with 10 without one', async () => {
    const h = track(await registeredModule());
    expect(await startService(h, 2)).toBe('\r\nOK\r\n\r\n+CFTPSSTART: 10\r\n');
    await h.command('AT+CGDCONT=3,"IP","cmnet"');
    expect(await startService(h, 3)).toBe('\r\nOK\r\n\r\n+CFTPSSTART: 0,3\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 3,1');
    expect(await h.command('AT+CFTPSSTOP=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP=3')).toBe('\r\nOK\r\n\r\n+CFTPSSTOP: 0,3\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 3,0');
    expect(await h.command('AT+CFTPSSTART=16')).toBe('\r\nERROR\r\n');
  });

  it('does not start without registration', async () => {
    const h = track(await registeredModule());
    await h.command('AT+CFUN=0');
    expect(await startService(h)).toBe('\r\nOK\r\n\r\n+CFTPSSTART: 10\r\n');
  });
});

describe('logging in and out (AT+CFTPSLOGIN / AT+CFTPSLOGOUT)', () => {
  it('logs in with USER/PASS and TYPE, reports it in the read form, and logs out with QUIT', async () => {
    const s = await server();
    const h = track(await registeredModule());
    expect(await h.command('AT+CFTPSLOGIN="127.0.0.1",21,"username","password",0')).toBe('\r\nERROR\r\n');
    await startService(h);
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSLOGOUT')).toBe('\r\nERROR\r\n');
    expect(await login(h, s.port)).toBe('\r\nOK\r\n\r\n+CFTPSLOGIN: 0\r\n');
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 1\r\n\r\nOK\r\n');
    expect(await h.command(`AT+CFTPSLOGIN="127.0.0.1",${s.port},"username","password",0`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSINGLEIP=1')).toBe('\r\nERROR\r\n');
    expect(s.connections()).toBe(1);
    expect(await exchange(h, 'AT+CFTPSLOGOUT', /LOGOUT: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSLOGOUT: 0\r\n');
    expect(s.commands).toEqual(['USER username', 'PASS ****', 'TYPE I', 'QUIT']);
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSTOP')).toBe('\r\nOK\r\n\r\n+CFTPSSTOP: 0\r\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.connections()).toBe(0);
  });

  it('reports why a login failed: 9 refused, 14 no server, 12 no such name, 5 no answer, 421, 1 TLS', async () => {
    const s = await server();
    const h = track(await registeredModule());
    h.clock.outsideWaitMs = 200;
    await startService(h);
    expect(await login(h, s.port, { password: 'wrong' })).toBe('\r\nOK\r\n\r\n+CFTPSLOGIN: 9\r\n');
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    const closed = await tcpServer();
    const freePort = closed.port;
    await closed.close();
    expect(await login(h, freePort)).toContain('+CFTPSLOGIN: 14');
    expect(await login(h, s.port, { host: 'ftp.example.com' })).toContain('+CFTPSLOGIN: 12');
    // Nothing answers for 203.0.113.9: the connect times out on the module's clock.
    expect(await h.command('AT+CFTPSLOGIN="203.0.113.9",21,"username","password",0')).toBe('\r\nOK\r\n');
    await h.advance(29_000);
    expect(h.take()).toBe('');
    await h.advance(1_000);
    expect(h.take()).toBe('\r\n+CFTPSLOGIN: 5\r\n');
    // A server that accepts and says nothing: no greeting within the reply time.
    const silent = await tcpServer();
    cleanups.push(() => silent.close());
    expect(await h.command(`AT+CFTPSLOGIN="127.0.0.1",${silent.port},"username","password",0`)).toBe('\r\nOK\r\n');
    await silent.connection();
    await h.advance(30_000);
    expect(h.take()).toBe('\r\n+CFTPSLOGIN: 5\r\n');
    // A server that is "not available": 421 greeting.
    const busy = await tcpServer((socket) => socket.end('421 Too many connections\r\n'));
    cleanups.push(() => busy.close());
    expect(await login(h, busy.port)).toContain('+CFTPSLOGIN: 421');
    // <server_type> defaults to 3, implicit FTPS: a plain FTP server does not speak TLS.
    expect(await exchange(h, `AT+CFTPSLOGIN="127.0.0.1",${s.port},"username","password"`, /LOGIN: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSLOGIN: 1\r\n');
    // After all that, a good login still works.
    expect(await login(h, s.port)).toContain('+CFTPSLOGIN: 0');
  });

  it('"+CFTPSNOTIFY: PEER CLOSED" when the server drops the session; AT+CFTPSLOGOUT releases it', async () => {
    const s = await server();
    const h = await session(s);
    s.dropClients();
    expect(await waitFor(h, /PEER CLOSED/)).toBe('\r\n+CFTPSNOTIFY: PEER CLOSED\r\n');
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSMKD="x"')).toBe('\r\n+CFTPSMKD: 4\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSLIST="/"')).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+CFTPSLOGIN="127.0.0.1",${s.port},"username","password",0`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSLOGOUT')).toBe('\r\nOK\r\n\r\n+CFTPSLOGOUT: 0\r\n');
    expect(await login(h, s.port)).toContain('+CFTPSLOGIN: 0');
    // The control action drops it as the network would.
    await new ModemControl(h.modem).run('ftp drop', {});
    await h.settle();
    expect(h.take()).toBe('\r\n+CFTPSNOTIFY: PEER CLOSED\r\n');
    expect(((await new ModemControl(h.modem).run('ftp status', {})) as { session: { status: string } }).session.status).toBe('peer-closed');
    await expect(new ModemControl(h.modem).run('ftp drop', {})).rejects.toThrow(/no FTP session/);
  });

  it('"+CFTPSNOTIFY:FTPS DISCONNECT" when the bearer goes under a session: the service stops', async () => {
    const s = await server();
    const h = await session(s);
    await new ModemControl(h.modem).run('deactivate context', { cid: 1 });
    await h.settle();
    expect(h.take()).toContain('\r\n+CFTPSNOTIFY:FTPS DISCONNECT\r\n');
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSPWD')).toBe('\r\nERROR\r\n');
    await new Promise((r) => setTimeout(r, 50));
    expect(s.connections()).toBe(0);
    // A started service without a session stops without a word.
    await h.command('AT+CGACT=1,1');
    await startService(h);
    await new ModemControl(h.modem).run('deactivate context', { cid: 1 });
    await h.settle();
    expect(h.take()).not.toContain('CFTPSNOTIFY');
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\nERROR\r\n');
  });

  it('a power cycle ends the session and the service', async () => {
    const s = await server();
    const h = await session(s);
    h.modem.powerOff();
    await new Promise((r) => setTimeout(r, 50));
    expect(s.connections()).toBe(0);
    h.modem.powerOn({ immediate: true });
    await h.advance(10_000);
    await h.command('ATE0');
    expect(await h.command('AT+CFTPSLOGIN?')).toBe('\r\n+CFTPSLOGIN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\nERROR\r\n');
  });
});

describe('FTPS', () => {
  async function tlsServer(tls: 'explicit' | 'implicit', extra: FtpTestServerOptions = {}) {
    const s = await server({ tls, identity: pki.server, ...extra });
    s.put('hello.txt', 'secret');
    return s;
  }

  for (const [serverType, tls, auth] of [
    [1, 'explicit', 'AUTH SSL'],
    [2, 'explicit', 'AUTH TLS'],
    [3, 'implicit', undefined],
  ] as const) {
    it(`<server_type> ${serverType}: ${auth ?? 'implicit TLS'}, protected data connections`, async () => {
      const s = await tlsServer(tls, { authSsl: true });
      const h = await session(s, serverType);
      expect(await exchange(h, 'AT+CFTPSGET="hello.txt"', /GET: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSGET: DATA,6\r\nsecret\r\n\r\n+CFTPSGET: 0\r\n');
      h.send('AT+CFTPSPUT="up.txt",2\r');
      await h.finish();
      h.send('ok');
      expect(await waitFor(h, /PUT: \d/)).toBe('\r\n> \r\nOK\r\n\r\n+CFTPSPUT: 0\r\n');
      expect(s.file('up.txt')?.toString()).toBe('ok');
      const expected = [...(auth ? [auth] : []), 'USER username', 'PASS ****', 'PBSZ 0', 'PROT P', 'TYPE I', 'PASV', 'RETR hello.txt', 'PASV', 'STOR up.txt'];
      expect(s.commands).toEqual(expected);
    });
  }

  it('a server that knows only AUTH TLS refuses <server_type> 1: 9', async () => {
    const s = await tlsServer('explicit');
    const h = track(await registeredModule());
    await startService(h);
    expect(await login(h, s.port, { serverType: 1 })).toBe('\r\nOK\r\n\r\n+CFTPSLOGIN: 9\r\n');
  });

  it('checks the server with the SSL contexts of AT+CFTPSSLCFG (control and data)', async () => {
    const s = await tlsServer('explicit');
    const h = track(await registeredModule());
    certificatesOf(h.modem).write('ca.pem', Buffer.from(pki.ca.cert));
    certificatesOf(h.modem).write('other.pem', Buffer.from(pki.stranger.cert));
    for (const line of ['AT+CSSLCFG="authmode",1,1', 'AT+CSSLCFG="cacert",1,"ca.pem"', 'AT+CSSLCFG="authmode",2,1', 'AT+CSSLCFG="cacert",2,"other.pem"']) {
      expect(await h.command(line)).toBe('\r\nOK\r\n');
    }
    await startService(h);
    expect(await h.command('AT+CFTPSSLCFG=0,2')).toBe('\r\nOK\r\n');
    expect(await login(h, s.port, { serverType: 2, host: 'localhost' })).toContain('+CFTPSLOGIN: 1');
    expect(await h.command('AT+CFTPSSLCFG=0,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CFTPSSLCFG=1,2')).toBe('\r\nOK\r\n');
    expect(await login(h, s.port, { serverType: 2, host: 'localhost' })).toContain('+CFTPSLOGIN: 0');
    // The data session's context (2) trusts another CA: the data connection is refused.
    expect(await exchange(h, 'AT+CFTPSLIST="/"', /LIST: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSLIST: 1\r\n');
    expect(await h.command('AT+CFTPSSLCFG=1,1')).toBe('\r\nOK\r\n');
    expect(await exchange(h, 'AT+CFTPSGET="hello.txt"', /GET: \d/)).toContain('secret');
    expect(await h.command('AT+CFTPSSLCFG=2,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSSLCFG=0,10')).toBe('\r\nERROR\r\n');
  });
});

describe('commands on the server', () => {
  it('refuses them without a session: 11 (ERROR alone where the manual has no <errcode> case)', async () => {
    const h = track(await registeredModule());
    await startService(h);
    for (const [line, answer] of [
      ['AT+CFTPSMKD="a"', '+CFTPSMKD: 11'],
      ['AT+CFTPSRMD="a"', '+CFTPSRMD: 11'],
      ['AT+CFTPSCWD="a"', '+CFTPSCWD: 11'],
      ['AT+CFTPSDELE="a"', '+CFTPSDELE: 11'],
      ['AT+CFTPSSIZE="a"', '+CFTPSSIZE: 11'],
      ['AT+CFTPSGET="a"', '+CFTPSGET: 11'],
      ['AT+CFTPSPUT="a",1', '+CFTPSPUT: 11'],
      ['AT+CFTPSGETFILE="a"', '+CFTPSGETFILE: 11'],
      ['AT+CFTPSPUTFILE="a"', '+CFTPSPUTFILE: 11'],
    ]) {
      expect(await h.command(line!), line).toBe(`\r\n${answer}\r\n\r\nERROR\r\n`);
    }
    expect(await h.command('AT+CFTPSLIST="/"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSPWD')).toBe('\r\nERROR\r\n');
  });

  it('makes, enters, lists and removes directories; 9 when the server refuses', async () => {
    const s = await server();
    const h = await session(s);
    expect(await exchange(h, 'AT+CFTPSMKD="dir"', /MKD: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSMKD: 0\r\n');
    expect(s.exists('dir')).toBe(true);
    expect(await exchange(h, 'AT+CFTPSCWD="missing"', /CWD: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSCWD: 9\r\n');
    expect(await exchange(h, 'AT+CFTPSCWD="dir"', /CWD: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSCWD: 0\r\n');
    expect(await exchange(h, 'AT+CFTPSPWD', /PWD: /)).toBe('\r\nOK\r\n\r\n+CFTPSPWD: "/dir"\r\n');
    // An empty directory: ftp-srv sends an empty line as its listing.
    expect(await exchange(h, 'AT+CFTPSLIST="."', /LIST: \d\r\n$/)).toBe('\r\nOK\r\n\r\n+CFTPSLIST: DATA,2\r\n\r\n\r\n\r\n+CFTPSLIST: 0\r\n');
    expect(await exchange(h, 'AT+CFTPSCWD=".."', /CWD: \d/)).toContain('+CFTPSCWD: 0');
    expect(await exchange(h, 'AT+CFTPSRMD="dir"', /RMD: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSRMD: 0\r\n');
    expect(s.exists('dir')).toBe(false);
    expect(await exchange(h, 'AT+CFTPSRMD="dir"', /RMD: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSRMD: 9\r\n');
    expect(await exchange(h, 'AT+CFTPSLIST="/nowhere"', /LIST: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSLIST: 9\r\n');
  });

  it('deletes files and tells their size; 9 for a file that is not there', async () => {
    const s = await server();
    s.put('f.bin', Buffer.alloc(1234, 7));
    const h = await session(s);
    expect(await exchange(h, 'AT+CFTPSSIZE="f.bin"', /SIZE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSSIZE: 1234\r\n');
    expect(await exchange(h, 'AT+CFTPSDELE="f.bin"', /DELE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSDELE: 0\r\n');
    expect(s.exists('f.bin')).toBe(false);
    expect(await exchange(h, 'AT+CFTPSSIZE="f.bin"', /SIZE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSSIZE: 9\r\n');
    expect(await exchange(h, 'AT+CFTPSDELE="f.bin"', /DELE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSDELE: 9\r\n');
  });

  it('one operation at a time: another command meanwhile is "Busy" (3)', async () => {
    const s = await server();
    const h = await session(s);
    h.take();
    h.send('AT+CFTPSPWD\r');
    h.send('AT+CFTPSMKD="x"\r');
    h.send('AT+CFTPSTYPE=A\r');
    h.send('AT+CFTPSLOGOUT\r');
    await h.finish();
    expect(await waitFor(h, /PWD: /)).toBe('\r\nOK\r\n\r\n+CFTPSMKD: 3\r\n\r\nERROR\r\n\r\n+CFTPSTYPE: 3\r\n\r\nERROR\r\n\r\nERROR\r\n\r\n+CFTPSPWD: "/"\r\n');
    expect(s.commands.slice(3)).toEqual(['PWD']);
  });

  it('AT+CFTPSTYPE while logged in sends TYPE; set before the login, the login sends it', async () => {
    const s = await server();
    const h = await session(s);
    expect(await exchange(h, 'AT+CFTPSTYPE=A', /TYPE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSTYPE: 0\r\n');
    expect(await h.command('AT+CFTPSTYPE?')).toBe('\r\n+CFTPSTYPE: A\r\n\r\nOK\r\n');
    await exchange(h, 'AT+CFTPSLOGOUT', /LOGOUT: \d/);
    await login(h, s.port);
    expect(s.commands.filter((c) => c.startsWith('TYPE'))).toEqual(['TYPE I', 'TYPE A', 'TYPE A']);
  });

  it('AT+CFTPSSINGLEIP=1 reaches a server whose PASV reply names an address the module cannot reach', async () => {
    const s = await server({ pasvAddress: '10.99.0.1' });
    s.put('f.txt', 'via the control address');
    const h = track(await registeredModule());
    h.clock.outsideWaitMs = 200;
    const control = new ModemControl(h.modem);
    await control.run('internet route', { to: '203.0.113.30:21', port: s.port });
    await control.run('internet route', { to: '203.0.113.30' });
    await startService(h);
    expect(await login(h, 21, { host: '203.0.113.30' })).toContain('+CFTPSLOGIN: 0');
    expect(await h.command('AT+CFTPSGET="f.txt"')).toBe('\r\nOK\r\n');
    await h.advance(30_000);
    expect(h.take()).toBe('\r\n+CFTPSGET: 5\r\n');
    await exchange(h, 'AT+CFTPSLOGOUT', /LOGOUT: \d/);
    expect(await h.command('AT+CFTPSSINGLEIP=1')).toBe('\r\nOK\r\n');
    await login(h, 21, { host: '203.0.113.30' });
    expect(await exchange(h, 'AT+CFTPSGET="f.txt"', /GET: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSGET: DATA,23\r\nvia the control address\r\n\r\n+CFTPSGET: 0\r\n');
  });
});

describe('transfers through the UART (AT+CFTPSGET / AT+CFTPSPUT)', () => {
  it('GET: the file in DATA reports of 1024 bytes, the rest after REST <rest_size>', async () => {
    const s = await server();
    const data = Buffer.from(Array.from({ length: 2500 }, (_, i) => (i * 7) % 256));
    s.put('big.bin', data);
    s.put('digits.txt', '0123456789');
    const h = await session(s);
    const out = await exchange(h, 'AT+CFTPSGET="big.bin"', /\+CFTPSGET: \d+\r\n$/);
    const reports = [...out.matchAll(/\+CFTPSGET: DATA,(\d+)\r\n/g)].map((m) => Number(m[1]));
    expect(reports).toEqual([1024, 1024, 452]);
    const payload = Buffer.concat(
      out
        .split(/\r\n\+CFTPSGET: DATA,\d+\r\n/)
        .slice(1)
        .map((part, i, all) => Buffer.from(part.slice(0, reports[i]), 'latin1')),
    );
    expect(payload.equals(data)).toBe(true);
    expect(out.endsWith('\r\n+CFTPSGET: 0\r\n')).toBe(true);
    expect(await exchange(h, 'AT+CFTPSGET="digits.txt",4', /GET: \d+\r\n$/)).toBe('\r\nOK\r\n\r\n+CFTPSGET: DATA,6\r\n456789\r\n\r\n+CFTPSGET: 0\r\n');
    expect(s.commands.slice(-3)).toEqual(['PASV', 'REST 4', 'RETR digits.txt']);
    expect(await exchange(h, 'AT+CFTPSGET="nothing.txt"', /GET: \d+\r\n$/)).toBe('\r\nOK\r\n\r\n+CFTPSGET: 9\r\n');
  });

  it('PUT without a length: Ctrl-Z ends the data, <ETX> makes Ctrl-Z and ETX data; NUL, BS and ESC are data', async () => {
    const s = await server();
    const h = await session(s);
    h.send('AT+CFTPSPUT="raw.bin"\r');
    await h.finish();
    expect(h.take()).toBe('\r\n> ');
    h.send(Buffer.from([0x41, 0x03, 0x1a, 0x00, 0x08, 0x1b, 0x03, 0x03, 0x0d, 0x0a, 0x42, 0x1a]));
    await h.finish();
    expect(await waitFor(h, /PUT: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSPUT: 0\r\n');
    expect(s.file('raw.bin')).toEqual(Buffer.from([0x41, 0x1a, 0x00, 0x08, 0x1b, 0x03, 0x0d, 0x0a, 0x42]));
  });

  it('PUT with <rest_size> sends REST first; failures before the data: ERROR, then the <errcode>', async () => {
    const s = await server();
    const h = await session(s);
    h.send('AT+CFTPSPUT="part.txt",3,5\r');
    await h.finish();
    h.send('xyz');
    await waitFor(h, /PUT: \d/);
    expect(s.commands.slice(-3)).toEqual(['PASV', 'REST 5', 'STOR part.txt']);
    expect(s.file('part.txt')?.subarray(5).toString()).toBe('xyz');
    expect(await h.command('AT+CFTPSPUT="x",2049')).toBe('\r\nERROR\r\n');

    const noPassive = await server({ pasvAddress: null });
    const h2 = await session(noPassive);
    expect(await exchange(h2, 'AT+CFTPSPUT="x.txt",4', /PUT: \d/)).toBe('\r\nERROR\r\n\r\n+CFTPSPUT: 9\r\n');
    // The session is free again.
    expect(await exchange(h2, 'AT+CFTPSPWD', /PWD: /)).toContain('+CFTPSPWD: "/"');
  });

  it('PUT waits for its data up to its Max Response Time (600 s): 5, nothing stored', async () => {
    const s = await server();
    const h = await session(s);
    h.send('AT+CFTPSPUT="late.txt",10\r');
    await h.settle();
    await h.waitForOutput('> ');
    h.take();
    await h.advance(600_000);
    expect(await waitFor(h, /PUT: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSPUT: 5\r\n');
    expect(await exchange(h, 'AT+CFTPSPWD', /PWD: /)).toContain('+CFTPSPWD: "/"');
  });
});

describe('transfers with the module\'s files (AT+CFTPSGETFILE / AT+CFTPSPUTFILE)', () => {
  it('GETFILE saves the remote file under its name on C:/ or D:/', async () => {
    const s = await server();
    s.put('sub/report.csv', 'a,b\n1,2\n');
    const h = await session(s);
    const fs = fileSystemOf(h.modem);
    expect(await exchange(h, 'AT+CFTPSGETFILE="sub/report.csv"', /GETFILE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSGETFILE: 0\r\n');
    expect(fs.read('C:/report.csv')).toEqual({ ok: true, value: Buffer.from('a,b\n1,2\n') });
    expect(await exchange(h, 'AT+CFTPSGETFILE="/sub/report.csv",2', /GETFILE: \d/)).toContain('+CFTPSGETFILE: 0');
    expect(fs.read('D:/report.csv').ok).toBe(true);
    expect(await exchange(h, 'AT+CFTPSGETFILE="missing.csv"', /GETFILE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSGETFILE: 9\r\n');
    expect(fs.exists('C:/missing.csv')).toBe(false);
    expect(await h.command('AT+CFTPSGETFILE="sub/"')).toBe('\r\n+CFTPSGETFILE: 8\r\n\r\nERROR\r\n');
    await new ModemControl(h.modem).run('fs sd', { inserted: false });
    expect(await h.command('AT+CFTPSGETFILE="sub/report.csv",2')).toBe('\r\n+CFTPSGETFILE: 7\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CFTPSGETFILE="sub/report.csv",3')).toBe('\r\nERROR\r\n');
  });

  it('PUTFILE uploads a module file, from <rest_size> on; 17 when it does not exist', async () => {
    const s = await server();
    s.mkdir('up');
    s.mkdir('again');
    const h = await session(s);
    fileSystemOf(h.modem).write('C:/data.bin', Buffer.from('0123456789'));
    expect(await exchange(h, 'AT+CFTPSPUTFILE="up/data.bin"', /PUTFILE: \d/)).toBe('\r\nOK\r\n\r\n+CFTPSPUTFILE: 0\r\n');
    expect(s.file('up/data.bin')?.toString()).toBe('0123456789');
    expect(await exchange(h, 'AT+CFTPSPUTFILE="again/data.bin",1,6', /PUTFILE: \d/)).toContain('+CFTPSPUTFILE: 0');
    expect(s.commands.slice(-3)).toEqual(['PASV', 'REST 6', 'STOR again/data.bin']);
    expect(s.file('again/data.bin')?.subarray(6).toString()).toBe('6789');
    // "If the file is complete, the file length is not increased": REST 10, and no data. (ftp-srv
    // opens the file anew, 'w+', even after REST, so the file holds just what came after the
    // offset: nothing.)
    expect(await exchange(h, 'AT+CFTPSPUTFILE="up/data.bin",1,10', /PUTFILE: \d/)).toContain('+CFTPSPUTFILE: 0');
    expect(s.commands.slice(-2)).toEqual(['REST 10', 'STOR up/data.bin']);
    expect(s.file('up/data.bin')?.length).toBe(0);
    expect(await h.command('AT+CFTPSPUTFILE="nothing.bin"')).toBe('\r\n+CFTPSPUTFILE: 17\r\n\r\nERROR\r\n');
  });
});
