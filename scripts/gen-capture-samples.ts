// Produces the genuine capture samples the importer tests use (fixtures/captures/): starts the
// CLI simulator, runs the same client session through socat -v, socat -x, strace -xx and the
// ModemManager-style logger, and writes what each tool printed. Needs socat, strace and
// python3-serial (Debian packages). The interceptty sample is not made here: interceptty is not
// packaged in Debian, so fixtures/captures/interceptty.log was written by hand from its
// documented output layout (and says so). The terminal (minicom-style) log is what a terminal
// showed for the same session: the received text with CR removed.
//
//   npx tsx scripts/gen-capture-samples.ts

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnCliSimulator } from '../conformance/targets/open-target.js';

const OUT = join(import.meta.dirname, '..', 'fixtures', 'captures');
/** The client session every capture records: the commands, in order. */
export const CLIENT_COMMANDS = ['AT', 'ATI', 'AT+CGSN', 'AT+CMEE=2;+CIMI', 'AT+CGMI'];

const CLIENT = `
import serial, sys, time
s = serial.Serial(sys.argv[1], 115200, timeout=0.3)
time.sleep(0.2)
s.reset_input_buffer()
for c in ${JSON.stringify(CLIENT_COMMANDS)}:
    s.write((c + '\\r').encode())
    time.sleep(0.3)
    s.read(4096)
s.close()
`;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'captures-'));
  const client = join(dir, 'client.py');
  writeFileSync(client, CLIENT);
  const { device, child } = await spawnCliSimulator([]);
  await sleep(500);
  try {
    // socat -v and -x: the client talks to socat's pty, socat to the simulator.
    for (const [name, flags] of [
      ['socat-v.log', ['-v']],
      ['socat-x.log', ['-x']],
    ] as const) {
      const link = join(dir, name + '.pty');
      const log = join(dir, name);
      const socat = spawn('sh', ['-c', `exec socat ${flags.join(' ')} PTY,link=${link},raw,echo=0 ${device},raw,echo=0 2> ${log}`]);
      await sleep(700);
      execFileSync('/usr/bin/python3', [client, link]);
      await sleep(300);
      socat.kill('SIGTERM');
      await sleep(300);
      writeFileSync(join(OUT, name), readFileSync(log));
    }
    // strace -xx of the client, only calls on the device.
    const straceLog = join(dir, 'strace.log');
    execFileSync('strace', ['-f', '-tt', '-xx', '-y', '-s', '4096', '-e', 'trace=read,write', '-P', device, '-o', straceLog, '/usr/bin/python3', client, device]);
    writeFileSync(join(OUT, 'strace-xx.log'), readFileSync(straceLog));
    // ModemManager-style logs, both layouts.
    for (const layout of ['new', 'old']) {
      const text = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '..', 'conformance', 'importers', 'tools', 'mm-logger.ts'), '--device', device, '--layout', layout]);
      writeFileSync(join(OUT, `modemmanager-${layout}.log`), text);
    }
  } finally {
    child.kill('SIGTERM');
  }
  process.stdout.write(`samples written to ${OUT}\n`);
}

await main();
