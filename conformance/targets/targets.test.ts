// Targets: the response parser on its own, then the same exchanges through the in-process
// simulator, the CLI simulator over its pty and over TCP.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseResponse } from './response-parser.js';
import { applyCommandLine, FACTORY_SETTINGS } from './settings-tracker.js';
import { SimTarget } from './sim-target.js';
import { createTarget, parseTargetSpec } from './open-target.js';
import type { Target } from './target.js';

const V1 = { echo: true, verbose: true, quiet: false };

describe('response parser', () => {
  it('reads echo, information text and the final code', () => {
    const r = parseResponse('AT+CSQ\r\r\n+CSQ: 31,99\r\n\r\nOK\r\n', 'AT+CSQ', V1);
    expect(r).toMatchObject({ complete: true, echo: 'AT+CSQ', lines: ['+CSQ: 31,99'], final: 'OK', finalKind: 'ok', before: [] });
    expect(r.end).toBe(28);
  });

  it('waits for a complete final line', () => {
    expect(parseResponse('AT\r\r\nOK', 'AT', V1).complete).toBe(false);
    expect(parseResponse('AT\r\r\nOK\r', 'AT', V1).complete).toBe(false);
    expect(parseResponse('AT\r', 'AT', V1).complete).toBe(false);
  });

  it('separates a URC that arrived before the echo', () => {
    const r = parseResponse('\r\n+CMTI: "SM",1\r\nAT\r\r\nOK\r\n', 'AT', V1);
    expect(r).toMatchObject({ complete: true, before: ['+CMTI: "SM",1'], lines: [] });
  });

  it('under ATE0 takes leading lines of other commands\' URCs as unsolicited', () => {
    const r = parseResponse('\r\n+CMTI: "SM",1\r\n\r\n+CSQ: 1,2\r\n\r\nOK\r\n', 'AT+CSQ', { ...V1, echo: false }, { urcPrefixes: ['+CMTI', '+CREG'] });
    expect(r).toMatchObject({ before: ['+CMTI: "SM",1'], lines: ['+CSQ: 1,2'] });
    const own = parseResponse('\r\n+CREG: 0,1\r\n\r\nOK\r\n', 'AT+CREG?', { ...V1, echo: false }, { urcPrefixes: ['+CREG'] });
    expect(own.lines).toEqual(['+CREG: 0,1']);
  });

  it('reads ATV0 numeric codes and verbose +CME errors alike', () => {
    expect(parseResponse('ATI\rManufacturer: X\r\n0\r', 'ATI', { ...V1, verbose: false })).toMatchObject({ final: '0', finalKind: 'ok', lines: ['Manufacturer: X'] });
    expect(parseResponse('AT+X\r+CME ERROR: 4\r\n', 'AT+X', { ...V1, verbose: false })).toMatchObject({ finalKind: 'cme' });
    expect(parseResponse('AT+X\r\r\n+CMS ERROR: 321\r\n', 'AT+X', V1)).toMatchObject({ finalKind: 'cms', final: '+CMS ERROR: 321' });
  });

  it('recognises the data prompt, with or without its space', () => {
    expect(parseResponse('AT+CMGS="1"\r\r\n> ', 'AT+CMGS="1"', V1)).toMatchObject({ complete: false, prompt: '> ' });
    expect(parseResponse('AT+CMGS="1"\r\r\n>', 'AT+CMGS="1"', V1)).toMatchObject({ prompt: '>' });
  });

  it('copes with a module that does not echo although ATE1 is assumed', () => {
    expect(parseResponse('\r\nOK\r\n', 'AT', V1)).toMatchObject({ complete: true, final: 'OK' });
    expect(parseResponse('\r\nOK\r\n', 'AT', V1).echo).toBeUndefined();
  });
});

describe('settings tracker', () => {
  it('follows ATE/ATV/ATQ/AT&F, including several on one line', () => {
    expect(applyCommandLine(FACTORY_SETTINGS, 'ATE0')).toEqual({ echo: false, verbose: true, quiet: false });
    expect(applyCommandLine(FACTORY_SETTINGS, 'ATE0Q0V0;+CMEE=1')).toEqual({ echo: false, verbose: false, quiet: false });
    expect(applyCommandLine(FACTORY_SETTINGS, 'AT+CMGS="E0"')).toEqual(FACTORY_SETTINGS);
    expect(applyCommandLine({ echo: false, verbose: false, quiet: true }, 'AT&F')).toEqual(FACTORY_SETTINGS);
    expect(applyCommandLine(FACTORY_SETTINGS, 'ATS3=13E0')).toMatchObject({ echo: false });
    expect(applyCommandLine(FACTORY_SETTINGS, 'ATDE0;')).toEqual(FACTORY_SETTINGS);
  });
});

describe('target specifications', () => {
  it('parses every form and explains bad ones', () => {
    expect(parseTargetSpec('sim')).toEqual({ kind: 'sim', spawn: true });
    expect(parseTargetSpec('pty:')).toEqual({ kind: 'pty', spawn: true });
    expect(parseTargetSpec('pty:/dev/pts/4')).toEqual({ kind: 'pty', path: '/dev/pts/4', spawn: false });
    expect(parseTargetSpec('serial:/dev/ttyUSB2@9600')).toEqual({ kind: 'serial', path: '/dev/ttyUSB2', baudRate: 9600, spawn: false });
    expect(parseTargetSpec('serial:/dev/ttyUSB2')).toMatchObject({ baudRate: 115200 });
    expect(parseTargetSpec('tcp:modem.lan:7000')).toEqual({ kind: 'tcp', host: 'modem.lan', port: 7000, spawn: false });
    expect(() => parseTargetSpec('serial:')).toThrow(/needs a device/);
    expect(() => parseTargetSpec('usb')).toThrow(/unknown target "usb"/);
  });
});

/** The same checks on every kind of target. */
function exchangeChecks(name: string, make: () => Promise<Target>) {
  describe(`${name} target`, () => {
    let t: Target;
    beforeAll(async () => {
      t = await make();
      await t.open();
    });
    afterAll(async () => {
      await t?.close();
    });

    it('runs a command and returns the exchange', async () => {
      const x = await t.command('AT+CGMI');
      expect(x).toMatchObject({ echo: 'AT+CGMI', lines: ['SIMCOM INCORPORATED'], final: 'OK', finalKind: 'ok', timedOut: false });
      expect(x.raw).toBe('AT+CGMI\r\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n');
      expect(x.firstByteMs).toBeGreaterThanOrEqual(0);
    });

    it('tracks echo and result format', async () => {
      expect((await t.command('ATE0')).final).toBe('OK');
      expect(t.settings.echo).toBe(false);
      expect((await t.command('ATV0')).raw).toBe('0\r');
      const x = await t.command('AT+CGMM');
      expect(x).toMatchObject({ lines: ['SIM767XX-XXXX'], final: '0', finalKind: 'ok' });
      expect((await t.command('ATV1')).raw).toBe('\r\nOK\r\n');
      expect((await t.command('ATE1')).raw).toBe('\r\nOK\r\n');
    });

    it('reports an unsupported command distinctly', async () => {
      // MMS over WAP: "0 - WAP (not supported)" (manual §24.2.2).
      const x = await t.command('AT+CMMSPROTO=0');
      expect(x.finalKind).toBe('cme');
    });

    it('records everything as a transcript', async () => {
      const tr = t.transcript();
      expect(tr.entries.some((e) => e.kind === 'data' && e.dir === '>' && e.segments[0] === 'AT+CGMI\r')).toBe(true);
    });
  });
}

exchangeChecks('in-process simulator', async () => new SimTarget());
exchangeChecks('in-process simulator, output in 1-byte chunks', async () => new SimTarget({ chunkSize: 1 }));
exchangeChecks('CLI simulator over its pty', () => createTarget('pty:'));
exchangeChecks('CLI simulator over TCP', () => createTarget('tcp:'));

describe('in-process simulator timing', () => {
  it('times out in virtual time when nothing answers, without sleeping', async () => {
    const t = new SimTarget();
    await t.open();
    t.modem.powerOff();
    const before = Date.now();
    const x = await t.command('AT', { timeoutMs: 60_000 });
    expect(x.timedOut).toBe(true);
    expect(x.final).toBeUndefined();
    expect(Date.now() - before).toBeLessThan(2000);
    await t.close();
  });

  it('delivers URCs to awaitUrc, and the control channel works', async () => {
    const t = new SimTarget();
    await t.open();
    t.modem.urc('+CMTI: "SM",3');
    expect(await t.awaitUrc(/^\+CMTI:/, 1000)).toBe('+CMTI: "SM",3');
    expect(await t.awaitUrc(/^\+CMTI:/, 1000)).toBeUndefined();
    expect(await t.control.run('status')).toMatchObject({ power: 'on' });
    await t.close();
  });
});
