// Wi-Fi scans (chapter 20): timing on the module's clock, the result formats, the scan
// settings, the asynchronous scan and its URCs, and the access points from the control API.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { ControlError } from '../../control/action.js';
import { ModemHarness } from '../../testing/harness.js';
import { ROUND_MS } from '../../wifi/scan.js';

async function module(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

const APS = [
  { bssid: 'aa:bb:cc:00:00:01', channel: 3, rssi: -70 },
  { bssid: 'AA:BB:CC:00:00:02', channel: 13, rssi: -50 },
  { bssid: 'AA:BB:CC:00:00:03', channel: 6, rssi: -96 },
  { bssid: 'AA:BB:CC:00:00:04', channel: 9, rssi: -94 },
  { bssid: 'AA:BB:CC:00:00:05', channel: 1, rssi: -60 },
  { bssid: 'AA:BB:CC:00:00:06', channel: 2, rssi: -61 },
];

describe('AT+CWSTASCAN / AT+CWSTASCANEX', () => {
  it('a scan takes one round of 13 channels (1.56 s) before it answers, strongest first, unheard ones left out', async () => {
    const h = await module();
    await new ModemControl(h.modem).run('set wifi aps', { json: JSON.stringify(APS) });
    h.send('AT+CWSTASCAN\r');
    await h.advance(ROUND_MS - 1);
    expect(h.peek()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CWSTASCAN:\r\nAA:BB:CC:00:00:02,13,-50\r\nAA:BB:CC:00:00:05,1,-60\r\nAA:BB:CC:00:00:06,2,-61\r\nAA:BB:CC:00:00:01,3,-70\r\nAA:BB:CC:00:00:04,9,-94\r\n\r\nOK\r\n');
  });

  it('flag 0 leaves the signal out; nothing heard answers OK alone', async () => {
    const h = await module();
    expect(await h.command('AT+CWSTASCAN=0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CWSTASCAN')).toMatch(/^\r\n\+CWSTASCAN:\r\n50:FA:84:AF:C8:B9,11\r\n86:40:BB:00:2E:AD,11\r\n/);
    await new ModemControl(h.modem).run('set wifi aps', { json: '[]' });
    expect(await h.command('AT+CWSTASCAN')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CWSTASCAN=2')).toBe('\r\nERROR\r\n');
  });

  it('EX settings: rounds and timeout set the time, max bssid the count; omitted ones are kept', async () => {
    const h = await module();
    await new ModemControl(h.modem).run('set wifi aps', { json: JSON.stringify(APS) });
    expect(await h.command('AT+CWSTASCANEX?')).toBe('\r\n+CWSTASCANEX: 1,1,10,5,0\r\n\r\nOK\r\n');
    await h.command('AT+CWSTASCANEX=0,3,4,2');
    expect(await h.command('AT+CWSTASCANEX?')).toBe('\r\n+CWSTASCANEX: 0,3,4,2,0\r\n\r\nOK\r\n');
    h.send('AT+CWSTASCANEX\r');
    await h.advance(1_999);
    expect(h.peek()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CWSTASCANEX:\r\nAA:BB:CC:00:00:02,13\r\nAA:BB:CC:00:00:05,1\r\nAA:BB:CC:00:00:06,2\r\nAA:BB:CC:00:00:01,3\r\n\r\nOK\r\n');
    expect(await h.command('AT+CWSTASCANEX=1,4')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CWSTASCANEX=1,1,11')).toBe('\r\nERROR\r\n');
  });
});

describe('AT+CWSTASCANSYN', () => {
  it('=1 answers OK at once, reads 1 while scanning, reports each access point then 0; a second start is refused, =0 does not stop it', async () => {
    const h = await module();
    expect(await h.command('AT+CWSTASCANSYN=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CWSTASCANSYN?')).toBe('\r\n+CWSTASCANSYN: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CWSTASCANSYN=1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CWSTASCANSYN=0')).toBe('\r\nOK\r\n');
    await h.advance(ROUND_MS);
    expect(h.take()).toBe(
      '\r\n+CWSTASCANSYN: "50:FA:84:AF:C8:B9",11,-61\r\n+CWSTASCANSYN: "86:40:BB:00:2E:AD",11,-65\r\n+CWSTASCANSYN: "1C:15:1F:55:56:7A",1,-76\r\n+CWSTASCANSYN: "B0:D5:9D:AF:57:A1",6,-79\r\n+CWSTASCANSYN: "30:7B:AC:6C:F9:B0",1,-81\r\n+CWSTASCANSYN: 0\r\n',
    );
    expect(await h.command('AT+CWSTASCANSYN?')).toBe('\r\n+CWSTASCANSYN: 0\r\n\r\nOK\r\n');
  });

  it('a restart ends a scan in progress without a report', async () => {
    const h = await module();
    await h.command('AT+CWSTASCANSYN=1');
    await h.command('AT+CRESET');
    await h.advance(30_000);
    expect(h.take()).not.toContain('+CWSTASCANSYN');
  });
});

it('set wifi aps refuses what is not an access point', async () => {
  const h = await module();
  const c = new ModemControl(h.modem);
  await expect(c.run('set wifi aps', { json: '{' })).rejects.toThrow(ControlError);
  await expect(c.run('set wifi aps', { json: '[{"bssid":"xx","channel":1,"rssi":-50}]' })).rejects.toThrow(/bssid/);
  await expect(c.run('set wifi aps', { json: '[{"bssid":"00:11:22:33:44:55","channel":15,"rssi":-50}]' })).rejects.toThrow(/channel/);
  await expect(c.run('set wifi aps', { json: '[{"bssid":"00:11:22:33:44:55","channel":1,"rssi":5}]' })).rejects.toThrow(/rssi/);
});
