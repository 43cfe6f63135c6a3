// Live progress on a terminal stream: one line per suite, one per test as it finishes, the
// failure message indented under a failed test, and a summary at the end.

import { summarize, type RunReport } from '../run.js';
import type { SuiteDef, TestResult } from '../suite.js';

export interface ProgressReporter {
  suiteStart(suite: SuiteDef): void;
  result(r: TestResult): void;
  end(report: RunReport): void;
}

export function progressReporter(out: NodeJS.WritableStream, color = false): ProgressReporter {
  const paint = (code: number, text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const mark: Record<TestResult['status'], string> = {
    pass: paint(32, '✔'),
    fail: paint(31, '✘'),
    'not-implemented': paint(33, 'N/I'),
    pending: paint(36, '…'),
  };
  return {
    suiteStart(suite) {
      out.write(`\n${paint(1, suite.title)} (${suite.id})\n`);
    },
    result(r) {
      const time = r.durationMs >= 1000 ? ` ${(r.durationMs / 1000).toFixed(1)} s` : '';
      out.write(`  ${mark[r.status]} ${r.test}${time}\n`);
      if (r.status !== 'pass' && r.message) {
        const text = r.status === 'fail' ? r.message : r.message.split('\n')[0]!;
        out.write(text.split('\n').map((l) => `      ${l}`).join('\n') + '\n');
      }
    },
    end(report) {
      const c = summarize(report.results);
      out.write(
        `\n${report.results.length} tests against ${report.target} (${report.profile}) in ${(report.durationMs / 1000).toFixed(1)} s: ` +
          `${paint(32, `${c.pass} passed`)}, ${paint(31, `${c.fail} failed`)}, ${paint(33, `${c['not-implemented']} not implemented`)}, ${paint(36, `${c.pending} pending`)}\n`,
      );
    },
  };
}
