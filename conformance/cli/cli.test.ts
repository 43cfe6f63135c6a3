// The modem-conformance CLI end to end: reports on disk, exit codes, replay and import.

import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'modem-conformance.js');
const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const exec = promisify(execFile);

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [BIN, ...args], { timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('modem-conformance', () => {
  it('runs suites against the simulator and writes the reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-'));
    const r = await cli(['--target', 'sim', '--suite', 'v250,sms', '--report', dir, '--no-color']);
    expect(r.stdout).toMatch(/24 tests against sim \(sim767xx\) .*: \d+ passed, 0 failed/);
    expect(r.code).toBe(0);
    for (const f of ['junit.xml', 'matrix.html', 'matrix.md', 'results.json']) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'matrix.md'), 'utf8')).toContain('`AT+CMGW`');
  });

  it('exits 1 when a broken profile fails, with the diff on stdout', async () => {
    const r = await cli(['--target', 'sim', '--profile', 'broken-factory-echo', '--suite', 'v250', '--no-color']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✘ AT&F brings back the factory echo and result code format');
    expect(r.stdout).toContain('- AT\\r');
  });

  it('lists every test as pending when no device is configured', async () => {
    const r = await cli(['--target', 'serial:', '--suite', 'v250', '--no-color']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/14 pending/);
    expect(r.stdout).toContain('no device configured: run with --target serial:/dev/ttyUSB2@115200');
  });

  it('replays a transcript and imports a capture', async () => {
    const replay = await cli(['replay', join(FIXTURES, 'sessions', 'gammu-identify.txt'), '--target', 'sim']);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/\d+ steps: \d+ exact, 0 by shape, 0 differ/);
    const imported = await cli(['import', join(FIXTURES, 'captures', 'strace-xx.log'), '--redact']);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('# redacted: imei imsi');
    expect(imported.stdout).toContain('\\{imei}');
  });

  it('explains misuse', async () => {
    expect((await cli(['--target', 'usb'])).stderr).toMatch(/unknown target "usb"/);
    expect((await cli(['--target', 'sim', '--suite', 'nope'])).stderr).toMatch(/unknown suite "nope"/);
  });
});
