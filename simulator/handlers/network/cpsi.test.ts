// SIM767XX §4.2.6 AT+CPSI.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CPSI?', () => {
  it('describes the LTE cell with the live signal, and the operation mode per +CFUN', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set signal', { rsrp: -95, rsrq: -9, rssi: -70, sinr: 12 });
    await control.run('set cell', { band: 20, earfcn: 6300, pci: 7 });
    await h.command('AT+CNBP=0X000001E20A0818DF');
    expect(await h.command('AT+CPSI?')).toBe('\r\n+CPSI: LTE,Online,460-01,0x9A5F,65141122,7,EUTRAN-BAND20,6300,5,5,-9,-95,-70,12\r\n\r\nOK\r\n');
    await h.command('AT+CFUN=0');
    expect(await h.command('AT+CPSI?')).toBe('\r\n+CPSI: NO SERVICE, Low Power Mode\r\n\r\nOK\r\n');
  });

  it('describes a GSM cell, and "NO SERVICE, Online" out of coverage', async () => {
    const h = await ModemHarness.start();
    const control = new ModemControl(h.modem);
    await h.command('ATE0');
    await control.run('set rat', { rat: 'GSM' });
    await control.run('set cell', { tac: 0x5a2e, ci: 10153, earfcn: 99 });
    await control.run('set signal', { rssi: -79 });
    await h.advance(5000);
    expect(await h.command('AT+CPSI?')).toBe('\r\n+CPSI: GSM,Online,460-01,0x5A2E,10153,99,-79,0,31-31\r\n\r\nOK\r\n');
    await control.run('set coverage', { on: false });
    expect(await h.command('AT+CPSI?')).toBe('\r\n+CPSI: NO SERVICE, Online\r\n\r\nOK\r\n');
  });
});
