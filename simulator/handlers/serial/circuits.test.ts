import { describe, expect, it } from 'vitest';
import { reply, type CommandHandler, type DataSink } from '../../core/handler.js';
import { basic } from '../../core/result.js';
import { ModemHarness } from '../../testing/harness.js';

/** AT+CGMI opens a data connection (a stand-in for ATD*99#); `sink()` is its network end. */
function dataCall(): { handler: CommandHandler; sink: () => DataSink } {
  let sink: DataSink | undefined;
  return {
    handler: {
      name: '+CGMI',
      exec: () =>
        reply(basic('CONNECT'), [], [
          {
            type: 'data-mode',
            open: (s) => {
              sink = s;
              return { write: () => undefined, hangup: () => undefined };
            },
          },
        ]),
    },
    sink: () => sink!,
  };
}

async function escape(h: ModemHarness): Promise<void> {
  await h.advance(1100);
  h.send('+++');
  await h.advance(1100);
}

describe('AT&C (§8.2.2)', () => {
  it('&C1: DCD on while the connection is up, also when +++ suspended it; off when it ends', async () => {
    const call = dataCall();
    const h = await ModemHarness.start({ handlers: [call.handler] });
    await h.command('ATE0&C1');
    expect(h.modem.signals.dcd).toBe(false);
    await h.command('AT+CGMI');
    expect(h.modem.signals.dcd).toBe(true);
    await escape(h);
    expect(h.modem.port.mode).toBe('command');
    expect(h.modem.signals.dcd).toBe(true);
    call.sink().closed();
    await h.settle();
    expect(h.modem.signals.dcd).toBe(false);
  });

  it('&C2: DCD on, except for one second after a connection ends', async () => {
    const call = dataCall();
    const h = await ModemHarness.start({ handlers: [call.handler] });
    await h.command('ATE0&C2');
    expect(h.modem.signals.dcd).toBe(true);
    await h.command('AT+CGMI');
    expect(h.modem.signals.dcd).toBe(true);
    call.sink().closed();
    await h.settle();
    expect(h.take()).toBe('\r\nNO CARRIER\r\n');
    expect(h.modem.signals.dcd).toBe(false);
    await h.advance(999);
    expect(h.modem.signals.dcd).toBe(false);
    await h.advance(1);
    expect(h.modem.signals.dcd).toBe(true);
  });

  it('&C0: DCD always on; the omitted value is 0', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0&C');
    expect(await h.command('AT&V')).toContain('&C: 0;');
    expect(h.modem.signals.dcd).toBe(true);
    expect(await h.command('AT&C3')).toBe('\r\nERROR\r\n');
  });
});

describe('AT&D (§8.2.1)', () => {
  it('&D0 (the factory value, per the AT&V example): DTR is ignored in data mode', async () => {
    const call = dataCall();
    const h = await ModemHarness.start({ handlers: [call.handler] });
    await h.command('ATE0');
    expect(await h.command('AT&V')).toContain('&D: 0;');
    await h.command('AT+CGMI');
    h.modem.setDteSignals({ dtr: false });
    await h.settle();
    expect(h.take()).toBe('');
    expect(h.modem.port.mode).toBe('data');
  });

  it('&D1 keeps the call and ATO returns to it; &D2 ends it', async () => {
    const call = dataCall();
    const h = await ModemHarness.start({ handlers: [call.handler] });
    await h.command('ATE0&D1');
    await h.command('AT+CGMI');
    h.modem.setDteSignals({ dtr: false });
    await h.settle();
    expect(h.take()).toBe('\r\nOK\r\n');
    h.modem.setDteSignals({ dtr: true });
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\n');
    await escape(h);
    h.take();
    await h.command('AT&D2');
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\n');
    h.modem.setDteSignals({ dtr: false });
    await h.settle();
    expect(h.take()).toBe('\r\nNO CARRIER\r\n');
    h.modem.setDteSignals({ dtr: true });
    expect(await h.command('ATO')).toBe('\r\nNO CARRIER\r\n');
  });

  it('is saved by AT&W and restored at power-on', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0&D2&C2&W');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    expect(await h.command('AT&V')).toMatch(/&C: 2; &D: 2;/);
  });
});
