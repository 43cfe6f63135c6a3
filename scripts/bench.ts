// Benchmark (not a test): round trips of `AT` → `OK`.
//   1. in-process: bytes into Modem.write(), until OK comes out of the tx event;
//   2. over the pty: an external client (python3, raw termios, no pyserial) on /dev/pts/N;
//   3. the floor: the same client against a bare pty echo server that answers "OK" to every
//      CR, built on the same native pty open, so (2)/(3) is the simulator's own cost.
// Prints commands/s, p50 and p99 latency for each, and the ratio.
//
//   npm run bench [-- --n 5000]

import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import tty from 'node:tty';
import { parseArgs } from 'node:util';
import { RealClock } from '../simulator/core/clock.js';
import { Modem } from '../simulator/core/modem.js';
import { openPtyTransport } from '../simulator/transports/pty.js';

const { values } = parseArgs({ options: { n: { type: 'string' } } });
const N = Number(values.n ?? 3000);

interface Stats {
  perSecond: number;
  p50: number;
  p99: number;
}

function stats(latenciesMs: number[], totalMs: number): Stats {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { perSecond: (latenciesMs.length / totalMs) * 1000, p50: at(0.5), p99: at(0.99) };
}

async function inProcess(): Promise<Stats> {
  const modem = new Modem({ clock: new RealClock() });
  modem.powerOn({ immediate: true });
  let pending: (() => void) | undefined;
  let text = '';
  modem.events.on('tx', (b) => {
    text += b.toString('latin1');
    if (text.endsWith('OK\r\n')) {
      text = '';
      pending?.();
    }
  });
  const roundTrip = () =>
    new Promise<void>((resolve) => {
      pending = resolve;
      modem.write('AT\r');
    });
  for (let i = 0; i < 200; i++) await roundTrip(); // warm-up
  const lat: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const s = performance.now();
    await roundTrip();
    lat.push(performance.now() - s);
  }
  return stats(lat, performance.now() - t0);
}

// The external client: raw mode, write "AT\r", read until "OK\r\n", N times; prints latencies.
const CLIENT = String.raw`
import os, sys, termios, tty, time, json
fd = os.open(sys.argv[1], os.O_RDWR | os.O_NOCTTY)
tty.setraw(fd)
n = int(sys.argv[2])
def rt():
    os.write(fd, b'AT\r')
    buf = b''
    while not buf.endswith(b'OK\r\n'):
        buf += os.read(fd, 256)
for _ in range(200): rt()
lat = []
t0 = time.perf_counter()
for _ in range(n):
    s = time.perf_counter(); rt(); lat.append((time.perf_counter() - s) * 1000)
total = (time.perf_counter() - t0) * 1000
print(json.dumps({'lat': lat, 'total': total}))
`;

function runClient(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => {
    execFile('python3', ['-c', CLIENT, path, String(N)], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout) => {
      if (err) return reject(err);
      const { lat, total } = JSON.parse(stdout) as { lat: number[]; total: number };
      resolve(stats(lat, total));
    });
  });
}

async function overPty(): Promise<Stats> {
  const modem = new Modem({ clock: new RealClock() });
  modem.powerOn({ immediate: true });
  await new Promise((r) => setTimeout(r, 50));
  const pty = openPtyTransport(modem);
  try {
    return await runClient(pty.path);
  } finally {
    pty.close();
  }
}

/** A bare pty that answers "AT\r\r\nOK\r\n" to each CR: the floor the transport cannot beat. */
async function echoFloor(): Promise<Stats> {
  const require = createRequire(import.meta.url);
  const native = (require('node-pty/lib/utils.js') as { loadNativeModule(n: string): { module: { open(c: number, r: number): { master: number; slave: number; pty: string } } } }).loadNativeModule('pty').module;
  const { master, pty } = native.open(80, 24);
  execFileSync('stty', ['-F', pty, 'raw', '-echo']);
  const socket = new tty.ReadStream(master);
  let line = '';
  socket.on('data', (d: Buffer) => {
    line += d.toString('latin1');
    let i: number;
    while ((i = line.indexOf('\r')) >= 0) {
      socket.write(line.slice(0, i + 1) + '\r\nOK\r\n');
      line = line.slice(i + 1);
    }
  });
  try {
    return await runClient(pty);
  } finally {
    socket.destroy();
  }
}

function row(name: string, s: Stats): string {
  return `${name.padEnd(34)} ${s.perSecond.toFixed(0).padStart(8)} cmd/s   p50 ${s.p50.toFixed(3).padStart(7)} ms   p99 ${s.p99.toFixed(3).padStart(7)} ms`;
}

const a = await inProcess();
const b = await overPty();
const c = await echoFloor();
console.log(`AT -> OK round trips, n=${N} each (node ${process.version}, ${process.platform})`);
console.log(row('in-process (Modem.write → tx)', a));
console.log(row('pty, external raw client', b));
console.log(row('pty echo floor (no simulator)', c));
console.log(`pty simulator / echo floor: p50 x${(b.p50 / c.p50).toFixed(2)}, throughput x${(c.perSecond / b.perSecond).toFixed(2)} slower`);
process.exit(0);
