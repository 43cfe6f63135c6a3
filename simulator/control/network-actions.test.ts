// Control actions of the radio network: what they change, what they refuse, and the log.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { ControlError } from './action.js';
import { ModemControl } from './control.js';

async function started() {
  const h = await ModemHarness.start();
  const logs: string[] = [];
  h.modem.events.on('log', (m) => logs.push(m));
  await h.command('ATE0');
  return { h, control: new ModemControl(h.modem), logs };
}

describe('network control actions', () => {
  it('are listed and logged', async () => {
    const { control, logs } = await started();
    const help = ModemControl.describe();
    for (const name of ['set signal', 'set coverage', 'set operator', 'set operators', 'set roaming', 'reject registration', 'accept registration', 'set cell', 'set rat', 'set time zone', 'network detach', 'deactivate context', 'set data network', 'set host', 'network status']) {
      expect(help).toContain(name);
    }
    await control.run('set signal', { rsrp: -110 });
    expect(logs).toContain('control: set signal {"rsrp":-110}');
  });

  it('refuse bad parameters with a message that says how to fix them', async () => {
    const { control } = await started();
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['set signal', { csq: 40 }, /--csq must be 0-31/],
      ['set operator', { plmn: '4600' }, /5 or 6 digits/],
      ['set operators', { json: '[' }, /not valid JSON/],
      ['set operators', { json: '[{"long":"x"}]' }, /needs "plmn"/],
      ['reject registration', { cause: 0 }, /1-255/],
      ['set rat', { rat: 'NR' }, /LTE or GSM/],
      ['set time zone', { quarters: 60 }, /-48..56/],
      ['deactivate context', { cid: 3 }, /not active/],
      ['set host', { name: 'x', address: 'nope' }, /dotted IPv4/],
      ['set coverage', {}, /needs --on/],
    ];
    for (const [name, params, message] of cases) {
      await expect(control.run(name, params), name).rejects.toThrow(message);
      await expect(control.run(name, params)).rejects.toBeInstanceOf(ControlError);
    }
  });

  it('change the world, which survives a module restart', async () => {
    const { h, control } = await started();
    await control.run('set signal', { csq: 5 });
    await control.run('set operator', { plmn: '46000' });
    await h.command('AT+CRESET');
    await h.advance(20_000);
    h.take();
    expect(await h.command('AT+CSQ;+COPS?')).toBe('AT+CSQ;+COPS?\r\r\n+CSQ: 5,99\r\n\r\n+COPS: 0,2,"46000",7\r\n\r\nOK\r\n');
    const status = (await control.run('network status')) as { registration: { phase: string; plmn: string; roaming: boolean } };
    expect(status.registration).toMatchObject({ phase: 'registered', plmn: '46000', roaming: true });
  });

  it('network detach needs a registered module; roaming needs another network', async () => {
    const { h, control } = await started();
    await control.run('set operators', { json: '[{"plmn":"46001"}]' });
    await expect(control.run('set roaming', { on: true })).rejects.toThrow(/no other network/);
    await h.command('AT+CFUN=4');
    await expect(control.run('network detach')).rejects.toThrow(/not registered/);
    h.modem.powerOff();
    await expect(control.run('network detach')).rejects.toThrow(/power it on/);
  });
});
