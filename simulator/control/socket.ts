// The control socket: a Unix-domain socket beside a running CLI simulator, so a shell (or a
// test in another process) can drive it: `modem-sim inject sms --pty /dev/pts/3 --text hi`.
//
// Protocol: one JSON object per line each way.
//   request:  {"action": "inject sms", "params": {"from": "+1555", "text": "hi"}}
//   reply:    {"ok": true, "result": ...}  or  {"ok": false, "error": "message"}
//
// Where: `<tmpdir>/modemsim/<name>.sock`, the name derived from the pty path
// (/dev/pts/3 → pts-3) or the TCP port (tcp-7000); --control <path> overrides it.

import { mkdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { ModemControl } from './control.js';

export function controlSocketPath(target: { pty?: string; tcpPort?: number }): string {
  const name = target.pty ? `pts-${basename(target.pty)}` : `tcp-${target.tcpPort ?? 0}`;
  return join(tmpdir(), 'modemsim', `${name}.sock`);
}

export interface ControlServer {
  readonly path: string;
  close(): Promise<void>;
}

export function startControlServer(control: ModemControl, path: string): Promise<ControlServer> {
  mkdirSync(dirname(path), { recursive: true });
  rmSync(path, { force: true });
  const server = net.createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      if (buffer.length > 1_000_000) {
        socket.end(JSON.stringify({ ok: false, error: 'request too long' }) + '\n');
        return;
      }
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        void handle(line).then((reply) => socket.write(JSON.stringify(reply) + '\n'));
      }
    });
    socket.on('error', () => undefined);
  });
  async function handle(line: string): Promise<unknown> {
    try {
      const req = JSON.parse(line) as { action?: unknown; params?: unknown };
      if (req.action === 'help') return { ok: true, result: ModemControl.describe() };
      if (typeof req.action !== 'string') return { ok: false, error: 'request needs "action"' };
      const params = typeof req.params === 'object' && req.params !== null ? (req.params as Record<string, unknown>) : {};
      return { ok: true, result: (await control.run(req.action, params)) ?? null };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () =>
      resolve({
        path,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              rmSync(path, { force: true });
              done();
            });
          }),
      }),
    );
  });
}

/** Client side: send one request, get the reply. */
export function sendControlRequest(path: string, action: string, params: Record<string, unknown>, timeoutMs = 10_000): Promise<{ ok: boolean; result?: unknown; error?: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.createConnection(path);
    let buffer = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer from the simulator's control socket ${path} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(JSON.stringify({ action, params }) + '\n'));
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const nl = buffer.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      socket.end();
      try {
        resolve(JSON.parse(buffer.slice(0, nl)) as { ok: boolean; result?: unknown; error?: string });
      } catch (e) {
        reject(e as Error);
      }
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot reach the simulator's control socket ${path}: ${e.message}. Is modem-sim running for that port?`));
    });
  });
}
