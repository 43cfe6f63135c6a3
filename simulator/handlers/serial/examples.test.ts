// Every example of manual chapter 8 (the `examples` blocks of the generated records), run
// against a fresh simulator with echo off and compared byte for byte with the framing the
// manual's conventions give (§1.4: <CR><LF> omitted in the manual; ATV1 framing).
//
// Where the example cannot be taken literally, CORRECTIONS says why and what is expected (a
// manual typo against its own response syntax). SETUP puts the module in the situation the
// example shows.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { loadCommandTable } from '../../spec/table.js';
import { ModemHarness } from '../../testing/harness.js';

interface Exchange {
  command: string;
  response: string[];
}

/** Splits an example block into command lines and the lines that answer each. */
function exchanges(lines: readonly string[]): Exchange[] {
  const out: Exchange[] = [];
  for (const line of lines) {
    if (/^AT/i.test(line)) out.push({ command: line, response: [] });
    else out[out.length - 1]?.response.push(line);
  }
  return out;
}

function framed(response: readonly string[]): string {
  const info = response.slice(0, -1);
  const final = response[response.length - 1]!;
  return (info.length > 0 ? '\r\n' + info.map((l) => l + '\r\n').join('') : '') + `\r\n${final}\r\n`;
}

/** Lines the module prints differently from the record, and why. */
const CORRECTIONS: Record<string, { response: string[]; why: string }> = {
  'AT+IFC?': { response: ['+IFC: 0,0', 'OK'], why: 'manual typo "+ICF: 0,0"; its response syntax is +IFC: <dce>,<dte>' },
};

/** The situation an example shows, set up before it runs. */
const SETUP: Record<string, (h: ModemHarness) => Promise<void>> = {
  // The example board: DTR not driven (pulled high), USB plugged in.
  'AT+LPSTATUS': async (h) => {
    h.modem.setDteSignals({ dtr: false });
    await new ModemControl(h.modem).run('set usb', { connected: true });
  },
};

const table = loadCommandTable();
const chapter8 = table.manual.filter((c) => c.chapter === 8);

describe('manual chapter 8 examples', () => {
  it('covers every command of the chapter', () => {
    expect(chapter8.map((c) => c.name).sort()).toEqual(['&C', '&D', '+CATR', '+CFGRI', '+CMUX', '+CSCLK', '+CURCD', '+ICF', '+IFC', '+IPR', '+IPREX', '+LPSTATUS']);
    expect(chapter8.every((c) => c.examples.length > 0)).toBe(true);
  });

  for (const spec of chapter8) {
    spec.examples.forEach((block, n) => {
      for (const ex of exchanges(block.lines)) {
        it(`§${spec.section} example ${n + 1}: ${ex.command}`, async () => {
          const h = await ModemHarness.start();
          await h.command('ATE0');
          await SETUP[ex.command]?.(h);
          const expected = CORRECTIONS[ex.command]?.response ?? ex.response;
          expect(await h.command(ex.command)).toBe(framed(expected));
        });
      }
    });
  }
});
