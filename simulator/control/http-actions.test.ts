// The "http status" control action.

import { afterEach, expect, it } from 'vitest';
import { ModemControl } from './control.js';
import { commandThen, httpModem } from '../http/testing/modem.js';
import { httpServer } from '../http/testing/servers.js';

const closers: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

it('"http status" shows the parameters, the last response and the kept connection', async () => {
  const s = await httpServer((_req, res) => res.end('hello'));
  closers.push(() => s.close());
  const h = await httpModem({ init: false });
  closers.push(() => h.modem.powerOff());
  const control = new ModemControl(h.modem);
  expect(await control.run('http status', {})).toEqual({ service: 'stopped' });
  await h.command('AT+HTTPINIT');
  await h.command(`AT+HTTPPARA="URL","http://127.0.0.1:${s.port}/"`);
  await h.command('AT+HTTPPARA="READMODE",1');
  await commandThen(h, 'AT+HTTPACTION=0', '+HTTPACTION:');
  const st = (await control.run('http status', { content: true })) as Record<string, unknown>;
  expect(st).toMatchObject({
    service: 'started',
    cid: 1,
    networkUp: true,
    params: { url: `http://127.0.0.1:${s.port}/`, readMode: 1, connectTimeoutS: 120, recvTimeoutS: 20 },
    busy: null,
    response: { method: 0, status: 200, contentBytes: 5, readPosition: 0, content: 'hello' },
    connection: { to: `127.0.0.1:${s.port}`, open: true, reusable: true },
  });
  expect((st.response as { header: string }).header).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n$/);
});
