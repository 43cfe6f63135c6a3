// The recorder between a real client and a module: gammu (when installed) and pyserial talk
// to the CLI simulator through `modem-sim record`'s pty; the recording replays exactly
// against a fresh simulator.

import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCliSimulator } from '../targets/open-target.js';
import { SimTarget } from '../targets/sim-target.js';
import { replay } from '../replay/replayer.js';
import { parseTranscript, serializeTranscript } from '../transcript/format.js';
import { startRecorder } from './recorder.js';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const hasGammu = has('gammu');
const hasPyserial = spawnSync('/usr/bin/python3', ['-c', 'import serial']).status === 0;

const run = promisify(execFile);

/** Records what `client` does through the recorder (the client runs asynchronously: the
 * recorder forwards in this process). */
async function recordSession(client: (pty: string) => Promise<void>) {
  const { device, child } = await spawnCliSimulator([]);
  const dir = mkdtempSync(join(tmpdir(), 'rec-'));
  const out = join(dir, 'session.txt');
  try {
    const recorder = await startRecorder({ device, out });
    await client(recorder.path);
    await new Promise((r) => setTimeout(r, 200));
    return { transcript: await recorder.stop(), out };
  } finally {
    child.kill('SIGTERM');
  }
}

async function replayOnFreshSimulator(text: string) {
  const target = new SimTarget();
  await target.open();
  try {
    return await replay(parseTranscript(text), target);
  } finally {
    await target.close();
  }
}

describe('recorder', () => {
  it.runIf(hasGammu)('records gammu identify through its pty; the recording replays on a fresh simulator', async () => {
    const { transcript } = await recordSession(async (pty) => {
      const dir = mkdtempSync(join(tmpdir(), 'gammu-'));
      const rc = join(dir, 'gammurc');
      writeFileSync(rc, `[gammu]\ndevice = ${pty}\nconnection = at115200\n`);
      const { stdout } = await run('gammu', ['-c', rc, 'identify'], { timeout: 60_000 });
      expect(stdout).toMatch(/IMEI\s+: 351602000330570/);
    });
    const text = serializeTranscript(transcript, { layout: 'lines' });
    expect(text).toContain('> AT+CGSN\\r');
    const result = await replayOnFreshSimulator(text);
    expect(result.counts).toEqual({ exact: result.steps.length, shape: 0, differ: 0 });
  });
  it.skipIf(hasGammu)('gammu is not installed (apt-get install gammu) — the gammu recording test cannot run', () => {
    throw new Error('install gammu to run the recorder test with gammu');
  });

  it.runIf(hasPyserial)('records a pyserial session, redacts identities, and still replays', async () => {
    const script = `import serial,time,sys\ns=serial.Serial(sys.argv[1],115200,timeout=0.3)\nfor c in [b'ATE0\\r',b'AT+CGSN\\r',b'AT+CIMI\\r',b'AT+CICCID\\r',b'ATE1\\r']:\n    s.write(c); time.sleep(0.25); s.read(4096)\n`;
    const { out } = await recordSession(async (pty) => {
      await run('/usr/bin/python3', ['-c', script, pty], { timeout: 30_000 });
    });
    const { readFileSync } = await import('node:fs');
    const t = parseTranscript(readFileSync(out, 'latin1'));
    const { redactTranscript } = await import('../transcript/redact.js');
    expect(redactTranscript(t).sort()).toEqual(['iccid', 'imei', 'imsi']);
    const text = serializeTranscript(t, { layout: 'lines' });
    expect(text).not.toContain('351602000330570');
    const result = await replayOnFreshSimulator(text);
    expect(result.counts.differ).toBe(0);
    expect(result.counts.exact).toBe(result.steps.length);
  });
});
