// +CTBURST (§19.2.1): the RF test only at minimum functionality, band/channel checks against
// TS 36.101, one test at a time, the status words after OK.

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

async function module(cfun0 = true): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  if (cfun0) {
    await h.command('AT+CFUN=0');
    await h.advance(5_000);
    h.take();
  }
  return h;
}

const MT = '\r\nMT000000000000\r\n';

describe('AT+CTBURST', () => {
  it('TX on band 1 at 1920 MHz, 23 dBm; then off', async () => {
    const h = await module();
    expect(await h.command('AT+CTBURST=1,1,19200,92')).toBe('\r\n+CTBURST: TX ON\r\n\r\nOK\r\n' + MT + MT);
    expect(h.modem.state.ctburst.burst).toEqual({ status: 'tx', band: 1, channel: 19200, powerQdbm: 92 });
    expect(await h.command('AT+CTBURST=0')).toBe('\r\n+CTBURST: TX/RX OFF\r\n\r\nOK\r\n' + MT + MT);
    expect(h.modem.state.ctburst.burst).toEqual({ status: 'off' });
  });

  it('MTFC: not at +CFUN=0, or a test already running', async () => {
    const h = await module(false);
    expect(await h.command('AT+CTBURST=1,1,19200,92')).toBe('\r\nOK\r\n\r\nMTFC0000000000\r\n');
    expect(h.modem.state.ctburst.burst.status).toBe('off');
    await h.command('AT+CFUN=0');
    h.take();
    await h.command('AT+CTBURST=1,1,19200,92');
    expect(await h.command('AT+CTBURST=2,1,21100,90,3')).toBe('\r\nOK\r\n\r\nMTFC0000000000\r\n');
  });

  it('MTFE: a band the module lacks, or a channel outside the band (uplink for TX, downlink for RX)', async () => {
    const h = await module();
    expect(await h.command('AT+CTBURST=1,14,7880,92')).toBe('\r\nOK\r\n\r\nMTFE0000000000\r\n');
    expect(await h.command('AT+CTBURST=1,1,21100,92')).toBe('\r\nOK\r\n\r\nMTFE0000000000\r\n');
    expect(await h.command('AT+CTBURST=2,1,19200,90')).toBe('\r\nOK\r\n\r\nMTFE0000000000\r\n');
    expect(await h.command('AT+CTBURST=2,3,18420,90,2')).toBe('\r\nOK\r\n' + MT + '\r\n+CTBURST: RX -90\r\n');
  });

  it('syntax: band, channel and power go together; out-of-range values are refused', async () => {
    const h = await module();
    expect(await h.command('AT+CTBURST=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CTBURST=1,1,19200,105')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CTBURST=3')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CTBURST=?')).toBe('\r\n+CTBURST=0-2,1-74,3000-65535,80-104,0-5\r\n\r\nOK\r\n');
  });
});
