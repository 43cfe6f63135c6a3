import { describe, expect, it } from 'vitest';
import { reply, urcEffect, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CURCD (§8.2.12)', () => {
  it('prints each URC <delay_time> ms after it arises, in order', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CURCD=100,1')).toBe('\r\nOK\r\n');
    h.modem.urc('+CMTI: "SM",1');
    await h.advance(50);
    h.modem.urc('+CMTI: "SM",2');
    await h.advance(49);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CMTI: "SM",1\r\n');
    await h.advance(50);
    expect(h.take()).toBe('\r\n+CMTI: "SM",2\r\n');
  });

  it('does not delay a command\'s own later result', async () => {
    const later: CommandHandler = { name: '+CGMR', exec: () => reply(OK, [], [urcEffect('+DONE: 1', 10)]) };
    const h = await ModemHarness.start({ handlers: [later] });
    await h.command('ATE0;+CURCD=1000,1');
    await h.command('AT+CGMR');
    await h.advance(10);
    expect(h.take()).toBe('\r\n+DONE: 1\r\n');
  });

  it('drops URCs still waiting when the module resets', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CURCD=5000,1');
    h.modem.urc('+CMTI: "SM",1');
    h.modem.reboot();
    await h.advance(10_000);
    expect(h.take()).not.toContain('+CMTI');
  });

  it('takes only cache size 1 and delays 0-10000', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    for (const bad of ['AT+CURCD=100,2', 'AT+CURCD=100', 'AT+CURCD=10001,1', 'AT+CURCD']) expect(await h.command(bad), bad).toMatch(/ERROR/);
    expect(await h.command('AT+CURCD?')).toBe('\r\n+CURCD: 0,1\r\n\r\nOK\r\n');
  });
});
