// A real SMS tool against the simulator: gammu (Debian package "gammu", connection "at",
// device the pty) identifies the module, reads the SMSC, sends a text, and lists injected
// messages once each. Injections go through the documented CLI form
//   modem-sim inject sms --pty /dev/pts/N --from +15551112222 --text "hello"
// (the control socket of a pty simulator), so that path is tested too.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireProgram, run, startPtySimulator, type PtySimulator } from './pty-simulator.js';

let sim: PtySimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const CLI = join(import.meta.dirname, '../../cli/main.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

async function gammu(rc: string, ...args: string[]) {
  const r = await run('gammu', ['-c', rc, ...args], { timeoutMs: 90_000 });
  if (r.code !== 0) throw new Error(`gammu ${args.join(' ')} failed (${r.code}): ${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('gammu over the pty', () => {
  it('identify, getsmsc, sendsms, getallsms', async () => {
    requireProgram('gammu', ['--version'], 'gammu');
    sim = await startPtySimulator();
    const rc = join(mkdtempSync(join(tmpdir(), 'gammu-')), 'gammurc');
    writeFileSync(rc, `[gammu]\ndevice = ${sim.path}\nconnection = at\n`);

    const id = await gammu(rc, 'identify');
    expect(id).toMatch(/Manufacturer\s+: SIMCOM INCORPORATED/);
    expect(id).toMatch(/IMEI\s+: 351602000330570/);
    expect(id).toMatch(/SIM IMSI\s+: 460010222028133/);

    expect(await gammu(rc, 'getsmsc')).toMatch(/Number\s+: "\+8613800100500"/);

    expect(await gammu(rc, 'sendsms', 'TEXT', '+15551112222', '-text', 'hello from gammu')).toMatch(/OK, message reference=0/);
    expect((await sim.control.run('sms outbox')) as unknown[]).toMatchObject([{ to: '+15551112222', text: 'hello from gammu', alphabet: 'gsm7' }]);

    for (const [from, text] of [
      ['+15551112222', 'hello'],
      ['+4915112345678', 'Grüße €'],
      ['+8613900000000', '你好'],
    ]) {
      const r = await run(TSX, [CLI, 'inject', 'sms', '--pty', sim.path, '--from', from!, '--text', text!], { timeoutMs: 60_000 });
      expect(r.stdout, r.stderr).toContain('"accepted"');
    }
    const all = await gammu(rc, 'getallsms');
    expect(all).toContain('3 SMS parts in 3 SMS sequences');
    for (const text of ['hello', 'Grüße €', '你好']) expect(all.split(`\n${text}\n`).length - 1).toBe(1);
    expect(all).toMatch(/Remote number\s+: "\+8613900000000"/);
    expect(all).toMatch(/Status\s+: UnRead/);
    const again = await gammu(rc, 'getallsms');
    expect(again).toContain('3 SMS parts in 3 SMS sequences');
    expect(again).not.toMatch(/Status\s+: UnRead/);
  }, 240_000);
});
