// AT+CLCK "SC" (§6.2.3): the PIN lock switched on and off through the card.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

async function modem(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

describe('AT+CLCK="SC"', () => {
  it('enables the PIN so the next start asks for it, and disables it again', async () => {
    const h = await modem();
    expect(await h.command('AT+CLCK="SC",2')).toBe('\r\n+CLCK: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",1,"1234"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",2')).toBe('\r\n+CLCK: 1\r\n\r\nOK\r\n');
    // Still ready now: the PIN was just given.
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
    await h.command('AT+CRESET');
    await h.advance(5000);
    h.take();
    await h.command('ATE0');
    await h.command('AT+CMEE=1');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",2')).toBe('\r\n+CME ERROR: 11\r\n');
    await h.command('AT+CPIN="1234"');
    expect(await h.command('AT+CLCK="SC",0,"1234"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",2')).toBe('\r\n+CLCK: 0\r\n\r\nOK\r\n');
  });

  it('counts wrong passwords like AT+CPIN: the third leaves the card waiting for its PUK', async () => {
    const h = await modem();
    expect(await h.command('AT+CLCK="SC",1,"0000"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CLCK="SC",1,"0000"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 1,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",1,"0000"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: SIM PUK\r\n\r\nOK\r\n');
    expect(await h.command('AT+CLCK="SC",2')).toBe('\r\n+CME ERROR: 12\r\n');
  });

  it('accepts the state it is already in with the right PIN; a right PIN resets the counter', async () => {
    const h = await modem();
    await h.command('AT+CLCK="SC",0,"9999"');
    expect(await h.command('AT+CLCK="SC",0,"1234"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
  });

  it('refuses missing or malformed passwords and unknown facilities', async () => {
    const h = await modem();
    expect(await h.command('AT+CLCK="SC",1')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CLCK="SC",1,"12"')).toBe('\r\n+CME ERROR: 16\r\n');
    expect(await h.command('AT+CLCK="XX",2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CLCK="SC",3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CLCK=?')).toBe('\r\n+CLCK: ("SC")\r\n\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 3,10,3,10\r\n\r\nOK\r\n');
  });
});
