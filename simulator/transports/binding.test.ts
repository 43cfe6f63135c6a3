// An application's own test opening the simulator through serialport's stream API.

import { SerialPortStream } from '@serialport/stream';
import { describe, expect, it } from 'vitest';
import { InstantClock } from '../core/clock.js';
import { Modem } from '../core/modem.js';
import { createSimulatorBinding } from './binding.js';

function readUntil(port: SerialPortStream, pattern: RegExp, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      port.off('data', onData);
      reject(new Error(`timeout waiting for ${pattern}; got ${JSON.stringify(text)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (pattern.test(text)) {
        clearTimeout(timer);
        port.off('data', onData);
        resolve(text);
      }
    };
    port.on('data', onData);
  });
}

function openPort(binding: ReturnType<typeof createSimulatorBinding>, path: string): Promise<SerialPortStream> {
  return new Promise((resolve, reject) => {
    const port = new SerialPortStream({ binding, path, baudRate: 115200 }, (err) => (err ? reject(err) : resolve(port)));
  });
}

describe('in-process serialport binding', () => {
  it('talks AT through SerialPortStream', async () => {
    const binding = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    binding.attach('/dev/ttySIM0', modem);
    const port = await openPort(binding, '/dev/ttySIM0');
    const answer = readUntil(port, /OK\r\n$/);
    port.write('ATI\r');
    expect(await answer).toBe('ATI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIM767XX-XXXX\r\nRevision: 2348B01SIM767XM5A\r\nIMEI: 351602000330570\r\n\r\nOK\r\n');
    await new Promise<void>((r) => port.close(() => r()));
  });

  it('keeps one registry per binding and refuses unknown or busy paths', async () => {
    const a = createSimulatorBinding();
    const b = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    a.attach('/dev/ttySIM1', modem);
    expect((await a.list()).map((p) => p.path)).toEqual(['/dev/ttySIM1']);
    expect(await b.list()).toEqual([]);
    await expect(b.open({ path: '/dev/ttySIM1', baudRate: 115200 })).rejects.toMatchObject({ code: 'PORT_NOT_FOUND' });
    const first = await a.open({ path: '/dev/ttySIM1', baudRate: 115200 });
    await expect(a.open({ path: '/dev/ttySIM1', baudRate: 115200 })).rejects.toMatchObject({ code: 'PORT_IN_USE' });
    await first.close();
  });

  it('drives DTR through set() and reports DCD/DSR/CTS/RI through get()', async () => {
    const binding = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    binding.attach('/dev/ttySIM2', modem);
    const port = await binding.open({ path: '/dev/ttySIM2', baudRate: 115200 });
    expect(await port.get()).toEqual({ cts: true, dsr: true, dcd: false, ri: false });
    await port.set({ dtr: false });
    expect(modem.signals.dtr).toBe(false);
    await port.set({ dtr: true });
    modem.pulseRi(120);
    expect((await port.get()).ri).toBe(true);
    modem.powerOff();
    expect(await port.get()).toEqual({ cts: false, dsr: false, dcd: false, ri: false });
    await port.close();
  });

  it('answers asynchronously, never inside write()', async () => {
    const binding = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    binding.attach('/dev/ttySIM3', modem);
    const port = await binding.open({ path: '/dev/ttySIM3', baudRate: 115200 });
    let answered = false;
    modem.events.on('tx', () => {
      answered = true;
    });
    const write = port.write(Buffer.from('AT\r'));
    expect(answered).toBe(false);
    await write;
    const buf = Buffer.alloc(64);
    let text = '';
    while (!text.endsWith('OK\r\n')) {
      const { bytesRead } = await port.read(buf, 0, 64);
      text += buf.subarray(0, bytesRead).toString('latin1');
    }
    expect(text).toBe('AT\r\r\nOK\r\n');
    const pending = port.read(buf, 0, 64);
    await port.close();
    await expect(pending).rejects.toMatchObject({ canceled: true });
  });

  it('cuts output into chunks when asked', async () => {
    const binding = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    binding.attach('/dev/ttySIM4', modem, { chunkSize: 3 });
    const port = await binding.open({ path: '/dev/ttySIM4', baudRate: 115200 });
    await port.write(Buffer.from('ATE0\r'));
    const buf = Buffer.alloc(64);
    const sizes: number[] = [];
    let text = '';
    while (!text.endsWith('OK\r\n')) {
      const { bytesRead } = await port.read(buf, 0, 64);
      sizes.push(bytesRead);
      text += buf.subarray(0, bytesRead).toString('latin1');
    }
    expect(text).toBe('ATE0\r\r\nOK\r\n');
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    await port.close();
  });
});
