// The pseudo-terminal transport: a /dev/pts/N that any program (minicom, picocom, pyserial,
// gammu, a firmware host build) opens like a serial port. No socat.
//
// node-pty is loaded lazily (the core works without the native module) and only its native
// `open()` is used: node-pty 1.1's JS `open()` also reads the slave side inside this process
// and so swallows bytes meant for the external client. Here the master is read and written;
// the slave is set raw with no echo (stty: no line discipline, no CR/LF translation) before
// anyone writes, and kept open — never read — so the device survives clients opening and
// closing it repeatedly.
//
// When no client is reading, the kernel buffers what the module prints (about 4 KiB); past
// MAX_BACKLOG of further output the transport drops the excess, as a UART with nobody
// listening would, and logs it.

import { execFileSync } from 'node:child_process';
import { closeSync } from 'node:fs';
import { createRequire } from 'node:module';
import tty from 'node:tty';
import { ModemSimError } from '../core/errors.js';
import type { Modem } from '../core/modem.js';
import { bitsPerCharacter } from '../serial/uart-line.js';
import { OutputShaper, type LineRate, type ShapingOptions } from './output-shaper.js';

const MAX_BACKLOG = 256 * 1024;

interface NativePty {
  open(cols: number, rows: number): { master: number; slave: number; pty: string };
}

function loadNativePty(): NativePty {
  try {
    const require = createRequire(import.meta.url);
    const utils = require('node-pty/lib/utils.js') as { loadNativeModule(name: string): { module: NativePty } };
    return utils.loadNativeModule('pty').module;
  } catch (e) {
    throw new ModemSimError('PTY_UNAVAILABLE', `node-pty's native module could not be loaded (${(e as Error).message}); run npm install, or use --tcp`);
  }
}

/** Raw mode, no echo, no output processing on the slave: bytes pass exactly as written. */
function makeRaw(path: string): void {
  const flag = process.platform === 'darwin' ? '-f' : '-F';
  execFileSync('stty', [flag, path, 'raw', '-echo', '-echoe', '-echok', '-echonl', '-icrnl', '-onlcr', '-opost', '-isig', '-icanon', '-ixon'], {
    stdio: 'ignore',
  });
}

export interface PtyTransport {
  /** The slave device path to give clients: /dev/pts/N. */
  readonly path: string;
  close(): void;
}

/** A raw pty pair: read and write `master`; give `path` to the client. */
export interface RawPty {
  readonly path: string;
  readonly master: tty.ReadStream;
  /** Destroys the master and closes the slave we hold. */
  close(): void;
}

/**
 * Opens a pty pair, the slave set raw with no echo and held open (never read) so clients may
 * open and close it repeatedly. Also used by the conformance kit's recorder.
 */
export function openRawPty(): RawPty {
  const native = loadNativePty();
  const { master, slave, pty } = native.open(80, 24);
  makeRaw(pty);
  const socket = new tty.ReadStream(master);
  let closed = false;
  return {
    path: pty,
    master: socket,
    close() {
      if (closed) return;
      closed = true;
      socket.destroy();
      try {
        closeSync(slave);
      } catch {
        // already closed
      }
    },
  };
}

export function openPtyTransport(modem: Modem, shaping: ShapingOptions = {}): PtyTransport {
  const raw = openRawPty();
  const pty = raw.path;
  const socket = raw.master;
  let dropped = 0;
  const shaper = new OutputShaper((bytes) => {
    if (socket.writableLength > MAX_BACKLOG) {
      if (dropped === 0) modem.log(`pty ${pty}: no reader, dropping output`);
      dropped += bytes.length;
      return;
    }
    if (dropped > 0) {
      modem.log(`pty ${pty}: ${dropped} bytes dropped while no client read`);
      dropped = 0;
    }
    socket.write(bytes);
  }, shaping, modem.clock, () => moduleLine(modem));
  const onTx = (bytes: Buffer) => shaper.push(bytes);
  modem.events.on('tx', onTx);
  socket.on('data', (data: Buffer | string) => modem.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data));
  // EIO on the master means no slave is open; we keep one open, so errors are unexpected but
  // must not crash the simulator.
  socket.on('error', (e) => modem.log(`pty ${pty}: ${e.message}`));
  socket.resume();
  let closed = false;
  return {
    path: pty,
    close() {
      if (closed) return;
      closed = true;
      modem.events.off('tx', onTx);
      shaper.close();
      raw.close();
    },
  };
}

/** The module's UART rate and character size, for `baudRate: 'module'` pacing. */
function moduleLine(modem: Modem): LineRate {
  return { baudRate: modem.serial.line.baudRate, bitsPerCharacter: bitsPerCharacter(modem.serial.line) };
}
