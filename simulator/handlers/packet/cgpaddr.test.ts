// SIM767XX §5.2.9 AT+CGPADDR.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CGPADDR', () => {
  it('lists the defined contexts, their addresses when active or static, none otherwise', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0;+CGDCONT=2,"IP","a";+CGDCONT=3,"IP","b","10.9.9.9";+CGDCONT=4,"IPV4V6","c"');
    expect(await h.command('AT+CGPADDR=?')).toBe('\r\n+CGPADDR: (1,2,3,4)\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGPADDR')).toBe('\r\n+CGPADDR: 1,10.83.214.110\r\n+CGPADDR: 2\r\n+CGPADDR: 3,10.9.9.9\r\n+CGPADDR: 4\r\n\r\nOK\r\n');
    await control.run('set data network', { ipv6: true });
    await h.command('AT+CGACT=1,4');
    expect(await h.command('AT+CGPADDR=4')).toBe('\r\n+CGPADDR: 4,10.83.214.111,2408:8000:1:1::a53:d66f\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGPADDR=5')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    expect(await h.command('AT+CGPADDR=0')).toBe('\r\nERROR\r\n');
  });
});
