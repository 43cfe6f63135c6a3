// JUnit XML for CI: one <testsuite> per suite, one <testcase> per test. "fail" is a
// <failure>; "pending" and "not-implemented" are <skipped> with the reason in `message`, so a
// CI dashboard shows them as skipped-with-reason, never silently gone.

import type { RunReport } from '../run.js';
import type { TestResult } from '../suite.js';

function xml(text: string): string {
  // XML 1.0 forbids most control characters even escaped; show them as \xHH.
  return text
    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function testcase(r: TestResult, className: string): string {
  const open = `    <testcase classname="${xml(className)}" name="${xml(r.test)}" time="${(r.durationMs / 1000).toFixed(3)}"`;
  const out = r.log.length > 0 ? `\n      <system-out>${xml(r.log.join('\n'))}</system-out>` : '';
  switch (r.status) {
    case 'pass':
      return out ? `${open}>${out}\n    </testcase>` : `${open}/>`;
    case 'fail':
      return `${open}>\n      <failure message="${xml((r.message ?? '').split('\n')[0]!)}">${xml(r.message ?? '')}</failure>${out}\n    </testcase>`;
    case 'not-implemented':
      return `${open}>\n      <skipped message="${xml('NOT IMPLEMENTED: ' + (r.message ?? ''))}"/>${out}\n    </testcase>`;
    case 'pending':
      return `${open}>\n      <skipped message="${xml('PENDING: ' + (r.message ?? ''))}"/>${out}\n    </testcase>`;
  }
}

export function junitXml(report: RunReport): string {
  const bySuite = new Map<string, TestResult[]>();
  for (const r of report.results) bySuite.set(r.suite, [...(bySuite.get(r.suite) ?? []), r]);
  const suites = [...bySuite.entries()].map(([suite, results]) => {
    const failures = results.filter((r) => r.status === 'fail').length;
    const skipped = results.filter((r) => r.status === 'pending' || r.status === 'not-implemented').length;
    const time = results.reduce((s, r) => s + r.durationMs, 0) / 1000;
    const className = `conformance.${suite}`;
    return (
      `  <testsuite name="${xml(suite)}" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(3)}">\n` +
      `    <properties><property name="target" value="${xml(report.target)}"/><property name="profile" value="${xml(report.profile)}"/></properties>\n` +
      results.map((r) => testcase(r, className)).join('\n') +
      `\n  </testsuite>`
    );
  });
  const all = report.results;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="modem-conformance ${xml(report.target)}" tests="${all.length}" failures="${all.filter((r) => r.status === 'fail').length}" time="${(report.durationMs / 1000).toFixed(3)}">\n` +
    suites.join('\n') +
    `\n</testsuites>\n`
  );
}
