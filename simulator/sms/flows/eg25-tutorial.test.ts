// Seed flow: the Seeed Studio EG25-GL HAT tutorial (shared/seeds/000), over the pty with real
// clients, against the Quectel EG25-G overlay profile.
//   1. Its Python script (fixtures/eg25_send_sms.py, the tutorial's text unchanged but for the
//      port name) sets +CSCA, text mode, and sends with AT+CMGS + Ctrl-Z and fixed sleeps.
//   2. Its minicom reading session: AT+CPMS?, AT+CPMS="MT", AT+CMGL="ALL", AT+CMGR=1.
// Deviation from the tutorial's printed output: it shows AT+CMGR=1 answering "REC UNREAD"
// right after AT+CMGL="ALL" listed the message; 27.005 §3.4.2 (and the SIM767XX manual
// §7.2.10) make a listed message "REC READ", which is what is asserted.

import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { command, pyserialSession, PYTHON, requirePyserial, run, startPtySimulator, type PtySimulator } from './pty-simulator.js';

let sim: PtySimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('EG25-G tutorial (seed 000)', () => {
  it('its pyserial send script, unchanged but for the port name, sends the SMS', async () => {
    requirePyserial();
    sim = await startPtySimulator('quectel-eg25g');
    const original = readFileSync(new URL('./fixtures/eg25_send_sms.py', import.meta.url), 'utf8');
    const script = original.replace('SERIAL_PORT = "COM7"', `SERIAL_PORT = "${sim.path}"`);
    expect(script).not.toBe(original);
    const file = join(mkdtempSync(join(tmpdir(), 'eg25-')), 'send_sms.py');
    writeFileSync(file, script);
    const r = await run(PYTHON, [file], { timeoutMs: 60_000 });
    expect(r.stdout).toContain('SMS sent successfully!');
    // ATE1 (factory): the body is echoed as typed, then the result.
    expect(r.stdout).toContain("SMS Send Response: Hello, this is a test message from Python!\r\n+CMGS: 0\r\n\r\nOK\r\n");
    const outbox = (await sim.control.run('sms outbox')) as Array<Record<string, unknown>>;
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ to: '+94712222813', text: 'Hello, this is a test message from Python!', smsc: '+9477000000', alphabet: 'gsm7' });
  }, 90_000);

  it('reads stored messages as in its minicom session: +CPMS?, +CPMS="MT", +CMGL="ALL", +CMGR=1', async () => {
    requirePyserial();
    sim = await startPtySimulator('quectel-eg25g');
    for (let i = 0; i < 19; i++) await sim.control.run('inject sms', { from: i % 2 ? '+9876543210' : '+1234567890', text: `message ${i}` });
    const read = await pyserialSession(sim.path, [
      ...command('ATE1'),
      ...command('AT+CMGF=1'),
      ...command('AT+CPMS="SR","MT","MT"'),
      ...command('AT+CPMS?'),
      ...command('AT+CPMS="MT"'),
      ...command('AT+CMGL="ALL"'),
      ...command('AT+CMGR=1'),
    ]);
    expect(read[3]).toBe('AT+CPMS?\r\r\n+CPMS: "SR",0,5,"MT",19,255,"MT",19,255\r\n\r\nOK\r\n');
    expect(read[4]).toBe('AT+CPMS="MT"\r\r\n+CPMS: 19,255,19,255,19,255\r\n\r\nOK\r\n');
    const list = read[5]!.split('\r\n');
    expect(list[1]).toMatch(/^\+CMGL: 0,"REC UNREAD","\+1234567890","","\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d\+32"$/);
    expect(list[2]).toBe('message 0');
    expect(list.filter((l) => l.startsWith('+CMGL: '))).toHaveLength(19);
    expect(read[6]).toMatch(/^AT\+CMGR=1\r\r\n\+CMGR: "REC READ","\+9876543210","","[^"]+"\r\nmessage 1\r\n\r\nOK\r\n$/);
  }, 90_000);
});
