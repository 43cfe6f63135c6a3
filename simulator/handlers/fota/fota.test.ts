// Chapter 18 end to end: firmware packages downloaded from real servers on loopback (HTTP with
// node:http, FTP with ftp-srv) or sent over the UART, verified, installed, and the module
// restarting into the new revision, which it keeps.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FtpSrv } from 'ftp-srv';
import { afterEach, describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { buildPackage } from '../../fota/package.js';
import { packageServer, type PackageServerOptions } from '../../fota/testing/package-server.js';
import { FOTA_INSTALL_MS, RESTART_AFTER_MS } from '../../fota/update.js';
import { ModemHarness, type HarnessOptions } from '../../testing/harness.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const MODEL = 'SIM767XX-XXXX';
const FACTORY = '2348B01SIM767XM5A';
const NEW = '2374B05SIM767XM5A';
const image = (n = 600) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7) % 256));
const good = (payload = image()) => buildPackage({ model: MODEL, from: FACTORY, to: NEW }, payload);

async function started(options: HarnessOptions = {}): Promise<ModemHarness> {
  const h = await ModemHarness.start(options);
  cleanups.push(() => h.modem.powerOff());
  await h.advance(10_000);
  await h.command('ATE0');
  return h;
}

async function serve(h: ModemHarness, body: Buffer, options: PackageServerOptions = {}) {
  const server = await packageServer(body, options);
  cleanups.push(() => server.close());
  await new ModemControl(h.modem).run('internet route', { to: '183.230.174.137:6022', port: server.port });
  return server;
}

const URL = 'http://183.230.174.137:6022/bin/fbf_dfota.par';

/** After +CFOTA: 100: the restart in 8 s, the install, the boot; returns what was printed. */
async function restart(h: ModemHarness): Promise<string> {
  await h.advance(RESTART_AFTER_MS - 1);
  expect(h.modem.power).toBe('on');
  await h.advance(1);
  expect(h.modem.power).toBe('off');
  await h.advance(FOTA_INSTALL_MS + 1000 + 3500);
  expect(h.modem.power).toBe('on');
  const out = h.take();
  await h.command('ATE0');
  return out;
}

describe('AT+CFOTA over HTTP', () => {
  it('downloads, verifies and installs the package, restarts into the new revision and keeps it', async () => {
    const h = await started();
    const server = await serve(h, good());
    const out = await h.command(`AT+CFOTA=0,1,"${URL}",simcom,simcom`);
    const all = out + (out.includes('+CFOTA: 100') ? '' : await h.waitForOutput('+CFOTA: 100'));
    expect(all).toBe('\r\nOK\r\n\r\n+CFOTA: FOTA,START\r\n\r\n+CFOTA: DOWNLOADING:0\r\n\r\n+CFOTA: DOWNLOADING:100\r\n\r\n+CFOTA: 100\r\n');
    h.take();
    expect(server.requests[0]).toMatchObject({ method: 'GET', url: '/bin/fbf_dfota.par' });
    expect(server.requests[0]!.headers.host).toBe('183.230.174.137:6022');
    expect(server.requests[0]!.headers.authorization).toBe(`Basic ${Buffer.from('simcom:simcom').toString('base64')}`);
    // Another FOTA while the update is under way.
    expect(await h.command(`AT+CFOTA=0,1,"${URL}",simcom,simcom`)).toBe('\r\n+CME ERROR: During FOTA updating\r\n');
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${FACTORY}\r\n\r\nOK\r\n`);
    expect(await restart(h)).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${NEW}\r\n\r\nOK\r\n`);
    expect(await h.command('ATI')).toContain(`Revision: ${NEW}`);
    await h.command('AT+CRESET');
    await h.advance(20_000);
    await h.command('ATE0');
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${NEW}\r\n\r\nOK\r\n`);
    // The package applies to the factory revision only: a second install is refused.
    await h.advance(10_000);
    const again = await h.command(`AT+CFOTA=0,1,"${URL}",simcom,simcom`);
    expect(again + (again.includes('ERROR\r\n') ? '' : await h.waitForOutput('+CFOTA: ERROR'))).toContain('+CFOTA: ERROR');
  });

  it('reports the progress as the package arrives', async () => {
    const h = await started();
    const body = good(image(3000));
    const cuts = [0.17, 0.5, 0.83, 0.995].map((f) => Math.ceil(body.length * f));
    const seen: string[] = [];
    await serve(h, body, {
      pieces: cuts,
      beforePiece: async (i) => {
        const pct = Math.floor((cuts[i - 1]! * 100) / body.length);
        seen.push(await h.waitForOutput(`DOWNLOADING:${pct}\r\n`));
      },
    });
    h.send(`AT+CFOTA=0,1,"${URL}",simcom,simcom\r`);
    await h.waitForOutput('+CFOTA: 100\r\n', 5000);
    expect(h.take()).toBe(
      '\r\nOK\r\n\r\n+CFOTA: FOTA,START\r\n\r\n+CFOTA: DOWNLOADING:0\r\n\r\n+CFOTA: DOWNLOADING:17\r\n\r\n+CFOTA: DOWNLOADING:50\r\n\r\n+CFOTA: DOWNLOADING:83\r\n\r\n+CFOTA: DOWNLOADING:99\r\n\r\n+CFOTA: DOWNLOADING:100\r\n\r\n+CFOTA: 100\r\n',
    );
  });

  it('refuses a package for another model, another revision, or damaged, and a failed download', async () => {
    const cases: Array<[string, Buffer, PackageServerOptions]> = [
      ['model', buildPackage({ model: 'A7670E-LASE', from: '*', to: NEW }, image()), {}],
      ['base', buildPackage({ model: MODEL, from: '1234B01SIM767XM5A', to: NEW }, image()), {}],
      ['checksum', Buffer.concat([good().subarray(0, -1), Buffer.from([0])]), {}],
      ['not a package', image(), {}],
      ['404', good(), { status: 404 }],
    ];
    for (const [what, body, options] of cases) {
      const h = await started();
      await serve(h, body, options);
      const out = await h.command(`AT+CFOTA=0,1,"${URL}",simcom,simcom`);
      const all = out + (out.includes('+CFOTA: ERROR') ? '' : await h.waitForOutput('+CFOTA: ERROR'));
      expect(all, what).toMatch(/^\r\nOK\r\n\r\n\+CFOTA: FOTA,START\r\n(\r\n\+CFOTA: DOWNLOADING:\d+\r\n)*\r\n\+CFOTA: ERROR\r\n$/);
      h.take();
      // Idle again: a new FOTA may start; nothing restarts.
      await h.advance(RESTART_AFTER_MS + FOTA_INSTALL_MS);
      expect(h.modem.power, what).toBe('on');
      expect(await h.command('AT+CGMR'), what).toBe(`\r\n+CGMR: ${FACTORY}\r\n\r\nOK\r\n`);
    }
  });

  it('answers ERROR for a URL that does not fit the mode, and fails without a bearer', async () => {
    const h = await started();
    for (const line of ['AT+CFOTA=0,1,"ftp://1.2.3.4/x",a,b', 'AT+CFOTA=0,0,"http://1.2.3.4/x",a,b', 'AT+CFOTA=0,1,"www.example.com/x",a,b', `AT+CFOTA=0,0,"ftp://1.2.3.4/${'x'.repeat(120)}",a,b`, 'AT+CFOTA=6,1,"http://1.2.3.4/x",a,b']) {
      expect(await h.command(line), line).toBe('\r\nERROR\r\n');
    }
    await h.command('AT+CFUN=0');
    const out = await h.command('AT+CFOTA=0,1,"http://1.2.3.4/x",a,b');
    expect(out + (out.includes('+CFOTA: ERROR') ? '' : await h.waitForOutput('+CFOTA: ERROR'))).toBe('\r\nOK\r\n\r\n+CFOTA: FOTA,START\r\n\r\n+CFOTA: ERROR\r\n');
  });
});

describe('AT+CFOTA over FTP', () => {
  it('logs in, fetches the package in passive binary mode and installs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fota-ftp-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'fbf_dfota.par'), good(image(5000)));
    const logins: string[] = [];
    const ftp = new FtpSrv({ url: 'ftp://127.0.0.1:0', pasv_url: '127.0.0.1', anonymous: false, log: silentLog() as never });
    ftp.on('login', ({ username, password }, resolve, reject) => {
      logins.push(`${username}/${password}`);
      if (username === 'simcom' && password === 'secret') resolve({ root: dir });
      else reject(new Error('bad login'));
    });
    await ftp.listen();
    cleanups.push(() => ftp.close());
    const port = (ftp as unknown as { server: { address(): { port: number } } }).server.address().port;
    const h = await started();
    await new ModemControl(h.modem).run('internet route', { to: '183.230.174.137:21', port });
    const out = await h.command('AT+CFOTA=0,0,"ftp://183.230.174.137/fbf_dfota.par",simcom,secret');
    const all = out + (out.includes('+CFOTA: 100') ? '' : await h.waitForOutput('+CFOTA: 100'));
    expect(all).toMatch(/^\r\nOK\r\n\r\n\+CFOTA: FOTA,START\r\n\r\n\+CFOTA: DOWNLOADING:0\r\n(\r\n\+CFOTA: DOWNLOADING:\d+\r\n)*\r\n\+CFOTA: DOWNLOADING:100\r\n\r\n\+CFOTA: 100\r\n$/);
    expect(logins).toEqual(['simcom/secret']);
    h.take();
    await restart(h);
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${NEW}\r\n\r\nOK\r\n`);
  });

  it('fails on a refused login', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fota-ftp-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const ftp = new FtpSrv({ url: 'ftp://127.0.0.1:0', pasv_url: '127.0.0.1', anonymous: false, log: silentLog() as never });
    ftp.on('login', (_data, _resolve, reject) => reject(new Error('bad login')));
    await ftp.listen();
    cleanups.push(() => ftp.close());
    const port = (ftp as unknown as { server: { address(): { port: number } } }).server.address().port;
    const h = await started();
    await new ModemControl(h.modem).run('internet route', { to: '183.230.174.137:21', port });
    const out = await h.command('AT+CFOTA=0,0,"ftp://183.230.174.137/fbf_dfota.par",simcom,wrong');
    expect(out + (out.includes('+CFOTA: ERROR') ? '' : await h.waitForOutput('+CFOTA: ERROR'))).toBe('\r\nOK\r\n\r\n+CFOTA: FOTA,START\r\n\r\n+CFOTA: ERROR\r\n');
  });
});

describe('AT+LFOTA', () => {
  it('takes the announced package over the UART, installs it, and the module restarts into it', async () => {
    const h = await started();
    const pkg = good();
    expect(await h.command('AT+LFOTA=?')).toBe('\r\n+LFOTA: (0-1),(1-8388608)\r\n\r\nOK\r\n');
    expect(await h.command(`AT+LFOTA=1,${pkg.length}`)).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+LFOTA=0,${pkg.length}`)).toBe('\r\nOK\r\n');
    expect(await h.command(`AT+LFOTA=1,${pkg.length + 1}`)).toBe('\r\nERROR\r\n');
    expect(await h.command(`AT+LFOTA=1,${pkg.length}`)).toBe('\r\n> ');
    h.send(pkg);
    await h.finish();
    expect(h.take()).toBe('\r\nOK\r\n\r\n+CFOTA: 100\r\n');
    expect(await h.command(`AT+LFOTA=0,${pkg.length}`)).toBe('\r\n+CME ERROR: During FOTA updating\r\n');
    await restart(h);
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${NEW}\r\n\r\nOK\r\n`);
  });

  it('refuses a package for another model after the transfer, and one that does not come in time', async () => {
    const h = await started();
    const other = buildPackage({ model: 'SIM7600E-H', from: '*', to: NEW }, image());
    await h.command(`AT+LFOTA=0,${other.length}`);
    expect(await h.command(`AT+LFOTA=1,${other.length}`)).toBe('\r\n> ');
    h.send(other);
    await h.finish();
    expect(h.take()).toBe('\r\nERROR\r\n');
    // The announcement is used up.
    expect(await h.command(`AT+LFOTA=1,${other.length}`)).toBe('\r\nERROR\r\n');
    await h.command('AT+LFOTA=0,100');
    expect(await h.command('AT+LFOTA=1,100')).toBe('\r\n> ');
    h.send('too short');
    await h.settle();
    await h.advance(300_000);
    expect(h.take()).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+LFOTA=0,8388609')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGMR')).toBe(`\r\n+CGMR: ${FACTORY}\r\n\r\nOK\r\n`);
  });

  it('keeps the installed revision in NVRAM: a new simulator process on the state directory runs it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fota-state-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const h = await started({ stateDir: dir });
    const pkg = good();
    await h.command(`AT+LFOTA=0,${pkg.length}`);
    await h.command(`AT+LFOTA=1,${pkg.length}`);
    h.send(pkg);
    await h.finish();
    expect(h.take()).toContain('+CFOTA: 100');
    // Power is lost before the restart: the new firmware is in flash already.
    h.modem.powerOff();
    const again = await started({ stateDir: dir });
    expect(await again.command('AT+CGMR')).toBe(`\r\n+CGMR: ${NEW}\r\n\r\nOK\r\n`);
    const status = (await new ModemControl(again.modem).run('fota status')) as { revision: string; installed: { revision: string; replaced: string } };
    expect(status).toMatchObject({ revision: NEW, installed: { revision: NEW, replaced: FACTORY } });
    await new ModemControl(again.modem).run('fota reset');
    await again.command('AT+CRESET');
    await again.advance(20_000);
    await again.command('ATE0');
    expect(await again.command('AT+CGMR')).toBe(`\r\n+CGMR: ${FACTORY}\r\n\r\nOK\r\n`);
  });
});

function silentLog() {
  const log = { trace() {}, debug() {}, info() {}, warn() {}, error() {}, fatal() {}, child: () => log };
  return log;
}
