// The engine services and slice hooks the SIM and hardware subsystems brought in:
// power-cycle timers, self power-off, boot URCs rewritten by slices, physical state carried
// over a power cycle.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../profiles/index.js';
import { ModemHarness } from '../testing/harness.js';
import { reply, type CommandHandler } from './handler.js';
import { OK } from './result.js';

describe('ModemServices', () => {
  const ticker: CommandHandler = {
    name: '+CGMI',
    exec: (ctx) => {
      const tick = () => {
        ctx.modem.urc('+TICK');
        ctx.modem.setTimer(1000, tick);
      };
      ctx.modem.setTimer(1000, tick);
      return reply(OK);
    },
  };

  it('power-cycle timers fire while the module is on and are gone after a power-off', async () => {
    const h = await ModemHarness.start({ handlers: [ticker] });
    await h.command('ATE0');
    await h.command('AT+CGMI');
    await h.advance(2000);
    expect(h.take()).toBe('\r\n+TICK\r\n\r\n+TICK\r\n');
    h.modem.powerOff();
    expect(h.clock.pendingCount).toBe(0);
    h.modem.powerOn({ immediate: true });
    await h.advance(5000);
    expect(h.take()).not.toContain('+TICK');
  });

  it('a timer cleared before it is due never fires', async () => {
    const cancel: CommandHandler = {
      name: '+CGMI',
      exec: (ctx) => {
        const t = ctx.modem.setTimer(1000, () => ctx.modem.urc('+NEVER'));
        ctx.modem.clearTimer(t);
        return reply(OK);
      },
    };
    const h = await ModemHarness.start({ handlers: [cancel] });
    await h.command('AT+CGMI');
    await h.advance(5000);
    expect(h.take()).toBe('');
  });

  it('powerOff prints the last words on an idle port, then the module is silent', async () => {
    const h = await ModemHarness.start();
    h.modem.services().powerOff(['BYE']);
    await h.settle();
    expect(h.take()).toBe('\r\nBYE\r\n');
    expect(h.modem.power).toBe('off');
    h.modem.services().powerOff(['AGAIN']);
    expect(await h.command('AT')).toBe('');
  });
});

describe('slice hooks', () => {
  it('boot URCs follow the SIM: +CPIN rewritten, SMS DONE only for a ready card', async () => {
    const locked = await ModemHarness.start({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled: true } }, realisticBoot: true, keepBoot: true });
    expect(locked.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: SIM PIN\r\n');
    const ready = await ModemHarness.start({ realisticBoot: true, keepBoot: true });
    expect(ready.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
  });

  it('the SIM7600 profile prints both SMS DONE and PB DONE after a PIN, with the boot spacing', async () => {
    const { getProfile } = await import('../profiles/index.js');
    const p = getProfile('sim7600');
    const h = await ModemHarness.start({ profile: { ...p, sim: { ...p.sim!, pinEnabled: true } }, realisticBoot: true, keepBoot: true });
    expect(h.take()).toBe('\r\nRDY\r\n\r\n+CPIN: SIM PIN\r\n');
    await h.command('ATE0');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n');
    await h.advance(1500);
    expect(h.take()).toBe('\r\nSMS DONE\r\n');
    await h.advance(500);
    expect(h.take()).toBe('\r\nPB DONE\r\n');
  });

  it('physical state survives a power cycle, module memory does not', async () => {
    const h = await ModemHarness.start();
    h.modem.state.hardware.supplyMv = 3600;
    h.modem.state.hardware.voltageAlarm.enabled = true;
    const card = h.modem.state.sim.uicc;
    h.modem.reboot(100);
    await h.advance(5000);
    expect(h.modem.state.hardware.supplyMv).toBe(3600);
    expect(h.modem.state.hardware.voltageAlarm.enabled).toBe(false);
    expect(h.modem.state.sim.uicc).toBe(card);
  });
});
