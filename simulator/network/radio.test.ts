// The registration state machine end to end, on the manual clock: power-on, +CFUN, coverage,
// rejects, roaming, cells, the SIM, bands, network detach and NITZ — with the exact URC bytes.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../control/control.js';
import { SIM767XX } from '../profiles/index.js';
import { ModemHarness } from '../testing/harness.js';

const REG_MS = SIM767XX.network.timing.registrationMs;
const OFF_MS = SIM767XX.network.timing.radioOffMs;

async function started(options: Parameters<typeof ModemHarness.start>[0] = {}) {
  const h = await ModemHarness.start(options);
  const control = new ModemControl(h.modem);
  await h.command('ATE0');
  return { h, control };
}

describe('registration after power-on', () => {
  it('searches, then registers registrationMs after the module is ready', async () => {
    const h = await ModemHarness.start({ realisticBoot: true, keepBoot: true });
    // The harness ran the boot to completion: registered by now.
    expect(h.modem.state.network.registration.phase).toBe('registered');
    h.take();
    await h.command('ATE0');
    // Restart and watch the search.
    await h.command('AT+CRESET');
    await h.advance(SIM767XX.boot.resetDelayMs + SIM767XX.boot.readyAfterMs);
    h.take();
    // Ready, but the SIM is still being initialised: not searching yet.
    h.send('AT+CEREG?\r');
    await h.settle();
    expect(h.take()).toBe('AT+CEREG?\r\r\n+CEREG: 0,0\r\n\r\nOK\r\n');
    // The SIM announces itself (+CPIN: READY): the search starts.
    const cpinAt = SIM767XX.boot.urcs.find((u) => u.text.startsWith('+CPIN:'))!.afterMs;
    await h.advance(cpinAt - SIM767XX.boot.readyAfterMs);
    h.take();
    expect(await h.command('AT+CEREG?')).toBe('AT+CEREG?\r\r\n+CEREG: 0,2\r\n\r\nOK\r\n');
    await h.advance(REG_MS);
    expect(await h.command('AT+CEREG?')).toBe('AT+CEREG?\r\r\n+CEREG: 0,1\r\n\r\nOK\r\n');
  });

  it('is registered at once when the harness skips the boot delays', async () => {
    const { h } = await started();
    expect(await h.command('AT+CREG?;+CGREG?;+CEREG?')).toBe('\r\n+CREG: 0,1\r\n\r\n+CGREG: 0,1\r\n\r\n+CEREG: 0,1\r\n\r\nOK\r\n');
  });
});

describe('AT+CFUN=0 and back (issue 4, "Done when")', () => {
  it('deregisters with URCs, and registers again after the manual clock runs the search', async () => {
    const { h } = await started();
    await h.command('AT+CREG=1;+CGREG=1;+CEREG=1;+CGEREP=1');
    // CFUN=0 takes the detach time before OK.
    h.send('AT+CFUN=0\r');
    await h.settle();
    expect(h.take()).toBe('');
    await h.advance(OFF_MS - 1);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nOK\r\n\r\n+SIMCARD: NOT AVAILABLE\r\n\r\n+CGEV: ME DETACH\r\n\r\n+CREG: 0\r\n\r\n+CGREG: 0\r\n\r\n+CEREG: 0\r\n');
    expect(await h.command('AT+CFUN?;+CEREG?;+CGATT?;+CGACT?')).toBe('\r\n+CFUN: 0\r\n\r\n+CEREG: 1,0\r\n\r\n+CGATT: 0\r\n\r\n+CGACT: 1,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CSQ')).toBe('\r\n+CSQ: 99,99\r\n\r\nOK\r\n');

    expect(await h.command('AT+CFUN=1')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n\r\n+CREG: 2\r\n\r\n+CGREG: 2\r\n\r\n+CEREG: 2\r\n');
    // The SIM's start-up codes follow at their boot spacing (simulator/state/sim.ts).
    await h.advance(REG_MS - 1);
    expect(h.take()).toBe('\r\nSMS DONE\r\n');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CREG: 1\r\n\r\n+CGREG: 1\r\n\r\n+CEREG: 1\r\n\r\n+CGEV: ME PDN ACT 1\r\n');
    expect(await h.command('AT+CGATT?;+CGPADDR=1')).toBe('\r\n+CGATT: 1\r\n\r\n+CGPADDR: 1,10.83.214.111\r\n\r\nOK\r\n');
  });

  it('keeps the SIM in flight mode (4) and needs CFUN=6 to leave offline mode (7)', async () => {
    const { h } = await started();
    await h.command('AT+CEREG=1');
    expect(await h.command('AT+CFUN=4')).toBe('\r\nOK\r\n\r\n+CEREG: 0\r\n');
    expect(h.modem.state.sim.lock.status).toBe('ready');
    expect(await h.command('AT+CPSI?')).toBe('\r\n+CPSI: NO SERVICE, Flight Mode\r\n\r\nOK\r\n');
    await h.command('AT+CFUN=7');
    expect(await h.command('AT+CFUN=1')).toBe('\r\n+CME ERROR: operation not allowed\r\n');
    expect(await h.command('AT+CFUN=6')).toBe('\r\nOK\r\n');
    expect(h.modem.power).toBe('off');
    await h.advance(10_000);
    expect(h.modem.state.network.functionality).toBe(1);
    expect(h.modem.state.network.registration.phase).toBe('registered');
  });

  it('resets first with <rst>=1', async () => {
    const { h } = await started();
    expect(await h.command('AT+CFUN=1,1')).toBe('\r\nOK\r\n');
    expect(h.modem.power).toBe('off');
  });

  it('asks for the PIN again after the SIM was powered down', async () => {
    const { h } = await started();
    expect(await h.command('AT+CLCK="SC",1,"1234"')).toBe('\r\nOK\r\n');
    await h.command('AT+CFUN=0');
    expect(await h.command('AT+CFUN=1')).toBe('\r\nOK\r\n\r\n+CPIN: SIM PIN\r\n');
    await h.advance(REG_MS * 3);
    expect(await h.command('AT+CEREG?')).toBe('\r\n+CEREG: 0,0\r\n\r\nOK\r\n');
  });
});

describe('coverage lost and regained (issue 4, "Done when")', () => {
  it('reports 4 out of coverage, then 2 and 1, keeping the PDP context', async () => {
    const { h, control } = await started();
    await h.command('AT+CEREG=1;+CGEREP=1');
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\n+CEREG: 4\r\n');
    expect(await h.command('AT+CSQ;+CNSMOD?;+CGACT?')).toBe('\r\n+CSQ: 99,99\r\n\r\n+CNSMOD: 0,0\r\n\r\n+CGACT: 1,1\r\n\r\nOK\r\n');
    await control.run('set coverage', { on: true });
    await h.settle();
    expect(h.take()).toBe('\r\n+CEREG: 2\r\n');
    await h.advance(REG_MS);
    // Same attach: no new default bearer, same address.
    expect(h.take()).toBe('\r\n+CEREG: 1\r\n');
    expect(await h.command('AT+CGPADDR=1')).toBe('\r\n+CGPADDR: 1,10.83.214.110\r\n\r\nOK\r\n');
  });

  it('reports the location with <n>=2, and a new cell while registered', async () => {
    const { h, control } = await started();
    await h.command('AT+CREG=2;+CGREG=2;+CEREG=2');
    expect(await h.command('AT+CREG?;+CGREG?;+CEREG?')).toBe('\r\n+CREG: 2,1,"9A5F","03E1F982",7\r\n\r\n+CGREG: 2,1,"9A5F","03E1F982"\r\n\r\n+CEREG: 2,1,"9A5F","03E1F982",7\r\n\r\nOK\r\n');
    await control.run('set cell', { tac: 0x1234, ci: 0x0abcdef });
    await h.settle();
    expect(h.take()).toBe('\r\n+CREG: 1,"1234","00ABCDEF",7\r\n\r\n+CGREG: 1,"1234","00ABCDEF"\r\n\r\n+CEREG: 1,"1234","00ABCDEF",7\r\n');
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\n+CREG: 4\r\n\r\n+CGREG: 4\r\n\r\n+CEREG: 4\r\n');
  });
});

describe('the network refuses, roams, detaches', () => {
  it('denies registration with a reject cause, detaching (NW DETACH), and registers when accepted again', async () => {
    const { h, control } = await started();
    await h.command('AT+CEREG=1;+CGEREP=1');
    await control.run('reject registration', { cause: 15 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CGEV: NW DETACH\r\n\r\n+CEREG: 3\r\n');
    expect(await h.command('AT+COPS?;+CGACT?')).toBe('\r\n+COPS: 0\r\n\r\n+CGACT: 1,0\r\n\r\nOK\r\n');
    await control.run('accept registration');
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CEREG: 2\r\n\r\n+CEREG: 1\r\n\r\n+CGEV: ME PDN ACT 1\r\n');
  });

  it('reports 5 when roaming, and the visited network in +COPS?', async () => {
    const { h, control } = await started();
    await h.command('AT+CEREG=1');
    await control.run('set roaming', { on: true });
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CEREG: 2\r\n\r\n+CEREG: 5\r\n');
    expect(await h.command('AT+COPS=3,0;+COPS?')).toBe('\r\n+COPS: 0,0,"CHINA MOBILE",7\r\n\r\nOK\r\n');
    await control.run('set roaming', { on: false });
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CEREG: 2\r\n\r\n+CEREG: 1\r\n');
  });

  it('is detached by the network and attaches again', async () => {
    const { h, control } = await started();
    await h.command('AT+CGREG=1;+CGEREP=1');
    await control.run('network detach');
    await h.settle();
    expect(h.take()).toBe('\r\n+CGEV: NW DETACH\r\n\r\n+CGREG: 2\r\n');
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CGREG: 1\r\n\r\n+CGEV: ME PDN ACT 1\r\n');
  });

  it('loses the cell when its band is deselected with +CNBP, and finds it again', async () => {
    const { h } = await started();
    await h.command('AT+CEREG=1');
    // Band 3 (bit 2) out of the example's mask.
    expect(await h.command('AT+CNBP=0X000001E20A0818DB')).toBe('\r\nOK\r\n\r\n+CEREG: 4\r\n');
    expect(await h.command('AT+CNBP=0X000001E20A0818DF')).toBe('\r\nOK\r\n\r\n+CEREG: 2\r\n');
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CEREG: 1\r\n');
  });
});

describe('the SIM decides whether the module registers', () => {
  it('stays at 0 without a SIM', async () => {
    const { h } = await started({ profile: { ...SIM767XX, sim: null } });
    await h.advance(REG_MS * 2);
    expect(await h.command('AT+CREG?;+CEREG?;+COPS?')).toBe('\r\n+CREG: 0,0\r\n\r\n+CEREG: 0,0\r\n\r\n+COPS: 0\r\n\r\nOK\r\n');
  });

  it('registers once the PIN is entered, deregisters when the card is pulled', async () => {
    const { h, control } = await started({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, pinEnabled: true } } });
    await h.command('AT+CEREG=1');
    expect(h.modem.state.network.registration.phase).toBe('no-sim');
    await h.advance(REG_MS * 2);
    expect(await h.command('AT+CEREG?')).toBe('\r\n+CEREG: 1,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN="1234"')).toBe('\r\nOK\r\n\r\n+CPIN: READY\r\n\r\n+CEREG: 2\r\n');
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\nSMS DONE\r\n\r\n+CEREG: 1\r\n');
    // The SIM subsystem's control action; the radio follows after it.
    await control.run('remove sim');
    await h.settle();
    expect(h.take()).toBe('\r\n+CEREG: 0\r\n');
  });
});

describe('the SIM\'s network data', () => {
  it('skips networks in the SIM\'s forbidden list (EF_FPLMN) and takes the home network from EF_AD', async () => {
    const { h } = await started({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, forbiddenPlmns: ['46001'] } } });
    // The home network is forbidden by the card: automatic selection goes elsewhere, roaming.
    expect(await h.command('AT+CEREG?;+COPS?')).toBe('\r\n+CEREG: 0,5\r\n\r\n+COPS: 0,2,"46000",7\r\n\r\nOK\r\n');
    const us = await started({ profile: { ...SIM767XX, sim: { ...SIM767XX.sim!, imsi: '310260123456789', mncLength: 3 } } });
    await us.control.run('set operators', { json: JSON.stringify([{ plmn: '310260', long: 'T-Mobile', short: 'TMO' }]) });
    await us.h.advance(REG_MS);
    expect(await us.h.command('AT+CEREG?')).toBe('\r\n+CEREG: 0,1\r\n\r\nOK\r\n');
  });
});

describe('network time (NITZ)', () => {
  it('reports the zone on registration per +CTZR and sets the RTC per +CTZU', async () => {
    const { h, control } = await started();
    await h.command('AT+CTZR=1;+CTZU=3');
    await h.command('AT+CFUN=4');
    await h.command('AT+CFUN=1');
    await h.advance(REG_MS);
    expect(h.take()).toBe('\r\n+CTZV: "+32"\r\n');
    // CTZU=3: local time (UTC+8) in the RTC.
    expect(await h.command('AT+CCLK?')).toMatch(/^\r\n\+CCLK: "24\/12\/06,16:00:0\d\+32"\r\n\r\nOK\r\n$/);
    await h.command('AT+CTZR=3');
    await control.run('set time zone', { quarters: -20, dst: 1 });
    await h.settle();
    expect(h.take()).toMatch(/^\r\n\+CTZEU: "-20",1,"2024\/12\/06,08:00:0\d"\r\n$/);
    await h.command('AT+CTZR=0');
    await control.run('set time zone', { quarters: 4 });
    await h.settle();
    expect(h.take()).toBe('');
  });
});
