// SIM767XX §5.2.7 AT+CGTFT.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGTFT', () => {
  it('adds, replaces, lists and deletes packet filters', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CGTFT=1,1,0,"74.125.71.100.255.255.255.255"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGTFT=1,2,1,"10.0.0.0.255.0.0.0",6,"80.80","1024.65535",1A2B,"16.255",,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGTFT?')).toBe(
      '\r\n+CGTFT: 1,1,0,"74.125.71.100.255.255.255.255",,,,,,,\r\n+CGTFT: 1,2,1,"10.0.0.0.255.0.0.0",6,"80.80","1024.65535",1A2B,"16.255",,2\r\n\r\nOK\r\n',
    );
    expect(await h.command('AT+CGTFT=1,1,5')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGTFT?')).toBe('\r\n+CGTFT: 1,1,5,,,,,,,,\r\n+CGTFT: 1,2,1,"10.0.0.0.255.0.0.0",6,"80.80","1024.65535",1A2B,"16.255",,2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGTFT=1;+CGTFT?')).toBe('\r\nOK\r\n');
  });

  it('checks the manual\'s value rules and the context', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGTFT=1,1,7');
    for (const bad of ['5,1,0', '1,0,0', '1,17,0', '1,2,256', '1,2,7', '1,2,0,"1.2.3.4.0.0.0.0"', '1,2,0,"1.2.3.4"', '1,2,0,,300', '1,2,0,,,"90.80"', '1,2,0,,,,,G', '1,2,0,,,,,,"1.2.3"', '1,2,0,,,,,,,123456', '1,2,0,,,,,,,,4', '1,2']) {
      expect(await h.command(`AT+CGTFT=${bad}`), bad).toMatch(/^\r\n(ERROR|\+CME ERROR: CID is not defined)\r\n$/);
    }
    expect(await h.command('AT+CGTFT=5')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
  });

  it('forgets a context\'s filters when it is deactivated, and all with the execute form', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CGDCONT=2,"IP","a";+CGACT=1,2');
    await h.command('AT+CGTFT=1,1,0;+CGTFT=2,1,1');
    await h.command('AT+CGACT=0,2');
    expect(await h.command('AT+CGTFT?')).toBe('\r\n+CGTFT: 1,1,0,,,,,,,,\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGTFT;+CGTFT?')).toBe('\r\nOK\r\n');
  });
});
