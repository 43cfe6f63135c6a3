// SIM767XX §5.2.11 AT+CGAUTH.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGAUTH', () => {
  it('takes the password before the user, reads user before password, removes with <cid> alone', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGDCONT=2,"IP","a"');
    expect(await h.command('AT+CGAUTH=1,1,"secret","alice"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGAUTH=2,2,"chap"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGAUTH?')).toBe('\r\n+CGAUTH: 1,1,"alice","secret"\r\n+CGAUTH: 2,2,"","chap"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGAUTH=1;+CGAUTH?')).toBe('\r\n+CGAUTH: 1,0,"",""\r\n+CGAUTH: 2,2,"","chap"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGAUTH;+CGAUTH?')).toBe('\r\n+CGAUTH: 1,0,"",""\r\n+CGAUTH: 2,0,"",""\r\n\r\nOK\r\n');
  });

  it('needs the password for CHAP and both for PAP; 64 characters at most', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['1,1', '1,1,"p"', '1,2', '1,3,"p","u"', '16,0', `1,2,"${'x'.repeat(65)}"`]) {
      expect(await h.command(`AT+CGAUTH=${bad}`), bad).toBe('\r\nERROR\r\n');
    }
    expect(await h.command(`AT+CGAUTH=1,2,"${'x'.repeat(64)}"`)).toBe('\r\nOK\r\n');
  });

  it('is AUTO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CGAUTH=1,1,"pw","me"');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CGAUTH?')).toContain('+CGAUTH: 1,1,"me","pw"\r\n');
  });
});
