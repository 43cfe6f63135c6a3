// Records the client sessions kept under fixtures/sessions/: gammu and pyserial talking to the
// CLI simulator through the recorder (modem-sim record), so the fixtures are what those
// clients really send. Needs gammu and python3-serial. Re-run when the simulator grows:
//
//     npx tsx scripts/record-sessions.ts

import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startRecorder } from '../conformance/recorder/recorder.js';
import { spawnCliSimulator } from '../conformance/targets/open-target.js';
import { serializeTranscript } from '../conformance/transcript/format.js';
import { redactTranscript } from '../conformance/transcript/redact.js';
import { setHeader } from '../conformance/transcript/transcript.js';

const run = promisify(execFile);
const OUT = join(import.meta.dirname, '..', 'fixtures', 'sessions');

const PYSERIAL_SMS = `
import serial, sys, time
s = serial.Serial(sys.argv[1], 115200, timeout=0.5)
def cmd(c, wait=0.4):
    s.write(c); time.sleep(wait); return s.read(4096)
cmd(b'AT\\r'); cmd(b'ATE0\\r'); cmd(b'AT+CMEE=2\\r'); cmd(b'AT+CMGF=1\\r'); cmd(b'AT+CPMS?\\r')
cmd(b'AT+CMGW="+15551234567"\\r'); cmd(b'hello from pyserial\\x1a', 1.0)
cmd(b'AT+CMGL="ALL"\\r'); cmd(b'ATE1\\r')
s.close()
`;

async function record(name: string, title: string, client: (pty: string) => Promise<void>): Promise<void> {
  const { device, child } = await spawnCliSimulator([]);
  try {
    await new Promise((r) => setTimeout(r, 300));
    const recorder = await startRecorder({ device, header: [{ key: 'title', value: title }, { key: 'profile', value: 'sim767xx' }] });
    await client(recorder.path);
    await new Promise((r) => setTimeout(r, 300));
    const t = await recorder.stop();
    redactTranscript(t);
    setHeader(t, 'source', `scripts/record-sessions.ts: ${title}, recorded through modem-sim record against the CLI simulator`);
    writeFileSync(join(OUT, name), serializeTranscript(t));
  } finally {
    child.kill('SIGTERM');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'sessions-'));
await record('gammu-identify.txt', 'gammu identify', async (pty) => {
  const rc = join(dir, 'gammurc');
  writeFileSync(rc, `[gammu]\ndevice = ${pty}\nconnection = at115200\n`);
  await run('gammu', ['-c', rc, 'identify'], { timeout: 60_000 });
});
await record('gammu-getsecuritystatus.txt', 'gammu getsecuritystatus', async (pty) => {
  const rc = join(dir, 'gammurc2');
  writeFileSync(rc, `[gammu]\ndevice = ${pty}\nconnection = at115200\n`);
  await run('gammu', ['-c', rc, 'getsecuritystatus'], { timeout: 60_000 }).catch(() => undefined);
});
await record('gammu-sendsms.txt', 'gammu sendsms TEXT', async (pty) => {
  const rc = join(dir, 'gammurc3');
  writeFileSync(rc, `[gammu]\ndevice = ${pty}\nconnection = at115200\n`);
  await run('gammu', ['-c', rc, 'sendsms', 'TEXT', '+15551234567', '-text', 'hello from gammu'], { timeout: 60_000 });
});
await record('gammu-getallsms.txt', 'gammu getallsms', async (pty) => {
  const rc = join(dir, 'gammurc4');
  writeFileSync(rc, `[gammu]\ndevice = ${pty}\nconnection = at115200\n`);
  await run('gammu', ['-c', rc, 'getallsms'], { timeout: 60_000 });
});
await record('pyserial-sms-text.txt', 'pyserial: text-mode SMS write and list', async (pty) => {
  await run('/usr/bin/python3', ['-c', PYSERIAL_SMS, pty], { timeout: 60_000 });
});
process.stdout.write(`sessions written to ${OUT}\n`);
