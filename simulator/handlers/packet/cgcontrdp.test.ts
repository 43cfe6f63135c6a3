// SIM767XX §5.2.13 AT+CGCONTRDP.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGCONTRDP', () => {
  it('gives the dynamic parameters of active primary contexts', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGCONTRDP=?')).toBe('\r\n+CGCONTRDP: (1)\r\n\r\nOK\r\n');
    await h.command('AT+CGDCONT=2,"IP","cmnet";+CGACT=1,2');
    expect(await h.command('AT+CGCONTRDP=2')).toBe('\r\n+CGCONTRDP: 2,6,"cmnet","10.83.214.111.255.255.255.0","10.83.214.1","114.114.114.114","8.8.8.8"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGCONTRDP=')).toBe(
      '\r\n+CGCONTRDP: 1,5,"3gnet","10.83.214.110.255.255.255.0","10.83.214.1","114.114.114.114","8.8.8.8"\r\n+CGCONTRDP: 2,6,"cmnet","10.83.214.111.255.255.255.0","10.83.214.1","114.114.114.114","8.8.8.8"\r\n\r\nOK\r\n',
    );
  });

  it('answers 521 for an undefined context and 518 for an inactive one', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGDCONT=2,"IP","cmnet"');
    expect(await h.command('AT+CGCONTRDP=3')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    expect(await h.command('AT+CGCONTRDP=2')).toBe('\r\n+CME ERROR: CID is not active\r\n');
    await h.command('AT+CGACT=0');
    expect(await h.command('AT+CGCONTRDP=?')).toBe('\r\n+CGCONTRDP: ()\r\n\r\nOK\r\n');
  });

  it('answers the execute form like an empty write once the table has it', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGCONTRDP')).toBe('\r\n+CGCONTRDP: 1,5,"3gnet","10.83.214.110.255.255.255.0","10.83.214.1","114.114.114.114","8.8.8.8"\r\n\r\nOK\r\n');
  });
});
