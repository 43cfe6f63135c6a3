// SIM767XX §2.2.1 ATD: data calls (the PPP conversation itself is in
// simulator/network/ppp/endpoint.test.ts) and voice calls as far as the manual describes them.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';

const timing = SIM767XX.network.timing;

async function started(options: Parameters<typeof ModemHarness.start>[0] = {}) {
  const h = await ModemHarness.start(options);
  await h.command('ATE0');
  return { h, control: new ModemControl(h.modem) };
}

describe('ATD*99# data calls', () => {
  it('answers CONNECT and starts PPP on the default bearer', async () => {
    const { h } = await started();
    const out = await h.command('ATD*99#');
    expect(out.startsWith('\r\nCONNECT\r\n~')).toBe(true);
    expect(h.modem.port.mode).toBe('data');
    expect(h.modem.state.calls.data?.cid).toBe(1);
  });

  it('brings up an inactive context for ATD*99***<cid>#', async () => {
    const { h } = await started();
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    expect((await h.command('ATD*99***2#')).startsWith('\r\nCONNECT\r\n')).toBe(true);
    expect(h.modem.state.packet.contexts[2]?.status).toBe('active');
  });

  it('says NO CARRIER without network or when the network refuses the context, +CME ERROR for the SIM and undefined contexts', async () => {
    const { h, control } = await started();
    await control.run('set data network', { apns: 'only.this' });
    await h.command('AT+CGDCONT=2,"IP","other"');
    expect(await h.command('ATD*99***2#')).toBe('\r\nNO CARRIER\r\n');
    expect(await h.command('ATD*99***3#')).toBe('\r\n+CME ERROR: CID is not defined\r\n');
    await h.command('AT+CFUN=4');
    expect(await h.command('ATD*99#')).toBe('\r\nNO CARRIER\r\n');
    const none = await started({ profile: { ...SIM767XX, sim: null } });
    expect(await none.h.command('ATD*99#')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
  });

  it('treats a dial string without ";" as a circuit-switched call: NO CARRIER on LTE', async () => {
    const { h } = await started();
    expect(await h.command('ATD10086')).toBe('\r\nNO CARRIER\r\n');
    expect(await h.command('ATD')).toBe('\r\nERROR\r\n');
  });
});

describe('ATD<n>; voice calls', () => {
  it('answers OK, then VOICE CALL: BEGIN when the far end answers', async () => {
    const { h, control } = await started();
    await control.run('set callee', { outcome: 'answer', afterMs: 4000 });
    expect(await h.command('ATD+8613800138000;')).toBe('\r\nOK\r\n');
    await h.advance(3999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nVOICE CALL: BEGIN\r\n');
    expect(await h.command('ATD10010;')).toBe('\r\n+CME ERROR: operation not allowed\r\n');
  });

  it('reports BUSY, NO ANSWER and NO CARRIER as the far end behaves', async () => {
    const { h, control } = await started();
    await control.run('set callee', { outcome: 'busy', afterMs: 2000 });
    await h.command('ATD10086;');
    await h.advance(2000);
    expect(h.take()).toBe('\r\nBUSY\r\n');
    await control.run('set callee', { outcome: 'no-answer' });
    await h.command('ATD10086;');
    await h.advance(timing.noAnswerMs - 1);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nNO ANSWER\r\n');
    await control.run('set callee', { outcome: 'no-carrier', afterMs: 500 });
    await h.command('ATD10086;');
    await h.advance(500);
    expect(h.take()).toBe('\r\nNO CARRIER\r\n');
  });

  it('ends with VOICE CALL: END and NO CARRIER when the far end hangs up or the network goes', async () => {
    const { h, control } = await started();
    await control.run('set callee', { outcome: 'answer', afterMs: 1000 });
    await h.command('ATD10086;');
    await h.advance(1000 + 83_000);
    h.take();
    await control.run('remote hangup');
    await h.settle();
    expect(h.take()).toBe('\r\nVOICE CALL: END: 000123\r\n\r\nNO CARRIER\r\n');
    await h.command('ATD10086;');
    await h.advance(1000 + 5000);
    h.take();
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\nVOICE CALL: END: 000005\r\n\r\nNO CARRIER\r\n');
  });

  it('checks the dial string: modifiers ignored, bad characters and length refused, 112 without a SIM', async () => {
    const { h } = await started();
    expect(await h.command('ATD1,0T0P8!6W@I;')).toBe('\r\nOK\r\n');
    expect(h.modem.state.calls.voice?.number).toBe('10086');
    await h.command('ATH');
    expect(await h.command('ATD10x86;')).toBe('\r\n+CME ERROR: invalid characters in dial str\r\n');
    expect(await h.command(`ATD${'1'.repeat(41)};`)).toBe('\r\n+CME ERROR: dial str too long\r\n');
    const none = await started({ profile: { ...SIM767XX, sim: null } });
    expect(await none.h.command('ATD10086;')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
    expect(await none.h.command('ATD112;')).toBe('\r\nOK\r\n');
    await none.h.command('AT+CFUN=4');
    expect(await none.h.command('ATD112;')).toBe('\r\nNO CARRIER\r\n');
  });
});

describe('incoming calls', () => {
  it('rings every ringIntervalMs until answered after S0 rings', async () => {
    const { h, control } = await started();
    await control.run('incoming call', { number: '+8613912345678' });
    await h.settle();
    expect(h.take()).toBe('\r\nRING\r\n');
    await h.advance(timing.ringIntervalMs);
    expect(h.take()).toBe('\r\nRING\r\n');
    await h.command('ATS0=3');
    await h.advance(timing.ringIntervalMs);
    expect(h.take()).toBe('\r\nRING\r\n\r\nVOICE CALL: BEGIN\r\n');
    await expect(control.run('incoming call', { number: '1' })).rejects.toThrow(/busy/);
  });

  it('is refused with ATH, and ends with NO CARRIER when the caller gives up', async () => {
    const { h, control } = await started();
    await control.run('incoming call', { number: '10086' });
    await h.settle();
    h.take();
    expect(await h.command('ATH')).toBe('\r\nOK\r\n');
    await h.advance(60_000);
    expect(h.take()).toBe('');
    await control.run('incoming call', { number: '10086' });
    await control.run('remote hangup');
    await h.settle();
    expect(h.take()).toBe('\r\nRING\r\n\r\nNO CARRIER\r\n');
    await h.command('AT+CFUN=4');
    await expect(control.run('incoming call', { number: '10086' })).rejects.toThrow(/not registered/);
  });
});
