// AT+HTTPREAD and AT+HTTPHEAD (§14.2.5-14.2.6): the last response's content and header, with the
// framing the manual prints, in both READMODEs.

import { afterEach, describe, expect, it } from 'vitest';
import { commandThen, httpModem } from '../../http/testing/modem.js';
import { rawServer } from '../../http/testing/servers.js';
import type { ModemHarness } from '../../testing/harness.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const HEADER = 'HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nX-Odd:  spaced  value \r\nContent-Length: 26\r\n\r\n';
const CONTENT = 'abcdefghijklmnopqrstuvwxyz';

/** A module that has fetched HEADER + CONTENT from a raw server. */
async function fetched(readMode?: number): Promise<ModemHarness> {
  const s = await rawServer((_req, socket) => socket.write(HEADER + CONTENT));
  closers.push(() => s.close());
  const h = await httpModem();
  closers.push(() => h.modem.powerOff());
  await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
  if (readMode !== undefined) await h.command(`AT+HTTPPARA="READMODE",${readMode}`);
  expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,26\r\n');
  return h;
}

describe('AT+HTTPHEAD', () => {
  it('prints the header as received, its length first', async () => {
    const h = await fetched();
    expect(await h.command('AT+HTTPHEAD')).toBe(`\r\n+HTTPHEAD: ${HEADER.length}\r\n${HEADER}\r\nOK\r\n`);
  });

  it('is ERROR before a response, and while a request is in progress', async () => {
    const h = await httpModem();
    closers.push(() => h.modem.powerOff());
    expect(await h.command('AT+HTTPHEAD')).toBe('\r\nERROR\r\n');
    const silent = await rawServer(() => undefined);
    closers.push(() => silent.close());
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${silent.port}/"`);
    await h.command('AT+HTTPACTION=0');
    expect(await h.command('AT+HTTPHEAD')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+HTTPREAD', () => {
  it('AT+HTTPREAD? gives the content\'s size', async () => {
    const h = await fetched();
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\n+HTTPREAD: LEN,26\r\n\r\nOK\r\n');
  });

  it('reads <byte_size> bytes from <start_offset>, after OK, framed +HTTPREAD: <len> ... +HTTPREAD: 0', async () => {
    const h = await fetched();
    expect(await h.command('AT+HTTPREAD=0,10')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 10\r\nabcdefghij\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=20,100')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 6\r\nuvwxyz\r\n+HTTPREAD: 0\r\n');
  });

  it('without <start_offset> it goes on from the end of the last read; at the end it is ERROR', async () => {
    const h = await fetched();
    expect(await h.command('AT+HTTPREAD=5')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 5\r\nabcde\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=5')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 5\r\nfghij\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=100')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 16\r\nklmnopqrstuvwxyz\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\n+HTTPREAD: LEN,26\r\n\r\nOK\r\n'); // not cleaned up
  });

  it('READMODE 0 (default): no read starts before the end of the last one', async () => {
    const h = await fetched();
    await h.command('AT+HTTPREAD=0,10');
    expect(await h.command('AT+HTTPREAD=0,10')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD=5,3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD=15,3')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 3\r\npqr\r\n+HTTPREAD: 0\r\n');
  });

  it('READMODE 1: the same part can be read again', async () => {
    const h = await fetched(1);
    expect(await h.command('AT+HTTPREAD=0,3')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 3\r\nabc\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=0,3')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 3\r\nabc\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=3')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 3\r\ndef\r\n+HTTPREAD: 0\r\n');
  });

  it('refuses a start at or past the end, a <byte_size> of 0, and no response', async () => {
    const h = await fetched(1);
    expect(await h.command('AT+HTTPREAD=26,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD=0,0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD=-1,5')).toBe('\r\nERROR\r\n');
    await h.command('AT+HTTPTERM');
    await h.command('AT+HTTPINIT');
    expect(await h.command('AT+HTTPREAD=0,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+HTTPREAD?')).toBe('\r\nERROR\r\n');
  });

  it('passes binary content as it is (NUL, CR LF, bytes above 0x7F)', async () => {
    const content = Buffer.from([0, 1, 13, 10, 0x1a, 0x1b, 0x80, 0xff, 0x2b, 0x2b, 0x2b]);
    const s = await rawServer((_req, socket) => socket.write(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${content.length}\r\n\r\n`), content])));
    closers.push(() => s.close());
    const h = await httpModem();
    closers.push(() => h.modem.powerOff());
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
    const out = Buffer.from(await h.command('AT+HTTPREAD=0,100'), 'latin1');
    expect(out).toEqual(Buffer.concat([Buffer.from('\r\nOK\r\n\r\n+HTTPREAD: 11\r\n'), content, Buffer.from('\r\n+HTTPREAD: 0\r\n')]));
  });

  it('READMODE 1 reads again only a content shorter than 1M ("The limit is ... shorter than 1M"); a longer one forward only', async () => {
    const big = Buffer.alloc(1024 * 1024, 0x61);
    const s = await rawServer((_req, socket) => socket.write(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${big.length}\r\n\r\n`), big])));
    closers.push(() => s.close());
    const h = await httpModem();
    closers.push(() => h.modem.powerOff());
    await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
    await h.command('AT+HTTPPARA="READMODE",1');
    expect(await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:')).toBe('\r\nOK\r\n\r\n+HTTPACTION: 0,200,1048576\r\n');
    expect(await h.command('AT+HTTPREAD=0,2')).toBe('\r\nOK\r\n\r\n+HTTPREAD: 2\r\naa\r\n+HTTPREAD: 0\r\n');
    expect(await h.command('AT+HTTPREAD=0,2')).toBe('\r\nERROR\r\n');
  });
});
