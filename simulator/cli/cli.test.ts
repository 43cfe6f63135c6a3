// The CLI as users run it: `npm start` prints the device path first; the control client
// reaches the running simulator; TCP mode; the state directory survives a restart.

import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import { runPython } from '../testing/pyserial.js';

const MAIN = join(import.meta.dirname, 'main.ts');
const TSX = join(import.meta.dirname, '..', '..', 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

/** Starts the CLI and resolves with its first stdout line. */
function startCli(args: string[]): Promise<{ child: ChildProcess; first: string }> {
  const child = spawn(TSX, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('CLI printed nothing within 20 s')), 20_000);
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += String(d)));
    child.on('exit', (code) => reject(new Error(`CLI exited ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).once('line', (first) => {
      clearTimeout(timer);
      resolve({ child, first });
    });
  });
}

function cli(args: string[], cwd?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(TSX, [MAIN, ...args], { timeout: 20_000, ...(cwd ? { cwd } : {}) }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

const AT_SESSION = String.raw`
import serial, sys, time
s = serial.Serial(sys.argv[1], 115200, timeout=2)
for c in sys.argv[2:]:
    s.write((c + '\r').encode())
    data, deadline = b'', time.time() + 5
    while time.time() < deadline and not (data.endswith(b'OK\r\n') or data.endswith(b'ERROR\r\n')):
        data += s.read(s.in_waiting or 1)
    print(repr(data.decode()))
s.close()
`;

describe('modem-sim CLI', () => {
  it('prints the pty path first, answers pyserial there, and takes control commands', async () => {
    const { first } = await startCli(['--instant']);
    expect(first).toMatch(/^\/dev\/pts\/\d+$/);
    const out = await runPython(AT_SESSION, [first, 'AT', 'AT+CGMM']);
    expect(out).toBe(`'AT\\r\\r\\nOK\\r\\n'\n'AT+CGMM\\r\\r\\nSIM767XX-XXXX\\r\\n\\r\\nOK\\r\\n'\n`);
    const status = JSON.parse(await cli(['status', '--pty', first])) as { power: string; profile: string };
    expect(status).toMatchObject({ power: 'on', profile: 'sim767xx' });
  });

  it('serves TCP and keeps saved settings in --state-dir across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-cli-'));
    const log = join(dir, 'session.log');
    const talk = async (address: string, line: string) => {
      const [host, port] = address.split(':');
      const socket = net.createConnection(Number(port), host);
      let text = '';
      socket.on('data', (d) => (text += d.toString('latin1')));
      await new Promise((r) => socket.once('connect', r));
      // A client that connects while the module boots sees the boot URCs: let them pass.
      await new Promise((r) => setTimeout(r, 500));
      text = '';
      socket.write(line + '\r');
      const deadline = Date.now() + 10_000;
      while (!/(OK|ERROR)\r\n$/.test(text) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      socket.destroy();
      return text;
    };
    const first = await startCli(['--tcp', '0', '--instant', '--state-dir', dir, '--log', log]);
    expect(first.first).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(await talk(first.first, 'AT+CSCS="UCS2"')).toBe('AT+CSCS="UCS2"\r\r\nOK\r\n');
    first.child.kill('SIGTERM');
    const second = await startCli(['--tcp', '0', '--instant', '--state-dir', dir]);
    expect(await talk(second.first, 'AT+CSCS?')).toBe('AT+CSCS?\r\r\n+CSCS: "UCS2"\r\n\r\nOK\r\n');
    const logged = readFileSync(log, 'utf8');
    expect(logged).toContain('# modemsim-transcript 1');
    expect(logged).toMatch(/^@\d+\.\d{3} > AT\+CSCS="UCS2"\\r$/m);
    expect(logged).toMatch(/^@\d+\.\d{3} < .*OK\\r\\n$/m);
  });

  it('puts a file of the shell\'s directory on the module and gets it back (fs put/get), kept under --state-dir', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-cli-fs-'));
    const here = mkdtempSync(join(tmpdir(), 'modemsim-cli-cwd-'));
    const pem = Buffer.from('-----BEGIN CERTIFICATE-----\r\n\x00\xff\r\n', 'latin1');
    writeFileSync(join(here, 'ca.pem'), pem);
    const { first } = await startCli(['--tcp', '0', '--instant', '--state-dir', dir]);
    const port = first.split(':')[1]!;
    expect(JSON.parse(await cli(['fs', 'put', '--tcp', port, '--path', 'C:/ca.pem', '--file', 'ca.pem'], here))).toEqual({ path: 'C:/ca.pem', kind: 'file', size: pem.length });
    expect(readFileSync(join(dir, 'fs', 'C', 'ca.pem'))).toEqual(pem);
    await cli(['fs', 'get', '--tcp', port, '--path', 'C:/ca.pem', '--file', 'back.pem'], here);
    expect(readFileSync(join(here, 'back.pem'))).toEqual(pem);
  });

  it('prints the coverage report with every chapter', async () => {
    const out = await cli(['coverage']);
    expect(out).toMatch(/^\s*7 AT Commands for SMS\s+\d+\s+\d+\s+\d+\s+20$/m);
    expect(out).toMatch(/all chapters\s+\d+\s+\d+\s+\d+\s+267$/m);
  });

  it('refuses bad options with a message and exit code 2', async () => {
    await expect(cli(['--imei', '123'])).rejects.toThrow(/--imei needs exactly 15 digits/);
    await expect(cli(['frobnicate', 'widget', '--pty', '/dev/pts/999'])).rejects.toThrow(/unknown command or action "frobnicate widget"/);
  });
});
