// Storage commands end to end: +CMGW/+CMGR/+CMGL/+CMGD/+CMGMT/+CMGRD/+CPMS, memory full,
// invalid indexes, status changes, and persistence across a restart (state directory).

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';
import { ModemControl } from '../../control/control.js';

async function textModem(options: Parameters<typeof ModemHarness.start>[0] = {}): Promise<ModemHarness> {
  const h = await ModemHarness.start(options);
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  await h.command('AT+CMGF=1');
  return h;
}

async function write(h: ModemHarness, body: string, args = '"+15551112222"'): Promise<string> {
  await h.command(`AT+CMGW=${args}`);
  h.send(body + '\x1a');
  await h.finish();
  return h.take();
}

describe('+CMGW / +CMGR / +CMGL / +CMGD', () => {
  it('writes to <mem2>, fills the memory, then answers +CMS ERROR: 322', async () => {
    const h = await textModem();
    await h.command('AT+CPMS="ME","ME","ME"');
    for (let i = 0; i < 10; i++) expect(await write(h, `m${i}`)).toBe(`\r\n+CMGW: ${i}\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CMGW="+15551112222"')).toBe('\r\n+CMS ERROR: 322\r\n');
    expect(await h.command('AT+CPMS?')).toBe('\r\n+CPMS: "ME",10,10,"ME",10,10,"ME",10,10\r\n\r\nOK\r\n');
  });

  it('answers 321 for an index outside the memory and OK for an empty location', async () => {
    const h = await textModem();
    expect(await h.command('AT+CMGR=50')).toBe('\r\n+CMS ERROR: 321\r\n');
    expect(await h.command('AT+CMGR=3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CMGD=50')).toBe('\r\n+CMS ERROR: 321\r\n');
    expect(await h.command('AT+CMGMT=99')).toBe('\r\n+CMS ERROR: 321\r\n');
  });

  it('marks REC UNREAD read on +CMGR and +CMGL but not on +CMGRD', async () => {
    const h = await textModem({ clock: undefined });
    const control = new ModemControl(h.modem);
    await control.run('inject sms', { from: '+15550001111', text: 'one' });
    await control.run('inject sms', { from: '+15550001111', text: 'two' });
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTI: "SM",0\r\n\r\n+CMTI: "SM",1\r\n');
    expect(await h.command('AT+CMGL="REC UNREAD"')).toBe(
      '\r\n+CMGL: 0,"REC UNREAD","+15550001111",,"24/12/06,16:00:00+32"\r\none\r\n+CMGL: 1,"REC UNREAD","+15550001111",,"24/12/06,16:00:00+32"\r\ntwo\r\n\r\nOK\r\n',
    );
    expect(await h.command('AT+CMGL="REC UNREAD"')).toBe('\r\n\r\nOK\r\n'.replace('\r\n\r\n', '\r\n'));
    expect(await h.command('AT+CMGR=0')).toBe('\r\n+CMGR: "REC READ","+15550001111",,"24/12/06,16:00:00+32"\r\none\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMGRD=1')).toBe('\r\n+CMGRD: "REC READ","+15550001111",,"24/12/06,16:00:00+32"\r\ntwo\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMGR=1')).toBe('\r\nOK\r\n');
  });

  it('lists received unread messages on a bare AT+CMGL (27.005 §3.4.2: <stat> omitted)', async () => {
    const h = await textModem();
    const control = new ModemControl(h.modem);
    await control.run('inject sms', { from: '+15550001111', text: 'new' });
    await h.settle();
    await write(h, 'draft');
    h.take();
    expect(await h.command('AT+CMGL')).toBe('\r\n+CMGL: 0,"REC UNREAD","+15550001111",,"24/12/06,16:00:00+32"\r\nnew\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMGL')).toBe('\r\nOK\r\n');
  });

  it('deletes by <delflag> 1-4 as 27.005 §3.5.4 says', async () => {
    const h = await textModem();
    const fill = async () => {
      await h.command('AT+CMGD=,4');
      await write(h, 'unread', '"+1555",145,"REC UNREAD"');
      await write(h, 'read', '"+1555",145,"REC READ"');
      await write(h, 'unsent', '"+1555",145,"STO UNSENT"');
      await write(h, 'sent', '"+1555",145,"STO SENT"');
    };
    const left = async () => (await h.command('AT+CMGL="ALL"')).match(/"(REC UNREAD|REC READ|STO UNSENT|STO SENT)"/g) ?? [];
    await fill();
    await h.command('AT+CMGD=0,1');
    expect(await left()).toEqual(['"REC UNREAD"', '"STO UNSENT"', '"STO SENT"']);
    await fill();
    await h.command('AT+CMGD=0,2');
    expect(await left()).toEqual(['"REC UNREAD"', '"STO UNSENT"']);
    await fill();
    await h.command('AT+CMGD=0,3');
    expect(await left()).toEqual(['"REC UNREAD"']);
    await fill();
    expect(await h.command('AT+CMGD=,4')).toBe('\r\nOK\r\n');
    expect(await left()).toEqual([]);
  });

  it('lists in PDU mode with the SC address in the PDU and the TPDU length', async () => {
    const h = await textModem();
    await write(h, 'hellohello', '"+46708251358"');
    await h.command('AT+CMGF=0');
    expect(await h.command('AT+CMGL=4')).toBe('\r\n+CMGL: 0,2,,23\r\n0891683108100005F011000B916407281553F80000A70AE8329BFD4697D9EC37\r\n\r\nOK\r\n');
    expect(await h.command('AT+CMGL="ALL"')).toBe('\r\n+CMS ERROR: 304\r\n');
    await h.command('AT+CMGF=1');
    expect(await h.command('AT+CMGL=4')).toBe('\r\n+CMS ERROR: 305\r\n');
  });

  it('refuses a malformed PDU with 304 and stores nothing', async () => {
    const h = await textModem();
    await h.command('AT+CMGF=0');
    for (const [len, pdu] of [
      ['23', '0011000B916407281553F80000AA0AE8329BFD4697D9EC'],
      ['22', '0011000B916407281553F80000AA0AE8329BFD4697D9EC37'],
      ['23', 'ZZ11000B916407281553F80000AA0AE8329BFD4697D9EC37'],
      ['23', '0004000B916407281553F80000AA0AE8329BFD4697D9EC37'],
    ] as const) {
      await h.command(`AT+CMGW=${len}`);
      h.send(pdu + '\x1a');
      await h.finish();
      expect(h.take()).toBe('\r\n+CMS ERROR: 304\r\n');
    }
    expect(await h.command('AT+CPMS?')).toBe('\r\n+CPMS: "SM",0,50,"SM",0,50,"SM",0,50\r\n\r\nOK\r\n');
  });

  it('keeps messages and AUTO_SAVE settings across a restart with a state directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sms-state-'));
    const h = await textModem({ stateDir: dir });
    await h.command('AT+CSMP=17,71,0,0;+CNMI=2,2,0,1,0;+CSCA="+15550000000";+CSDH=1;+CPMS="ME","ME","SM"');
    await write(h, 'survives');
    const h2 = await ModemHarness.start({ stateDir: dir });
    await h2.command('ATE0');
    expect(await h2.command('AT+CMGF?;+CSMP?;+CNMI?;+CSCA?;+CSDH?')).toBe(
      '\r\n+CMGF: 1\r\n\r\n+CSMP: 17,71,0,0\r\n\r\n+CNMI: 2,2,0,1,0\r\n\r\n+CSCA: "+15550000000",145\r\n\r\n+CSDH: 0\r\n\r\nOK\r\n',
    );
    expect(await h2.command('AT+CMGR=0')).toBe('\r\n+CMGR: "STO UNSENT","+15551112222",\r\nsurvives\r\n\r\nOK\r\n');
  });

  it('cancels with ESC: OK and nothing stored', async () => {
    const h = await textModem();
    await h.command('AT+CMGW="+1555"');
    h.send('never\x1b');
    await h.finish();
    expect(h.take()).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CPMS?')).toContain('"SM",0,50');
  });
});

describe('+CPMS', () => {
  it('refuses a memory the module lacks and keeps the old ones', async () => {
    const h = await textModem();
    expect(await h.command('AT+CPMS="MT"')).toBe('\r\n+CMS ERROR: 302\r\n');
    expect(await h.command('AT+CPMS="ME"')).toBe('\r\n+CPMS: 0,10,0,50,0,50\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPMS?')).toBe('\r\n+CPMS: "ME",0,10,"SM",0,50,"SM",0,50\r\n\r\nOK\r\n');
  });

  it('answers +CMS ERROR: 310 without a SIM', async () => {
    const { SIM767XX } = await import('../../profiles/index.js');
    const h = await textModem({ profile: { ...SIM767XX, sim: null } });
    expect(await h.command('AT+CPMS?')).toBe('\r\n+CMS ERROR: 310\r\n');
    expect(await h.command('AT+CMGS="+1555"')).toBe('\r\n+CMS ERROR: 310\r\n');
  });
});

describe('AT&V', () => {
  it('shows the SMS settings as the manual §2.2.7 example does', async () => {
    const h = await textModem();
    const out = await h.command('AT&V');
    expect(out).toContain('+CSMP: 17,167,0,0;');
    expect(out).toContain('+CMGF: 1; +CSDH: 0; +CSCA: "+8613800100500",145; +CPMS: "SM",0,50,"SM",0,50,"SM",0,50;');
  });
});
