// Shared helpers of the capture importers: building a transcript from (direction, bytes,
// time) events, merging adjacent chunks that a capture split only for display.

import { newTranscript, type DataDirection, type Transcript } from '../transcript/transcript.js';

export interface CapturedChunk {
  dir: DataDirection;
  bytes: string;
  /** Seconds (absolute or relative; made relative to the first chunk). */
  at?: number;
}

export function buildTranscript(chunks: readonly CapturedChunk[], header: Record<string, string | undefined>): Transcript {
  const t = newTranscript(header);
  const start = chunks.find((c) => c.at !== undefined)?.at;
  for (const c of chunks) {
    if (c.bytes === '') continue;
    const at = c.at !== undefined && start !== undefined ? Math.max(0, c.at - start) : undefined;
    t.entries.push(at === undefined ? { kind: 'data', dir: c.dir, segments: [c.bytes] } : { kind: 'data', dir: c.dir, at: Math.round(at * 1000) / 1000, segments: [c.bytes] });
  }
  return t;
}

/** "13:25:07.206625" or "2026/11/21 13:25:07.206625" → seconds since midnight (date ignored). */
export function clockSeconds(text: string): number | undefined {
  const m = /(\d{1,2}):(\d\d):(\d\d)(?:\.(\d+))?/.exec(text);
  if (!m) return undefined;
  let frac = 0;
  if (m[4]) {
    // socat 1.7 prints microseconds zero-padded to nine digits ("07.000206625" is .206625 s).
    const digits = m[4].length === 9 && m[4].startsWith('000') ? m[4].slice(3) : m[4];
    frac = Number(`0.${digits}`);
  }
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + frac;
}
