// AT+CPWD "SC" (§6.2.4): changing PIN1 through the card.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CPWD="SC"', () => {
  it('changes the PIN; the old one then fails and costs a try', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPWD="SC","1234","4321"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPWD="SC","1234","5678"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 2,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",1,"4321"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
  });

  it('refuses new passwords that are not 4-8 digits, and needs a ready SIM', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPWD="SC","1234","123456789"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPWD="SC","1234"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CPWD=?')).toBe('\r\n+CPWD: ("SC",8)\r\n\r\nOK\r\n');
    await h.command('AT+CLCK="SC",1,"1234"');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPWD="SC","1234","4321"')).toBe('\r\n+CME ERROR: 11\r\n');
  });
});
