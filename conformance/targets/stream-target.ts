// Targets on a real byte stream, in wall-clock time: a serial device (a real module, or a pty)
// through the `serialport` package, and a TCP connection. Waiting is event-driven: a wait ends
// when the awaited bytes arrive or the timeout passes.

import net from 'node:net';
import { ConformanceError } from '../errors.js';
import { ByteTarget } from './byte-target.js';
import type { TargetInfo } from './target.js';

/** The few things a target needs from a byte stream. */
export interface BytePort {
  open(): Promise<void>;
  write(bytes: Buffer): Promise<void>;
  onData(listener: (bytes: Buffer) => void): void;
  onClose(listener: (error?: Error) => void): void;
  close(): Promise<void>;
}

export class StreamTarget extends ByteTarget {
  private waiters = new Set<() => void>();
  private closedBy: Error | undefined;

  constructor(
    readonly info: TargetInfo,
    private readonly port: BytePort,
    private readonly cleanup: () => Promise<void> = async () => {},
  ) {
    super();
  }

  protected async openTransport(): Promise<void> {
    this.port.onData((bytes) => {
      this.received(bytes);
      for (const w of [...this.waiters]) w();
    });
    this.port.onClose((error) => {
      this.closedBy = error ?? new Error('the port closed');
      for (const w of [...this.waiters]) w();
    });
    await this.port.open();
  }

  protected async closeTransport(): Promise<void> {
    try {
      await this.port.close();
    } finally {
      await this.cleanup();
    }
  }

  protected async rawWrite(bytes: Buffer): Promise<void> {
    if (this.closedBy) throw new ConformanceError('TARGET_CLOSED', `${this.info.spec}: ${this.closedBy.message}`);
    await this.port.write(bytes);
  }

  protected waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
    if (done()) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (value: boolean) => {
        clearTimeout(timer);
        clearInterval(poll);
        this.waiters.delete(check);
        resolve(value);
      };
      const check = () => {
        if (done()) finish(true);
        else if (this.closedBy) finish(false);
      };
      const timer = setTimeout(() => finish(done()), timeoutMs);
      // Conditions may depend on time passing (a quiet period), not only on bytes arriving.
      const poll = setInterval(check, 25);
      this.waiters.add(check);
    });
  }

  now(): number {
    return Date.now();
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }
}

/** A serial device (or pty) through the serialport package, loaded only when used. */
export function serialPort(path: string, baudRate: number): BytePort {
  let port: import('serialport').SerialPort | undefined;
  const dataListeners: Array<(b: Buffer) => void> = [];
  const closeListeners: Array<(e?: Error) => void> = [];
  return {
    async open() {
      const { SerialPort } = await import('serialport');
      port = new SerialPort({ path, baudRate, autoOpen: false });
      port.on('data', (b: Buffer) => dataListeners.forEach((l) => l(b)));
      port.on('close', (e?: Error) => closeListeners.forEach((l) => l(e ?? undefined)));
      await new Promise<void>((resolve, reject) =>
        port!.open((e) => (e ? reject(new ConformanceError('TARGET_UNAVAILABLE', `cannot open ${path}: ${e.message}`)) : resolve())),
      );
    },
    write(bytes) {
      return new Promise((resolve, reject) => {
        port!.write(bytes, (e) => (e ? reject(e) : port!.drain((e2) => (e2 ? reject(e2) : resolve()))));
      });
    },
    onData: (l) => dataListeners.push(l),
    onClose: (l) => closeListeners.push(l),
    close() {
      return new Promise((resolve) => {
        if (!port?.isOpen) return resolve();
        port.close(() => resolve());
      });
    },
  };
}

/** A TCP connection (the simulator's --tcp, a ser2net port, a module's own TCP bridge). */
export function tcpPort(host: string, port: number): BytePort {
  let socket: net.Socket | undefined;
  const dataListeners: Array<(b: Buffer) => void> = [];
  const closeListeners: Array<(e?: Error) => void> = [];
  return {
    open() {
      return new Promise((resolve, reject) => {
        const s = net.connect({ host, port });
        s.once('connect', () => {
          socket = s;
          s.setNoDelay(true);
          resolve();
        });
        s.once('error', (e) => reject(new ConformanceError('TARGET_UNAVAILABLE', `cannot connect to ${host}:${port}: ${e.message}`)));
        s.on('data', (b) => dataListeners.forEach((l) => l(b)));
        s.on('close', () => closeListeners.forEach((l) => l()));
      });
    },
    write(bytes) {
      return new Promise((resolve, reject) => socket!.write(bytes, (e) => (e ? reject(e) : resolve())));
    },
    onData: (l) => dataListeners.push(l),
    onClose: (l) => closeListeners.push(l),
    close() {
      return new Promise((resolve) => {
        if (!socket || socket.destroyed) return resolve();
        socket.once('close', () => resolve());
        socket.end();
        setTimeout(() => socket?.destroy(), 200).unref();
      });
    },
  };
}
