// An application's own test opening the simulator through serialport's stream API; then the
// wire between the DTE's port settings and the module's (+IPR/+ICF), circuits, pacing.

import { SerialPortStream } from '@serialport/stream';
import { describe, expect, it } from 'vitest';
import { InstantClock } from '../core/clock.js';
import { Modem } from '../core/modem.js';
import { ModemHarness } from '../testing/harness.js';
import { createSimulatorBinding, type AttachOptions } from './binding.js';

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

async function openOnHarness(h: ModemHarness, options: { baudRate: number; dataBits?: 7 | 8; parity?: 'none' | 'even' }, attach: AttachOptions = {}) {
  const binding = createSimulatorBinding();
  binding.attach('/dev/ttyModem0', h.modem, attach);
  const port = new SerialPortStream({ binding, path: '/dev/ttyModem0', ...options });
  await new Promise<void>((resolve, reject) => port.on('open', resolve).on('error', reject));
  let received = Buffer.alloc(0);
  port.on('data', (d: Buffer) => {
    received = Buffer.concat([received, d]);
  });
  const call = (method: 'update' | 'set', arg: object) =>
    new Promise<void>((resolve, reject) => (port[method] as (a: object, cb: (e?: Error | null) => void) => void)(arg, (e) => (e ? reject(e) : resolve())));
  return {
    port,
    /** Writes `text`, lets the module answer, returns what the port read since the last call. */
    async talk(text: string): Promise<Buffer> {
      port.write(Buffer.from(text, 'latin1'));
      for (let i = 0; i < 5; i++) {
        await h.finish();
        await h.settle();
      }
      const out = received;
      received = Buffer.alloc(0);
      return out;
    },
    /** What the port read so far, without clearing it. */
    peek: () => received.toString('latin1'),
    update: (baudRate: number) => call('update', { baudRate }),
    set: (signals: { dtr?: boolean; rts?: boolean }) => call('set', signals),
    get: () =>
      new Promise<{ ri?: boolean; dcd: boolean }>((resolve, reject) =>
        port.get((e, bits) => (e ? reject(e) : resolve(bits as unknown as { ri?: boolean; dcd: boolean }))),
      ),
    close: () => new Promise<void>((resolve) => port.close(() => resolve())),
  };
}

describe('binding: the line between the DTE port and the module', () => {
  it('talks cleanly when both sides run 115200 8N1', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200 });
    expect((await p.talk('AT\r')).toString('latin1')).toBe('AT\r\r\nOK\r\n');
    await p.close();
  });

  it('garbles both ways when the DTE opens at another rate, as a real UART does', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 9600 });
    h.modem.urc('+CPIN: READY');
    await h.settle();
    const heard = await p.talk('AT\r');
    expect(heard.toString('latin1')).not.toContain('OK');
    expect(heard.toString('latin1')).not.toContain('READY');
    await p.close();
  });

  it('sends the OK of AT+IPR at the old rate, then needs the DTE to follow', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200 });
    expect((await p.talk('AT+IPR=9600\r')).toString('latin1')).toBe('AT+IPR=9600\r\r\nOK\r\n');
    expect((await p.talk('AT\r')).toString('latin1')).not.toContain('OK');
    await p.update(9600);
    // What the module made of that AT is still in its line buffer: a CR flushes it, as a DTE
    // re-synchronising after a rate change does.
    expect((await p.talk('\r')).toString('latin1')).toMatch(/ERROR\r\n$/);
    expect((await p.talk('AT+IPR?\r')).toString('latin1')).toBe('AT+IPR?\r\r\n+IPR: 9600\r\n\r\nOK\r\n');
    await p.close();
  });

  it('applies +ICF framing: a 7E1 DTE is misread by the 8N1 module, and clean once both use 7E1', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200, dataBits: 7, parity: 'even' });
    // The module reads the parity bit as bit 7: 'T' (odd number of ones) arrives as 0xD4, CR as 0x8D.
    expect((await p.talk('AT\r')).toString('latin1')).not.toContain('OK');
    await p.close();
    const h2 = await ModemHarness.start();
    await h2.command('AT+ICF=3,1');
    const q = await openOnHarness(h2, { baudRate: 115200, dataBits: 7, parity: 'even' });
    expect((await q.talk('AT+ICF?\r')).toString('latin1')).toBe('AT+ICF?\r\r\n+ICF: 3,1\r\n\r\nOK\r\n');
    await q.close();
  });

  it('passes bytes unchanged with lineSettings: "ignore"', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 9600 }, { lineSettings: 'ignore' });
    expect((await p.talk('AT\r')).toString('latin1')).toBe('AT\r\r\nOK\r\n');
    await p.close();
  });

  it('reports RI pulses for URCs in get() when +CFGRI=1', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200 });
    await p.talk('AT+CFGRI=1\r');
    h.modem.urc('+CMTI: "SM",3');
    await h.settle();
    expect((await p.get()).ri).toBe(true);
    await h.advance(119);
    expect((await p.get()).ri).toBe(true);
    await h.advance(1);
    expect((await p.get()).ri).toBe(false);
    await p.close();
  });

  it('holds the module\'s output while RTS is off under AT+IFC=2,2', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200 });
    await p.talk('AT+IFC=2,2\r');
    await p.set({ dtr: true, rts: false });
    expect((await p.talk('AT\r')).toString('latin1')).toBe('');
    await p.set({ dtr: true, rts: true });
    expect((await p.talk('')).toString('latin1')).toBe('AT\r\r\nOK\r\n');
    await p.close();
  });

  it('paces output at the module\'s rate with baudRate: "module", following +IPR', async () => {
    const h = await ModemHarness.start();
    const p = await openOnHarness(h, { baudRate: 115200 }, { baudRate: 'module', chunkSize: 1 });
    p.port.write('AT\r');
    for (let i = 0; i < 4; i++) await h.settle();
    // 9 bytes at 115200 8N1 (10 bits each) take 0.78 ms: one byte each 0.087 ms.
    expect(p.peek().length).toBeLessThan(3);
    await h.advance(0.5);
    expect(p.peek().length).toBeLessThan(9);
    await h.advance(0.5);
    expect(p.peek()).toBe('AT\r\r\nOK\r\n');
    await p.close();

    const slow = await ModemHarness.start();
    await slow.command('AT+IPR=9600');
    const q = await openOnHarness(slow, { baudRate: 9600 }, { baudRate: 'module' });
    q.port.write('AT\r');
    for (let i = 0; i < 4; i++) await slow.settle();
    await slow.advance(8);
    expect(q.peek()).not.toBe('AT\r\r\nOK\r\n');
    // Nine characters at 9600 bit/s: 9.4 ms.
    await slow.advance(2);
    expect(q.peek()).toBe('AT\r\r\nOK\r\n');
    await q.close();
  });
});

describe('--instant and a DTE that takes its time', () => {
  it('keeps a timed data prompt open for bytes that come later in real time', async () => {
    // AT+CFTRANRX (manual §11.2.1) waits a limited time for its data. An InstantClock skips the
    // module's own delays but must not skip the DTE's: data sent 300 ms after the prompt is taken.
    const binding = createSimulatorBinding();
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    binding.attach('/dev/ttySIM9', modem);
    const port = await openPort(binding, '/dev/ttySIM9');
    const prompt = readUntil(port, /> $/);
    port.write('AT+CFTRANRX="C:/late.bin",5\r');
    await prompt;
    await new Promise((r) => setTimeout(r, 300));
    const answer = readUntil(port, /(OK|ERROR)\r\n$/);
    port.write('hello');
    expect(await answer).toBe('hello\r\nOK\r\n'); // the data echoed (ATE1), then OK
    const listed = readUntil(port, /OK\r\n$/);
    port.write('AT+FSATTRI=late.bin\r');
    expect(await listed).toContain('+FSATTRI: 5');
    await new Promise<void>((r) => port.close(() => r()));
  });
});
