// SIM767XX §4.2.2 AT+COPS Operator selection.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

const timing = SIM767XX.network.timing;

async function started() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return { h, control: new ModemControl(h.modem) };
}

describe('AT+COPS', () => {
  it('reads mode, format and operator in the three formats; only the mode when not registered', async () => {
    const { h } = await started();
    expect(await h.command('AT+COPS?')).toBe('\r\n+COPS: 0,2,"46001",7\r\n\r\nOK\r\n');
    expect(await h.command('AT+COPS=3,0;+COPS?')).toBe('\r\n+COPS: 0,0,"CHN-UNICOM",7\r\n\r\nOK\r\n');
    expect(await h.command('AT+COPS=3,1;+COPS?')).toBe('\r\n+COPS: 0,1,"UNICOM",7\r\n\r\nOK\r\n');
    expect(await h.command('AT+COPS=3')).toBe('\r\nERROR\r\n');
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+COPS?')).toBe('\r\n+COPS: 0\r\n\r\nOK\r\n');
  });

  it('scans for scanMs and lists the networks with their <stat>', async () => {
    const { h, control } = await started();
    await control.run('set operators', { json: JSON.stringify([{ plmn: '46001', long: 'CHN-UNICOM', short: 'UNICOM' }, { plmn: '46002', long: 'X', short: 'Y', availability: 'forbidden' }, { plmn: '46011', long: 'CHN-CT', short: 'CT', availability: 'unknown' }]) });
    h.send('AT+COPS=?\r');
    await h.advance(timing.scanMs - 1);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+COPS: (2,"CHN-UNICOM","UNICOM","46001",7),(3,"X","Y","46002",7),(0,"CHN-CT","CT","46011",7),,(0,1,2,3,4),(0,1,2)\r\n\r\nOK\r\n');
    await control.run('set coverage', { on: false });
    expect(await h.command('AT+COPS=?')).toBe('\r\n+COPS: ,,(0,1,2,3,4),(0,1,2)\r\n\r\nOK\r\n');
    await h.command('AT+CFUN=0');
    expect(await h.command('AT+COPS=?')).toBe('\r\n+CME ERROR: no nw service\r\n');
  });

  it('selects a network manually, blocking until registered there', async () => {
    const { h } = await started();
    await h.command('AT+CEREG=1');
    h.send('AT+COPS=1,0,"CHINA MOBILE"\r');
    await h.advance(timing.registrationMs - 1);
    expect(h.take()).toBe('');
    await h.advance(1000);
    expect(h.take()).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n\r\n+CEREG: 5\r\n');
    expect(await h.command('AT+COPS?')).toBe('\r\n+COPS: 1,0,"CHINA MOBILE",7\r\n\r\nOK\r\n');
    // Back to automatic: home again.
    expect(await h.command('AT+COPS=0')).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n\r\n+CEREG: 1\r\n');
  });

  it('fails a manual selection of an absent or forbidden network, staying in manual mode', async () => {
    const { h, control } = await started();
    await h.command('AT+CEREG=1');
    expect(await h.command('AT+COPS=1,2,"46099"')).toBe('\r\n+CME ERROR: no nw service\r\n\r\n+CEREG: 2\r\n');
    expect(await h.command('AT+COPS?;+CEREG?')).toBe('\r\n+COPS: 1\r\n\r\n+CEREG: 1,2\r\n\r\nOK\r\n');
    await control.run('set operators', { json: JSON.stringify([{ plmn: '46001' }, { plmn: '46000', availability: 'forbidden' }]) });
    expect(await h.command('AT+COPS=1,2,"46000"')).toBe('\r\n+CME ERROR: network not allowed - emergency call only\r\n\r\n+CEREG: 3\r\n');
    expect(await h.command('AT+COPS=1,0,"NOBODY"')).toBe('\r\n+CME ERROR: not found\r\n');
    expect(await h.command('AT+COPS=1,2')).toBe('\r\nERROR\r\n');
    // Mode 4 falls back to automatic.
    expect(await h.command('AT+COPS=4,2,"46099"')).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n\r\n+CEREG: 1\r\n');
  });

  it('deregisters with mode 2 until mode 0, and saves 0/1/4 with format and operator', async () => {
    const { h } = await started();
    await h.command('AT+CEREG=1');
    expect(await h.command('AT+COPS=2')).toBe('\r\nOK\r\n\r\n+CEREG: 0\r\n');
    await h.advance(60_000);
    expect(await h.command('AT+COPS?')).toBe('\r\n+COPS: 2\r\n\r\nOK\r\n');
    await h.command('AT+COPS=1,2,"46000"');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+COPS?')).toBe('AT+COPS?\r\r\n+COPS: 1,2,"46000",7\r\n\r\nOK\r\n');
  });

  it('answers SIM errors, and stores the choice while the RF is off', async () => {
    const h = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await h.command('ATE0');
    expect(await h.command('AT+COPS=0')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
    await h.command('AT+CFUN=4');
    expect(await h.command('AT+COPS=1,2,"46000"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+COPS?')).toBe('\r\n+COPS: 1\r\n\r\nOK\r\n');
  });
});
