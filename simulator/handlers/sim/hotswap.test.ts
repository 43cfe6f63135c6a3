// AT+UIMHOTSWAPON / AT+UIMHOTSWAPLEVEL (§6.2.11-6.2.12) with card removal and insertion
// driven from the control API.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { FIXTURES_SIM_DIR } from '../../testing/manual-card.js';

async function restart(h: ModemHarness): Promise<void> {
  await h.command('AT+CRESET');
  await h.advance(5000);
  h.take();
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
}

async function modem(): Promise<{ h: ModemHarness; control: ModemControl }> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return { h, control: new ModemControl(h.modem) };
}

describe('SIM hot swap', () => {
  it('saves the settings (AUTO_SAVE) and applies them from the next start', async () => {
    const { h } = await modem();
    expect(await h.command('AT+UIMHOTSWAPON?')).toBe('\r\n+UIMHOTSWAPON: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+UIMHOTSWAPON=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+UIMHOTSWAPLEVEL=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+UIMHOTSWAPON?')).toBe('\r\n+UIMHOTSWAPON: 1\r\n\r\nOK\r\n');
    expect(h.modem.state.sim.hotswapInForce).toEqual({ enabled: false, level: 0 });
    await restart(h);
    expect(await h.command('AT+UIMHOTSWAPON?;+UIMHOTSWAPLEVEL?')).toBe('\r\n+UIMHOTSWAPON: 1\r\n\r\n+UIMHOTSWAPLEVEL: 1\r\n\r\nOK\r\n');
    expect(h.modem.state.sim.hotswapInForce).toEqual({ enabled: true, level: 1 });
    expect(await h.command('AT+UIMHOTSWAPON=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+UIMHOTSWAPLEVEL=2')).toBe('\r\nERROR\r\n');
  });

  it('with hot swap on: removal prints +CPIN: SIM REMOVED, insertion brings the card up', async () => {
    const { h, control } = await modem();
    await h.command('AT+UIMHOTSWAPON=1');
    await restart(h);
    await control.run('remove sim');
    await h.settle();
    expect(h.take()).toBe('\r\n+CPIN: SIM REMOVED\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n+CME ERROR: 10\r\n');
    await control.run('insert sim');
    await h.settle();
    expect(h.take()).toBe('');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 14\r\n');
    await h.advance(500);
    expect(h.take()).toBe('\r\n+CPIN: READY\r\n');
    await h.advance(1500);
    expect(h.take()).toBe('\r\nSMS DONE\r\n');
    expect(await h.command('AT+CIMI')).toBe('\r\n460010222028133\r\n\r\nOK\r\n');
  });

  it('a PIN-locked card inserted asks for its PIN, without SMS DONE', async () => {
    const { h, control } = await modem();
    await h.command('AT+UIMHOTSWAPON=1');
    await restart(h);
    await control.run('remove sim');
    await control.run('insert sim', { file: `${FIXTURES_SIM_DIR}pin-locked.json` });
    await h.advance(5000);
    expect(h.take()).toBe('\r\n+CPIN: SIM REMOVED\r\n\r\n+CPIN: SIM PIN\r\n');
    expect(await h.command('AT+CICCID')).toBe('\r\n+ICCID: 8944500102198304826\r\n\r\nOK\r\n');
  });

  it('with hot swap off: the module notices neither removal nor insertion until it restarts', async () => {
    const { h, control } = await modem();
    await control.run('remove sim');
    await h.advance(5000);
    expect(h.take()).toBe('');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    await control.run('insert sim');
    await h.advance(5000);
    expect(h.take()).toBe('');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    await restart(h);
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
  });

  it('boots without a card: +CPIN: SIM REMOVED in place of +CPIN: READY, no SMS DONE', async () => {
    const h = await ModemHarness.start({ realisticBoot: true, keepBoot: true });
    h.take();
    await new ModemControl(h.modem).run('remove sim');
    h.modem.powerOff();
    h.modem.powerOn();
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: SIM REMOVED\r\n');
  });

  it('with the detection level wrong for the board, a present card is taken for an empty slot', async () => {
    const { h } = await modem();
    await h.command('AT+UIMHOTSWAPON=1;+UIMHOTSWAPLEVEL=1');
    await restart(h);
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CME ERROR: 10\r\n');
    await h.command('AT+UIMHOTSWAPLEVEL=0');
    await restart(h);
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
  });

  it('refuses impossible control requests with a message', async () => {
    const { control } = await modem();
    await expect(control.run('insert sim')).rejects.toThrow(/already in the slot/);
    await control.run('remove sim');
    await expect(control.run('remove sim')).rejects.toThrow(/already empty/);
    await expect(control.run('insert sim', { file: '/nonexistent.json' })).rejects.toThrow(/cannot read SIM profile/);
    await expect(control.run('insert sim', { iccid: '12' })).rejects.toThrow(/iccid/);
  });
});

describe('SIM removed while the module starts', () => {
  it('reports the empty slot once, in place of the boot +CPIN', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+UIMHOTSWAPON=1');
    h.modem.powerOff();
    h.modem.powerOn();
    await h.advance(1600);
    h.take();
    await new ModemControl(h.modem).run('remove sim');
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n+CPIN: SIM REMOVED\r\n');
  });
});
