// SIM767XX §4.2.3 AT+CPOL Preferred operator list.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CPOL', () => {
  it('writes, converts formats, deletes, fills the first free entry', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CPOL=7,2,"46000",0,0,0,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL=2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL=,0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL?')).toBe(
      '\r\n+CPOL: 1,0,"CHN-UNICOM"\r\n+CPOL: 3,0,"CHN-UNICOM",0,0,0,1\r\n+CPOL: 4,0,"UNICOM",0,0,0,1\r\n+CPOL: 5,0,"CHN-UNICOM",0,0,1,0\r\n+CPOL: 6,0,"UNICOM",0,0,1,0\r\n+CPOL: 7,0,"CHINA MOBILE",0,0,0,1\r\n\r\nOK\r\n',
    );
    expect(await h.command('AT+CPOL=,1,"CT"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL=2,2')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL=,2,"46011"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL?')).toContain('+CPOL: 2,2,"46011"\r\n');
    expect(await h.command('AT+CPOL=,2,"46003"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPOL=,2,"46004"')).toBe('\r\n+CME ERROR: memory full\r\n');
  });

  it('refuses bad indices, names it cannot resolve and half the access technology flags', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CPOL=9,2,"46000"')).toBe('\r\n+CME ERROR: invalid index\r\n');
    expect(await h.command('AT+CPOL=1,0,"NOBODY"')).toBe('\r\n+CME ERROR: not found\r\n');
    expect(await h.command('AT+CPOL=1,2,"46000",1,0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CPOL=1,2,"4600"')).toBe('\r\n+CME ERROR: not found\r\n');
    expect(await h.command('AT+CPOL=1,,"46000"')).toBe('\r\nERROR\r\n');
  });

  it('needs the SIM, and keeps the list across a restart', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CPOL=1,2,"46000"');
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CPOL?')).toContain('+CPOL: 1,2,"46000"\r\n');
    const none = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await none.command('ATE0');
    expect(await none.command('AT+CPOL?')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
  });
});
