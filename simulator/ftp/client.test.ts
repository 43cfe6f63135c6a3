// The FTP client against scripted servers on loopback (real sockets, replies chosen by the test):
// what ftp-srv never does — multi-line replies, replies nobody asked for, a login that needs no
// password, a 421 in the middle of a session, lines that try to smuggle in a second command.

import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { contextBearer } from '../internet/bearer.js';
import { tcpServer } from '../internet/testing/servers.js';
import type { ModemHarness } from '../testing/harness.js';
import { FtpClient } from './client.js';
import { ERRCODE, FtpFailure } from './errors.js';
import { registeredModule } from './testing/module.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A server that answers each command line with `script[line]` (a function of the socket, or text). */
async function scripted(greeting: string, script: Record<string, string | ((s: Socket) => void)>) {
  const received: string[] = [];
  const server = await tcpServer((socket) => {
    socket.write(greeting);
    let buffer = '';
    socket.on('data', (d) => {
      buffer += d.toString('latin1');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        received.push(line);
        const answer = script[line] ?? script[line.split(' ')[0]!] ?? '502 not here\r\n';
        if (typeof answer === 'string') socket.write(answer);
        else answer(socket);
      }
    });
  });
  cleanups.push(() => server.close());
  return { port: server.port, received };
}

async function follow<T>(h: ModemHarness, p: Promise<T>): Promise<T> {
  const settled = p.then(
    () => true,
    () => true,
  );
  while (!(await Promise.race([settled, new Promise<boolean>((r) => setTimeout(() => r(false), 10))]))) await h.advance(10);
  return p;
}

async function connect(h: ModemHarness, port: number, user = 'u') {
  const bearer = contextBearer(h.modem.state, 1);
  if (!bearer.ok) throw new Error('no bearer');
  const services = h.modem.services();
  return follow(
    h,
    FtpClient.connect({ host: '127.0.0.1', port, user, password: 'p', serverType: 0 }, { services, bearer: bearer.bearer, sslContexts: { control: 0, data: 0 }, singleIp: false, type: 'I' }),
  );
}

async function module(): Promise<ModemHarness> {
  const h = await registeredModule();
  cleanups.push(() => h.modem.powerOff());
  return h;
}

describe('FtpClient against scripted servers', () => {
  it('reads multi-line replies, logs in without PASS when USER is enough (230), drops stale replies', async () => {
    const h = await module();
    const s = await scripted('220-Welcome\r\n220-to the test\r\n220 server\r\n', {
      USER: '230 no password needed\r\n226 a reply nobody asked for\r\n',
      'TYPE I': '200 ok\r\n',
      PWD: '257 "/home/""q""" is here\r\n',
    });
    const client = await connect(h, s.port);
    expect(await follow(h, client.pwd())).toBe('"/home/""q"""');
    expect(s.received).toEqual(['USER u', 'TYPE I', 'PWD']);
    client.release();
  });

  it('refuses a line with a CR or LF of its own: nothing is sent (8)', async () => {
    const h = await module();
    const s = await scripted('220 hi\r\n', { USER: '331 pass\r\n', PASS: '230 in\r\n', 'TYPE I': '200 ok\r\n', MKD: '257 made\r\n' });
    const client = await connect(h, s.port);
    const failure = await follow(h, client.simple('MKD a\r\nDELE important')).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FtpFailure);
    expect((failure as FtpFailure).errcode).toBe(ERRCODE.INVALID_PARAMETER);
    expect(s.received).toEqual(['USER u', 'PASS p', 'TYPE I']);
    client.release();
  });

  it('421 to a command is its own <errcode>; the server closing then is reported once', async () => {
    const h = await module();
    const s = await scripted('220 hi\r\n', {
      USER: '331 pass\r\n',
      PASS: '230 in\r\n',
      'TYPE I': '200 ok\r\n',
      CWD: (socket) => socket.end('421 Timeout, closing control connection\r\n'),
    });
    const client = await connect(h, s.port);
    const lost: string[] = [];
    client.onLost((cause) => lost.push(cause));
    const failure = await follow(h, client.simple('CWD x')).catch((e: unknown) => e);
    expect((failure as FtpFailure).errcode).toBe(ERRCODE.SERVER_TIMEOUT);
    await new Promise((r) => setTimeout(r, 30));
    expect(lost).toEqual(['remote']);
    expect(client.connected).toBe(false);
    const after = await follow(h, client.simple('PWD')).catch((e: unknown) => e);
    expect((after as FtpFailure).errcode).toBe(ERRCODE.CLOSED_BY_SERVER);
  });

  it('a PASV reply without an address: 2 (Unknown error)', async () => {
    const h = await module();
    const s = await scripted('220 hi\r\n', { USER: '230 in\r\n', 'TYPE I': '200 ok\r\n', PASV: '227 no address here\r\n' });
    const client = await connect(h, s.port);
    const failure = await follow(h, client.list('/', () => undefined)).catch((e: unknown) => e);
    expect((failure as FtpFailure).errcode).toBe(ERRCODE.UNKNOWN);
    client.release();
  });
});
