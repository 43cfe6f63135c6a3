// The SSL client's service and settings (manual §17.2.5-17.2.11): AT+CCHSET and AT+CCHMODE
// before AT+CCHSTART only, AT+CCHSTART/AT+CCHSTOP per context and their failures, AT+CCHADDR,
// the client context of AT+CCHSSLCFG and AT+CCHCFG, and a power cycle forgetting it all.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';

async function module(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

async function start(h: ModemHarness, line = 'AT+CCHSTART', urc = '+CCHSTART: 0'): Promise<void> {
  expect(await h.command(line)).toBe('\r\nOK\r\n');
  await h.advance(5000);
  expect(h.take()).toBe(`\r\n${urc}\r\n`);
}

describe('AT+CCHSET and AT+CCHMODE', () => {
  it('set the modes before AT+CCHSTART, answer ERROR while it runs, and may change again after AT+CCHSTOP', async () => {
    const h = await module();
    expect(await h.command('AT+CCHSET=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHSET?')).toBe('\r\n+CCHSET: 1,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHSET=0,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHSET=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHMODE=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHMODE?')).toBe('\r\n+CCHMODE: 1\r\n\r\nOK\r\n');
    await start(h);
    expect(await h.command('AT+CCHSET=1,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHMODE=0')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSET?')).toBe('\r\n+CCHSET: 0,1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nOK\r\n\r\n+CCHSTOP: 0\r\n');
    expect(await h.command('AT+CCHMODE=0')).toBe('\r\nOK\r\n');
  });

  it('are not saved: a power cycle starts from 0,0 and 0', async () => {
    const h = await module();
    await h.command('AT+CCHSET=1,1;+CCHMODE=1');
    await new ModemControl(h.modem).run('reboot');
    await h.advance(60_000);
    h.take();
    await h.command('ATE0');
    expect(await h.command('AT+CCHSET?;+CCHMODE?')).toBe('\r\n+CCHSET: 0,0\r\n\r\n+CCHMODE: 0\r\n\r\nOK\r\n');
  });
});

describe('AT+CCHSTART and AT+CCHSTOP', () => {
  it('start on the active default bearer after the start-up time; write forms name the context', async () => {
    const h = await module();
    expect(await h.command('AT+CCHSTART=1')).toBe('\r\nOK\r\n');
    await h.advance(199);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CCHSTART: 0,1\r\n');
    expect(await h.command('AT+CCHSTART=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSTOP=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSTOP=1')).toBe('\r\nOK\r\n\r\n+CCHSTOP: 0,1\r\n');
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nERROR\r\n');
  });

  it('activate a context that is not active, and fail with the manual\'s codes', async () => {
    const h = await module();
    expect(await h.command('AT+CCHSTART=3')).toBe('\r\nERROR\r\n\r\n+CCHSTART: 8,3\r\n'); // no definition
    expect(await h.command('AT+CCHSTART=16')).toBe('\r\nERROR\r\n');
    await h.command('AT+CGDCONT=3,"IP","cmnet"');
    await start(h, 'AT+CCHSTART=3', '+CCHSTART: 0,3');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 3,1');
    expect(await h.command('AT+CCHADDR=3')).toMatch(/^\r\n\+CCHADDR: \d+\.\d+\.\d+\.\d+\r\n\r\nOK\r\n$/);
    // Refused by the network: OK, then +CCHSTART: 9,<cid>.
    await new ModemControl(h.modem).run('set data network', { apns: 'cmnet' });
    await h.command('AT+CGDCONT=4,"IP","elsewhere"');
    await start(h, 'AT+CCHSTART=4', '+CCHSTART: 9,4');
    // Not registered: ERROR, then +CCHSTART: 17.
    await h.command('AT+CFUN=4');
    await h.settle();
    h.take();
    expect(await h.command('AT+CCHSTART')).toBe('\r\nERROR\r\n\r\n+CCHSTART: 17\r\n');
  });

  it('the bearer going stops the service with +CCH:CCH STOP', async () => {
    const h = await module();
    await start(h);
    await new ModemControl(h.modem).run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toContain('\r\n+CCH:CCH STOP\r\n');
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSET=1')).toBe('\r\nOK\r\n');
  });
});

describe('AT+CCHADDR', () => {
  it('answers the address of an active context, ERROR otherwise', async () => {
    const h = await module();
    const address = (h.modem.state.packet.contexts[1] as { address: string }).address;
    expect(await h.command('AT+CCHADDR')).toBe(`\r\n+CCHADDR: ${address}\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CCHADDR=1')).toBe(`\r\n+CCHADDR: ${address}\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CCHADDR=2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHADDR=0')).toBe('\r\nERROR\r\n');
  });
});

describe('the client context: AT+CCHSSLCFG and AT+CCHCFG', () => {
  it('needs the service started for what it sets; the queries answer at any time', async () => {
    const h = await module();
    expect(await h.command('AT+CCHSSLCFG=0,1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG="sendtimeout",0,120')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG="CID",2')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG="CID"')).toBe('\r\n+CCHCFG: "CID",1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG?')).toBe('\r\n+CCHCFG: 0,150,\r\n+CCHCFG: 1,150,\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHSSLCFG?')).toBe('\r\n+CCHSSLCFG: 0,\r\n+CCHSSLCFG: 1,\r\n\r\nOK\r\n');
  });

  it('sets the send timeout, the SSL context and the contexts of the sessions', async () => {
    const h = await module();
    await start(h);
    expect(await h.command('AT+CCHCFG="sendtimeout",1,60')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="sendtimeout",1,59')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG="sslctx",0,9')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="sslctx",0,10')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHSSLCFG=1,4')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHSSLCFG=2,4')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG?')).toBe('\r\n+CCHCFG: 0,150,9\r\n+CCHCFG: 1,60,4\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHSSLCFG?')).toBe('\r\n+CCHSSLCFG: 0,9\r\n+CCHSSLCFG: 1,4\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="SCID",1,5')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="SCID"')).toBe('\r\n+CCHCFG: "SCID",0,1\r\n+CCHCFG: "SCID",1,5\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="CID",3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="SCID",1')).toBe('\r\n+CCHCFG: "SCID",1,3\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="CID",16')).toBe('\r\nERROR\r\n');
    // Session 1 now rides context 3, where the service is not started.
    expect(await h.command('AT+CCHOPEN=1,"127.0.0.1",443')).toBe('\r\nERROR\r\n');
    // AT+CCHSTOP ends the service: the client contexts are cleared.
    expect(await h.command('AT+CCHSTOP')).toBe('\r\nOK\r\n\r\n+CCHSTOP: 0\r\n');
    expect(await h.command('AT+CCHCFG?')).toBe('\r\n+CCHCFG: 0,150,\r\n+CCHCFG: 1,150,\r\n\r\nOK\r\n');
    expect(await h.command('AT+CCHCFG="CID"')).toBe('\r\n+CCHCFG: "CID",1\r\n\r\nOK\r\n');
  });

  it('rejects keywords the manual does not have', async () => {
    const h = await module();
    await start(h);
    expect(await h.command('AT+CCHCFG="timeout",0,60')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CCHCFG="SCID",,2')).toBe('\r\nERROR\r\n');
  });
});
