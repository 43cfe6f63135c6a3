// Sending and receiving: the `> ` prompt, text and PDU +CMGS, network errors, two modems on one
// SmsNetwork, status reports, +CNMI routing (+CMTI, +CMT with +CNMA, +CDS, +CBM), indications
// buffered while a command runs or under <mode> 0.

import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../core/clock.js';
import { ModemControl } from '../../control/control.js';
import { SmsNetwork } from '../../sms/network.js';
import { ModemHarness } from '../../testing/harness.js';

async function modem(clock = new ManualClock()): Promise<ModemHarness> {
  const h = await ModemHarness.start({ clock });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

async function send(h: ModemHarness, command: string, body: string): Promise<string> {
  h.take();
  h.send(command + '\r');
  await h.settle();
  h.send(body + '\x1a');
  await h.finish();
  return h.take();
}

describe('the > prompt', () => {
  it('prints CR LF "> ", keeps early body bytes, reprompts per line, sends on Ctrl-Z', async () => {
    const h = await modem();
    await h.command('AT+CMGF=1');
    h.send('AT+CMGS="+15551112222"\rline one\rline two\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n');
    const out = (await new ModemControl(h.modem).run('sms outbox')) as Array<{ text: string }>;
    expect(out[0]!.text).toBe('line one\rline two');
  });

  it('refuses over-long text with 305 and over-long PDU input with 304, sending nothing', async () => {
    const h = await modem();
    await h.command('AT+CMGF=1');
    expect(await send(h, 'AT+CMGS="+1555"', 'x'.repeat(161))).toBe('\r\n> \r\n+CMS ERROR: 305\r\n');
    expect(await send(h, 'AT+CMGS="+1555"', 'x'.repeat(2000))).toBe('\r\n> \r\n+CMS ERROR: 305\r\n');
    await h.command('AT+CSMP=17,167,0,8');
    expect(await send(h, 'AT+CMGS="+1555"', '0041'.repeat(71))).toBe('\r\n> \r\n+CMS ERROR: 305\r\n');
    expect(await send(h, 'AT+CMGS="+1555"', '0041'.repeat(70))).toBe('\r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n');
    await h.command('AT+CMGF=0');
    expect(await send(h, 'AT+CMGS=10', 'AB'.repeat(400))).toBe('\r\n> \r\n+CMS ERROR: 304\r\n');
    expect(((await new ModemControl(h.modem).run('sms outbox')) as unknown[]).length).toBe(1);
  });
});

describe('+CMGS', () => {
  it('sends text in the +CSCS character set with +CSMP parameters, references incrementing', async () => {
    const h = await modem();
    await h.command('AT+CMGF=1');
    await h.command('AT+CSCS="UCS2"');
    await h.command('AT+CSMP=49,167,0,8');
    expect(await send(h, 'AT+CMGS="002B0031003500350035"', '65E5672C')).toBe('\r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n');
    await h.command('AT+CSCS="IRA"');
    await h.command('AT+CSMP=17,167,0,0');
    expect(await send(h, 'AT+CMGS="+1555"', 'abc[]€')).toBe('\r\n> \r\n+CMS ERROR: 305\r\n'); // € is not IRA
    expect(await send(h, 'AT+CMGS="+1555"', 'abc[]')).toBe('\r\n> \r\n+CMGS: 1\r\n\r\nOK\r\n');
    const out = (await new ModemControl(h.modem).run('sms outbox')) as Array<Record<string, unknown>>;
    expect(out.map((e) => [e['to'], e['text'], e['alphabet'], e['statusReportRequested'], e['mr']])).toEqual([
      ['+1555', '日本', 'ucs2', true, 0],
      ['+1555', 'abc[]', 'gsm7', false, 1],
    ]);
  });

  it('sends a PDU whose SC address is 00 through +CSCA', async () => {
    const h = await modem();
    expect(await send(h, 'AT+CMGS=23', '0011000B916407281553F80000AA0AE8329BFD4697D9EC37')).toBe('\r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n');
    const [e] = (await new ModemControl(h.modem).run('sms outbox')) as Array<Record<string, unknown>>;
    expect(e).toMatchObject({ to: '+46708251358', text: 'hellohello', smsc: '+8613800100500' });
  });

  it('fails with the +CMS ERROR the network is told to give, and after the response time', async () => {
    const h = await modem();
    await h.command('AT+CMGF=1');
    const control = new ModemControl(h.modem);
    await control.run('sms fail', { code: 331 });
    expect(await send(h, 'AT+CMGS="+1555"', 'x')).toBe('\r\n> \r\n+CMS ERROR: 331\r\n');
    await control.run('sms delay', { ms: 5000 });
    h.send('AT+CMGS="+1555"\rx\x1a');
    await h.settle();
    await h.advance(6000);
    expect(h.take()).toBe('\r\n> ');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+CMGS: 1\r\n\r\nOK\r\n'); // the failed send used TP-MR 0
    h.modem.state.network.eps = 0;
    h.modem.state.network.cs = 0;
    expect(await h.command('AT+CMGS="+1555"')).toBe('\r\n+CMS ERROR: 331\r\n');
    h.modem.state.network.eps = 1;
    await h.command('AT+CSCA=""');
    expect(await send(h, 'AT+CMGS="+1555"', 'x')).toBe('\r\n> \r\n+CMS ERROR: 330\r\n');
  });
});

describe('two modems on one network', () => {
  it('delivers a SUBMIT as a DELIVER stamped by the virtual clock, and a status report back', async () => {
    const clock = new ManualClock(Date.UTC(2025, 0, 2, 3, 4, 5));
    const a = await modem(clock);
    const b = await modem(clock);
    const net = new SmsNetwork({ clock, timeZoneQuarters: 4 });
    net.attach(a.modem, '+15550000001').attach(b.modem, '+15550000002');
    await a.command('AT+CMGF=1;+CSMP=49,167,0,0;+CNMI=2,1,0,1,0');
    await b.command('AT+CMGF=1');
    expect(await send(a, 'AT+CMGS="+15550000002"', 'ping')).toBe('\r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n');
    await a.advance(1000);
    expect(b.take()).toBe('\r\n+CMTI: "SM",0\r\n');
    expect(a.take()).toBe('\r\n+CDS: 6,0,"+15550000002",145,"25/01/02,04:04:06+04","25/01/02,04:04:07+04",0\r\n');
    expect(await b.command('AT+CMGR=0')).toBe('\r\n+CMGR: "REC UNREAD","+15550000001",,"25/01/02,04:04:06+04"\r\nping\r\n\r\nOK\r\n');
  });

  it('holds a message for a full memory and delivers it when a deletion frees space', async () => {
    const clock = new ManualClock();
    const a = await modem(clock);
    const b = await modem(clock);
    const net = new SmsNetwork({ clock });
    net.attach(a.modem, '+1001').attach(b.modem, '+1002');
    await b.command('AT+CPMS="ME","ME","ME"');
    const control = new ModemControl(b.modem);
    for (let i = 0; i < 10; i++) await control.run('inject sms', { from: '+1999', text: `n${i}` });
    b.take();
    await a.command('AT+CMGF=1');
    await send(a, 'AT+CMGS="+1002"', 'late');
    await a.advance(1000);
    expect(b.take()).toBe('');
    expect(net.pendingCount).toBe(1);
    expect(await b.command('AT+CMGD=3')).toBe('\r\nOK\r\n\r\n+CMTI: "ME",3\r\n');
  });

  it('tells the network the memory is available only when the receive memory <mem3> has room', async () => {
    const clock = new ManualClock();
    const a = await modem(clock);
    const b = await modem(clock);
    const net = new SmsNetwork({ clock });
    net.attach(a.modem, '+1001').attach(b.modem, '+1002');
    await b.command('AT+CPMS="SM","SM","SM"');
    const control = new ModemControl(b.modem);
    await control.run('inject sms', { from: '+1999', text: 'on the SIM' });
    await b.command('AT+CPMS="ME","ME","ME"');
    for (let i = 0; i < 10; i++) await control.run('inject sms', { from: '+1999', text: `n${i}` });
    b.take();
    await a.command('AT+CMGF=1');
    await send(a, 'AT+CMGS="+1002"', 'late');
    await a.advance(1000);
    expect(net.pendingCount).toBe(1);
    // Reading and deleting from "SM" frees nothing in "ME", where messages are received.
    await b.command('AT+CMGF=1;+CPMS="SM","ME","ME"');
    expect(await b.command('AT+CMGRD=0')).toContain('on the SIM');
    await b.advance(1000);
    expect(net.pendingCount).toBe(1);
    await b.command('AT+CPMS="ME","ME","ME"');
    const read = await b.command('AT+CMGRD=3');
    await b.advance(1000);
    expect(read + b.take()).toMatch(/\r\nn3\r\n\r\nOK\r\n\r\n\+CMTI: "ME",3\r\n$/);
    expect(net.pendingCount).toBe(0);
  });
});

describe('+CNMI routing', () => {
  it('routes +CMT directly in text and PDU mode, needing +CNMA with +CSMS=1', async () => {
    const h = await modem(new ManualClock(Date.UTC(2024, 0, 1)));
    const control = new ModemControl(h.modem);
    await h.command('AT+CMGF=1;+CNMI=2,2,0,0,0;+CSDH=1');
    await control.run('inject sms', { from: '+15551112222', text: 'direct' });
    await h.settle();
    expect(h.take()).toBe('\r\n+CMT: "+15551112222","","24/01/01,08:00:00+32",145,4,0,0,"+8613800100500",145,6\r\ndirect\r\n');
    expect(await h.command('AT+CNMA')).toBe('\r\n+CMS ERROR: 340\r\n');
    await h.command('AT+CSMS=1;+CMGF=0');
    await control.run('inject sms', { from: '+15551112222', text: 'hi' });
    await h.settle();
    // SCA, MMS, +15551112222, PID 0, DCS 0, 24/01/01 08:00:00+32, 2 septets "hi" (21 TPDU octets)
    expect(h.take()).toBe('\r\n+CMT: "",21\r\n0891683108100005F0040B915155112122F200004210108000002302E834\r\n');
    expect(await h.command('AT+CNMA=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CNMA')).toBe('\r\n+CMS ERROR: 340\r\n');
    expect(await h.command('AT+CPMS?')).toContain('"SM",0,50');
  });

  it('without +CNMA in time disables routing and stores the message', async () => {
    const h = await modem();
    await h.command('AT+CSMS=1;+CMGF=1;+CNMI=2,2,0,0,0');
    await new ModemControl(h.modem).run('inject sms', { from: '+1555', text: 'unacked' });
    await h.advance(16_000);
    expect(await h.command('AT+CNMI?')).toBe('\r\n+CNMI: 2,0,0,0,0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPMS?')).toContain('"SM",1,50');
  });

  it('stores class 2 on the SIM even with <mt>=2, and shows flash messages directly', async () => {
    const h = await modem();
    const control = new ModemControl(h.modem);
    await h.command('AT+CMGF=1;+CPMS="ME","ME","ME";+CNMI=2,2,0,0,0');
    h.take();
    await control.run('inject sms', { from: '+1555', text: 'sim', class: 2 });
    await control.run('inject sms', { from: '+1555', text: 'flash', flash: true });
    await h.settle();
    expect(h.take()).toMatch(/^\r\n\+CMTI: "SM",0\r\n\r\n\+CMT: "\+1555","","[^"]+"\r\nflash\r\n$/);
  });

  it('holds indications until the end of a running command, and buffers them under <mode>=0', async () => {
    const h = await modem();
    const control = new ModemControl(h.modem);
    await h.command('AT+CMGF=1');
    h.send('AT+CMGS="+1555"\r');
    await h.settle();
    await control.run('inject sms', { from: '+1555', text: 'during' });
    h.send('x\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\n+CMGS: 0\r\n\r\nOK\r\n\r\n+CMTI: "SM",0\r\n');
    await h.command('AT+CNMI=0,1');
    await control.run('inject sms', { from: '+1555', text: 'held' });
    await h.settle();
    expect(h.take()).toBe('');
    expect(await h.command('AT+CNMI=2,1,0,0,0')).toBe('\r\nOK\r\n\r\n+CMTI: "SM",1\r\n');
    await h.command('AT+CNMI=0,1');
    await control.run('inject sms', { from: '+1555', text: 'dropped' });
    expect(await h.command('AT+CNMI=2,1,0,0,1')).toBe('\r\nOK\r\n');
  });

  it('stores status reports with <ds>=2 (+CDSI) and shows cell broadcasts +CSCB accepts', async () => {
    const h = await modem(new ManualClock(Date.UTC(2024, 0, 1)));
    const control = new ModemControl(h.modem);
    await h.command('AT+CMGF=1;+CNMI=2,1,2,2,0');
    await control.run('inject status-report', { mr: 9, to: '+15551112222' });
    await h.settle();
    expect(h.take()).toBe('\r\n+CDSI: "SM",0\r\n');
    expect(await h.command('AT+CMGR=0')).toBe('\r\n+CMGR: "REC UNREAD",6,9,"+15551112222",145,"24/01/01,08:00:00+32","24/01/01,08:00:00+32",0\r\n\r\nOK\r\n');
    await control.run('inject cbm', { mid: 4370, text: 'Alert' });
    await h.settle();
    expect(h.take()).toBe('');
    await h.command('AT+CSCB=0,"4370-4383",""');
    await control.run('inject cbm', { mid: 4370, text: 'Alert', serial: 0x3001 });
    await h.settle();
    expect(h.take()).toBe('\r\n+CBM: 12289,4370,15,1,1\r\nAlert\r\n');
    expect(await h.command('AT+CSCB?')).toBe('\r\n+CSCB: 0,"4370-4383",""\r\n\r\nOK\r\n');
  });

  it('decodes UCS2 and long injected texts: two +CMTI for a two-part message', async () => {
    const h = await modem();
    const control = new ModemControl(h.modem);
    await h.command('AT+CMGF=1;+CSCS="UCS2"');
    const r = (await control.run('inject sms', { from: '+1555', text: 'Привет'.repeat(12) })) as { parts: number };
    expect(r.parts).toBe(2);
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTI: "SM",0\r\n\r\n+CMTI: "SM",1\r\n');
    const read = await h.command('AT+CMGR=0');
    expect(read.split('\r\n')[1]).toBe('+CMGR: "REC UNREAD","002B0031003500350035",,"24/12/06,16:00:00+32"');
    expect(read.split('\r\n')[2]!.startsWith('0500030')).toBe(true); // UDH shown as hex octets
  });
});
