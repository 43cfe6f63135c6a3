// The runner's decisions (capabilities, hazards, control channel, no device), how tests end,
// and the reports.

import { describe, expect, it } from 'vitest';
import { loadCapabilities, profileForModel } from '../capabilities/capabilities.js';
import { SimTarget } from '../targets/sim-target.js';
import { junitXml } from './reports/junit.js';
import { buildMatrix, matrixHtml, matrixMarkdown } from './reports/matrix.js';
import { pendingReason, runSuites, summarize } from './run.js';
import { defineSuite, DEFAULT_RUN_OPTIONS, type TestDef } from './suite.js';
import { expectRaw } from './expect.js';

const demo = defineSuite({
  id: 'demo',
  title: 'Demo',
  description: 'one of each ending',
  tests: [
    { name: 'passes', run: async (ctx) => expectRaw(await ctx.cmd('AT'), 'AT\\r\\r\\nOK\\r\\n') },
    { name: 'fails with a diff', run: async (ctx) => expectRaw(await ctx.cmd('AT+CGMI'), 'AT+CGMI\\r\\r\\nACME\\r\\n\\r\\nOK\\r\\n') },
    // MMS over WAP: "0 - WAP (not supported)" (manual §24.2.2), so it stays unsupported.
    { name: 'not implemented', run: async (ctx) => void (await ctx.ok('AT+CMMSPROTO=0')) },
    { name: 'needs money', hazards: ['spends-money'], run: async () => {} },
    { name: 'needs control', needsControl: true, run: async (ctx) => void (await ctx.control('status')) },
    { name: 'lacks cbc', requires: ['status.cbc'], run: async () => {} },
    { name: 'throws', run: async () => { throw new Error('boom'); } },
  ],
});

async function runDemo(profile = 'sim767xx', simulated = true) {
  return runSuites({
    target: 'sim',
    makeTarget: async () => new SimTarget(),
    isolation: 'per-test',
    simulated,
    suites: [demo],
    capabilities: loadCapabilities(profile),
    options: DEFAULT_RUN_OPTIONS,
  });
}

describe('runner', () => {
  it('classifies every ending', async () => {
    const report = await runDemo();
    const by = Object.fromEntries(report.results.map((r) => [r.test, r.status]));
    expect(by).toEqual({
      passes: 'pass',
      'fails with a diff': 'fail',
      'not implemented': 'not-implemented',
      'needs money': 'pass',
      'needs control': 'pass',
      'lacks cbc': 'pass',
      throws: 'fail',
    });
    const diff = report.results.find((r) => r.test === 'fails with a diff')!.message!;
    expect(diff).toContain('- ACME\\r\\n');
    expect(diff).toContain('+ SIMCOM INCORPORATED\\r\\n');
    expect(summarize(report.results)).toEqual({ pass: 4, fail: 2, 'not-implemented': 1, pending: 0 });
  });

  it('keeps hazards, missing features and a missing control channel pending, with the reason', async () => {
    const report = await runDemo('generic', false);
    const msg = Object.fromEntries(report.results.map((r) => [r.test, `${r.status}: ${r.message ?? ''}`]));
    expect(msg['needs money']).toMatch(/^pending: not run on hardware: it sends an SMS .* pass --allow spends-money/);
    expect(msg['lacks cbc']).toMatch(/^pending: .* lacks status\.cbc/);
    const noControl: TestDef = { name: 'x', needsControl: true, run: async () => {} };
    const target = { control: undefined } as unknown as SimTarget;
    expect(pendingReason(noControl, { capabilities: loadCapabilities('sim767xx'), simulated: false, options: DEFAULT_RUN_OPTIONS }, target)).toMatch(/control channel/);
    expect(pendingReason(noControl, { capabilities: loadCapabilities('sim767xx'), simulated: false, options: DEFAULT_RUN_OPTIONS, pendingAll: 'no device' })).toBe('no device');
  });

  it('writes JUnit XML with failures and reasons for skipped tests', async () => {
    const xml = junitXml(await runDemo('generic', false));
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>/);
    expect(xml).toContain('<testsuite name="demo" tests="7" failures="2" errors="0" skipped="3"');
    expect(xml).toContain('<skipped message="NOT IMPLEMENTED: not implemented by the target: AT+CMMSPROTO=0 → +CME ERROR: operation not supported"/>');
    expect(xml).toContain('<skipped message="PENDING: not run on hardware');
    expect(xml).not.toMatch(/[\x00-\x08]/);
  });

  it('builds the command × form matrix', async () => {
    const report = await runDemo();
    const rows = buildMatrix(report.results);
    const cgmi = rows.find((r) => r.command === '+CGMI')!;
    expect(cgmi.cells.exec?.status).toBe('fail');
    expect(rows.find((r) => r.command === '+CMMSPROTO')!.cells.write?.status).toBe('not-implemented');
    expect(matrixHtml(report)).toContain('<code>AT+CGMI</code>');
    expect(matrixMarkdown(report)).toContain('| `AT+CGMI` | 2.2.13 |');
  });
});

describe('capabilities files', () => {
  it('extend each other and reject unknown features', () => {
    expect(loadCapabilities('broken-prompt').lacks).toEqual({});
    expect(Object.keys(loadCapabilities('generic').lacks)).toContain('status.cbc');
    expect(() => loadCapabilities('nosuch')).toThrow(/no capabilities file for "nosuch"/);
  });

  it('pick the profile from +CGMM', () => {
    expect(profileForModel('SIM767XX-XXXX')).toBe('sim767xx');
    expect(profileForModel('SIMCOM_SIM7600E-H')).toBe('sim7600');
    expect(profileForModel('EC25')).not.toBe('sim767xx');
  });
});
