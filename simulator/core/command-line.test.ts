import { describe, expect, it } from 'vitest';
import { parseCommandBody, stripAtPrefix } from './command-line.js';

describe('stripAtPrefix', () => {
  it('accepts AT, at, At and aT', () => {
    for (const p of ['AT', 'at', 'At', 'aT']) expect(stripAtPrefix(`${p}+CSQ`)).toBe('+CSQ');
  });
  it('rejects a line without the prefix', () => {
    expect(stripAtPrefix('+CSQ')).toBeUndefined();
    expect(stripAtPrefix('A+CSQ')).toBeUndefined();
  });
});

describe('parseCommandBody', () => {
  it('splits the manual example line into its commands', () => {
    const r = parseCommandBody('E1Q0S0=1S3=13V1X4;+IFC=0,0;+IPR=115200');
    expect(r.ok && r.commands.map((c) => [c.name, c.form, c.argText])).toEqual([
      ['E', 'write', '1'],
      ['Q', 'write', '0'],
      ['S0', 'write', '1'],
      ['S3', 'write', '13'],
      ['V', 'write', '1'],
      ['X', 'write', '4'],
      ['+IFC', 'write', '0,0'],
      ['+IPR', 'write', '115200'],
    ]);
  });

  it('recognises the four extended forms, case-insensitively', () => {
    const r = parseCommandBody('+cmgf=?;+CMGF?;+cmgf=1;+CMGF');
    expect(r.ok && r.commands.map((c) => [c.name, c.form, c.argText])).toEqual([
      ['+CMGF', 'test', ''],
      ['+CMGF', 'read', ''],
      ['+CMGF', 'write', '1'],
      ['+CMGF', 'exec', ''],
    ]);
  });

  it('keeps semicolons inside quoted arguments', () => {
    const r = parseCommandBody('+CMGS="a;b";+CSQ');
    expect(r.ok && r.commands.map((c) => c.argText)).toEqual(['"a;b"', '']);
  });

  it('reads S-parameter forms', () => {
    const r = parseCommandBody('S3?S4=?S5=S6');
    expect(r.ok && r.commands.map((c) => [c.name, c.form, c.argText])).toEqual([
      ['S3', 'read', ''],
      ['S4', 'test', ''],
      ['S5', 'write', ''],
      ['S6', 'exec', ''],
    ]);
  });

  it('gives D the rest of the line', () => {
    const r = parseCommandBody('D*99#');
    expect(r.ok && r.commands).toEqual([{ name: 'D', syntax: 'basic', form: 'exec', argText: '*99#' }]);
  });

  it('reads & commands', () => {
    const r = parseCommandBody('&F0&W&V');
    expect(r.ok && r.commands.map((c) => [c.name, c.form])).toEqual([
      ['&F', 'write'],
      ['&W', 'exec'],
      ['&V', 'exec'],
    ]);
  });

  it('treats the bare AT as no commands', () => {
    expect(parseCommandBody('')).toEqual({ ok: true, commands: [] });
  });

  it('rejects malformed lines', () => {
    for (const bad of ['+CSQ+CREG?', '+CMGS="abc', '+', '&1', 'E=1', '!']) {
      expect(parseCommandBody(bad).ok, bad).toBe(false);
    }
  });
});
