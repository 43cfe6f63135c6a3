// SIM767XX §5.2.4 AT+CGACT.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

const ACT_MS = SIM767XX.network.world.packet.activationMs;

async function started() {
  const h = await ModemHarness.start();
  await h.command('ATE0;+CGEREP=1');
  return { h, control: new ModemControl(h.modem) };
}

describe('AT+CGACT', () => {
  it('activates a defined context after the activation time, with an address and +CGEV', async () => {
    const { h } = await started();
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    h.send('AT+CGACT=1,2\r');
    await h.advance(ACT_MS - 1);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN ACT 2\r\n');
    expect(await h.command('AT+CGACT?;+CGPADDR=2')).toBe('\r\n+CGACT: 1,1\r\n+CGACT: 2,1\r\n\r\n+CGPADDR: 2,10.83.214.111\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGACT=1,2')).toBe('\r\nOK\r\n');
  });

  it('deactivates one or all contexts, and leaves inactive ones alone', async () => {
    const { h } = await started();
    await h.command('AT+CGDCONT=2,"IP","cmnet";+CGACT=1,2');
    expect(await h.command('AT+CGACT=0,2')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN DEACT 2\r\n');
    expect(await h.command('AT+CGACT=0,2')).toBe('\r\nOK\r\n');
    await h.command('AT+CGACT=1');
    expect(await h.command('AT+CGACT?')).toBe('\r\n+CGACT: 1,1\r\n+CGACT: 2,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGACT=0')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN DEACT 1\r\n\r\n+CGEV: ME PDN DEACT 2\r\n');
    // Still registered: an LTE module may stay attached without a PDN here.
    expect(await h.command('AT+CGATT?')).toBe('\r\n+CGATT: 1\r\n\r\nOK\r\n');
  });

  it('answers the manual\'s codes for undefined contexts and the network\'s refusals', async () => {
    const { h, control } = await started();
    expect(await h.command('AT+CGACT=1,5')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    expect(await h.command('AT+CGACT=1,16')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGACT=2,1')).toBe('\r\nERROR\r\n');
    await control.run('set data network', { apns: 'cmnet' });
    await h.command('AT+CGDCONT=2,"IP","wrong"');
    expect(await h.command('AT+CGACT=1,2')).toBe('\r\n+CME ERROR: Mission or unknown APN\r\n');
    await h.command('AT+CGDCONT=3,"IPV6","cmnet"');
    expect(await h.command('AT+CGACT=1,3')).toBe('\r\n+CME ERROR: PDN type IPv4 only allowed\r\n');
    await h.command('AT+CGDCONT=4,"IPV4V6","cmnet"');
    expect(await h.command('AT+CGACT=1,4')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN ACT 4,0\r\n');
    await control.run('set data network', { user: 'u', password: 'p' });
    await h.command('AT+CGDCONT=5,"IP","cmnet"');
    expect(await h.command('AT+CGACT=1,5')).toBe('\r\n+CME ERROR: PDP authentication failure\r\n');
    await h.command('AT+CGAUTH=5,1,"p","u"');
    expect(await h.command('AT+CGACT=1,5')).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN ACT 5\r\n');
  });

  it('attaches first when detached', async () => {
    const { h } = await started();
    await h.command('AT+CGATT=0');
    await h.advance(10_000);
    h.take();
    h.send('AT+CGACT=1,1\r');
    await h.finish();
    expect(h.take()).toBe('\r\nOK\r\n\r\n+CGEV: ME PDN ACT 1\r\n');
  });
});
