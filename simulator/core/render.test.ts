import { describe, expect, it } from 'vitest';
import { renderFinal, renderInfo, renderPrompt, type FormatSettings } from './render.js';
import { cme, cms, OK, ERROR, basic } from './result.js';

const V1: FormatSettings = { verbose: true, quiet: false, cmee: 2, s3: 13, s4: 10 };
const texts = { cme: (c: number) => (c === 10 ? 'SIM not inserted' : undefined), cms: (c: number) => (c === 321 ? 'invalid memory index' : undefined) };

describe('render', () => {
  it('frames V1 information text and result codes with CR LF', () => {
    expect(renderInfo(['+CSQ: 31,99'], V1)).toBe('\r\n+CSQ: 31,99\r\n');
    expect(renderInfo(['a', 'b'], V1)).toBe('\r\na\r\nb\r\n');
    expect(renderFinal(OK, V1, texts)).toBe('\r\nOK\r\n');
    expect(renderFinal(basic('CONNECT', '115200'), V1, texts)).toBe('\r\nCONNECT 115200\r\n');
  });

  it('uses numeric codes and bare text under V0', () => {
    const V0 = { ...V1, verbose: false };
    expect(renderInfo(['+CSQ: 31,99'], V0)).toBe('+CSQ: 31,99\r\n');
    expect(renderFinal(OK, V0, texts)).toBe('0\r');
    expect(renderFinal(ERROR, V0, texts)).toBe('4\r');
    expect(renderFinal(basic('NO CARRIER'), V0, texts)).toBe('3\r');
    expect(renderFinal(cme(10), { ...V0, cmee: 1 }, texts)).toBe('+CME ERROR: 10\r\n');
  });

  it('renders +CME/+CMS ERROR per CMEE', () => {
    expect(renderFinal(cme(10), { ...V1, cmee: 0 }, texts)).toBe('\r\nERROR\r\n');
    expect(renderFinal(cme(10), { ...V1, cmee: 1 }, texts)).toBe('\r\n+CME ERROR: 10\r\n');
    expect(renderFinal(cme(10), V1, texts)).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
    expect(renderFinal(cms(321), V1, texts)).toBe('\r\n+CMS ERROR: invalid memory index\r\n');
    expect(renderFinal(cms(999), V1, texts)).toBe('\r\n+CMS ERROR: 999\r\n');
  });

  it('suppresses result codes under Q1 but not information text', () => {
    const Q1 = { ...V1, quiet: true };
    expect(renderFinal(OK, Q1, texts)).toBe('');
    expect(renderInfo(['x'], Q1)).toBe('\r\nx\r\n');
  });

  it('uses S3/S4 for line ends', () => {
    const S = { ...V1, s3: 33, s4: 35 };
    expect(renderFinal(OK, S, texts)).toBe('!#OK!#');
  });

  it('prints the 27.005 prompt with its space', () => {
    expect(renderPrompt('> ', V1)).toBe('\r\n> ');
  });
});
