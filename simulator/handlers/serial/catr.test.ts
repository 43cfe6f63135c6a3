import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../../testing/harness.js';

describe('AT+CATR (§8.2.10)', () => {
  it('prints URCs on the UART for 0 (all ports) and 3 (UART), and not for a USB or RIL port', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const logs: string[] = [];
    h.modem.events.on('log', (m) => logs.push(m));
    for (const [port, printed] of [[1, false], [2, false], [4, false], [3, true], [0, true]] as const) {
      expect(await h.command(`AT+CATR=${port}`)).toBe('\r\nOK\r\n');
      expect(await h.command('AT+CATR?')).toBe(`\r\n+CATR: ${port}\r\n\r\nOK\r\n`);
      h.modem.urc('+CMTI: "SM",1');
      await h.settle();
      expect(h.take(), `port ${port}`).toBe(printed ? '\r\n+CMTI: "SM",1\r\n' : '');
    }
    expect(logs.some((l) => l.includes('+CATR=4 routes URCs') && l.includes('+CMTI'))).toBe(true);
  });

  it('still prints the answers of commands, and refuses ports outside 0-4', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CATR=1');
    expect(await h.command('AT+CGMM')).toBe('\r\nSIM767XX-XXXX\r\n\r\nOK\r\n');
    for (const bad of ['AT+CATR=5', 'AT+CATR=', 'AT+CATR="1"', 'AT+CATR=1,1', 'AT+CATR=-1']) expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
  });

  it('is NO_SAVE', async () => {
    const h = await ModemHarness.start();
    await h.command('AT+CATR=2');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    // The boot URCs follow the factory routing (all ports).
    expect(h.take()).toContain('*ATREADY: 1');
    expect(await h.command('AT+CATR?')).toBe('AT+CATR?\r\r\n+CATR: 0\r\n\r\nOK\r\n');
  });
});
