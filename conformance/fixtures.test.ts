// Every fixture under fixtures/ (manual examples, seed flows, recorded sessions), globbed:
// each parses and survives a round trip through the serializer, and replaying it against a
// fresh simulator reproduces every step at least as well as the committed baseline
// (fixtures/FIDELITY.json, written by `npx tsx scripts/fidelity.ts --baseline write`). A step
// that gets better is fine (update the baseline); one that gets worse fails here, by name.

import { readFileSync } from 'node:fs';
import { relative, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTranscript, serializeTranscript } from './transcript/format.js';
import { headerValue } from './transcript/transcript.js';
import { BASELINE, measureFixture, regressions, replayableFixtures } from '../scripts/fidelity.js';
import type { MatchLevel } from './transcript/match.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const files = replayableFixtures();
const baseline = JSON.parse(readFileSync(BASELINE, 'utf8')) as Record<string, MatchLevel[]>;

describe('fixtures', () => {
  it('there are fixtures for about every example block of the manual', () => {
    expect(files.filter((f) => relative(FIXTURES, f).startsWith('manual/')).length).toBeGreaterThan(600);
  });

  for (const file of files) {
    const name = relative(FIXTURES, file);
    it(`${name} parses, round-trips and replays no worse than its baseline`, async () => {
      const text = readFileSync(file, 'latin1');
      const t = parseTranscript(text, name);
      expect(headerValue(t, 'source')).toBeTruthy();
      expect(parseTranscript(serializeTranscript(t, { layout: 'lines' }))).toEqual(t);
      const measured = await measureFixture(file);
      expect(baseline[name], `no baseline for ${name}: run npx tsx scripts/fidelity.ts --baseline write`).toBeDefined();
      expect(regressions([measured], baseline)).toEqual([]);
    });
  }
});
