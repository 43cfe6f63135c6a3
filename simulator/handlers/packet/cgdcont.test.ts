// SIM767XX §5.2.5 AT+CGDCONT.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGDCONT', () => {
  it('defines, lists with the optional fields once given, undefines', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGDCONT=2,"IPV4V6","internet"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGDCONT=3,"IP","x","10.0.0.9",0,0,,,,,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGDCONT?')).toBe('\r\n+CGDCONT: 1,"IP",""\r\n+CGDCONT: 2,"IPV4V6","internet"\r\n+CGDCONT: 3,"IP","x","10.0.0.9",0,0,,,,,1,,\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGDCONT=2;+CGDCONT?')).toBe('\r\n+CGDCONT: 1,"IP",""\r\n+CGDCONT: 3,"IP","x","10.0.0.9",0,0,,,,,1,,\r\n\r\nOK\r\n');
  });

  it('refuses to undefine an active context, accepts its redefinition for the next activation', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGDCONT=1')).toBe('\r\n+CME ERROR: CID is active\r\n');
    expect(await h.command('AT+CGDCONT=1,"IP","cmnet"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGCONTRDP=1')).toContain('"3gnet"');
    await h.command('AT+CFUN=4;+CFUN=1');
    await h.advance(5000);
    expect(await h.command('AT+CGCONTRDP=1')).toContain('"cmnet"');
  });

  it('refuses bad values and restores the factory definitions with the execute form', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['0,"IP"', '16,"IP"', '2,"PPP"', '2,IP', '2,"IP","a",,3', '2,"IP","a","1.2.3"', '2,"IP","a","b",0,0,0,0,0,0,0,0,0,0']) {
      expect(await h.command(`AT+CGDCONT=${bad}`), bad).toBe('\r\nERROR\r\n');
    }
    await h.command('AT+CGDCONT=2,"IP","a";+CGDCONT=1,"IP","b"');
    expect(await h.command('AT+CGDCONT;+CGDCONT?')).toBe('\r\n+CGDCONT: 1,"IP","b"\r\n\r\nOK\r\n');
    await h.command('AT+CGACT=0,1;+CGDCONT');
    expect(await h.command('AT+CGDCONT?')).toBe('\r\n+CGDCONT: 1,"IP",""\r\n\r\nOK\r\n');
  });

  it('is AUTO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CGDCONT=4,"IP","saved.apn"');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CGDCONT?')).toContain('+CGDCONT: 4,"IP","saved.apn"\r\n');
  });
});
