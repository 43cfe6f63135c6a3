// The transcript model: a header and an ordered list of entries, as FORMAT.md describes them.
// `format.ts` reads and writes the text form; this file holds the data types and small helpers
// that every part of the kit (recorder, importers, replayer, fixtures) shares.

import { MARKERS, type MarkerName } from './markers.js';

/** `>`: DTE → module (what the client wrote). `<`: module → DTE (what the module printed). */
export type DataDirection = '>' | '<';

/** Bytes as a latin1 string (one char per byte), or a variable-field marker. */
export type Segment = string | { marker: MarkerName };

export interface DataEntry {
  kind: 'data';
  dir: DataDirection;
  /** Seconds since the transcript started; absent when the source had no timing. */
  at?: number;
  /** One chunk as it crossed the port. */
  segments: Segment[];
}

/** `!`: something that happened besides bytes (a control action, a note from an importer). */
export interface EventEntry {
  kind: 'event';
  at?: number;
  text: string;
}

/** A `#` line after the header: kept so a hand-edited fixture round-trips. */
export interface CommentEntry {
  kind: 'comment';
  text: string;
}

export type Entry = DataEntry | EventEntry | CommentEntry;

export interface HeaderField {
  key: string;
  value: string;
}

export interface Transcript {
  /** Format version (1). */
  version: number;
  /** `# key: value` lines in order; well-known keys are listed in FORMAT.md. */
  header: HeaderField[];
  entries: Entry[];
}

export function headerValue(t: Transcript, key: string): string | undefined {
  return t.header.find((f) => f.key === key)?.value;
}

export function setHeader(t: Transcript, key: string, value: string): void {
  const f = t.header.find((h) => h.key === key);
  if (f) f.value = value;
  else t.header.push({ key, value });
}

/** Whether the source lost information (direction, bytes or timing); see FORMAT.md "lossy". */
export function isLossy(t: Transcript): boolean {
  const v = headerValue(t, 'lossy');
  return v !== undefined && !/^(no|false|0)\b/i.test(v);
}

/** `E1 V1 Q0 CMEE=2 CMGF=1` → { E: '1', V: '1', Q: '0', CMEE: '2', CMGF: '1' }. */
export function parseSettings(text: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const token of (text ?? '').split(/\s+/).filter(Boolean)) {
    const eq = token.indexOf('=');
    if (eq > 0) out[token.slice(0, eq).toUpperCase()] = token.slice(eq + 1);
    else {
      const m = /^([A-Za-z&]+)(\d+)$/.exec(token);
      if (m) out[m[1]!.toUpperCase()] = m[2]!;
    }
  }
  return out;
}

export function formatSettings(settings: Record<string, string | number>): string {
  return Object.entries(settings)
    .map(([k, v]) => (/^[A-Z&]$/.test(k) ? `${k}${v}` : `${k}=${v}`))
    .join(' ');
}

export function dataEntry(dir: DataDirection, bytes: Uint8Array | string, at?: number): DataEntry {
  const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('latin1');
  return at === undefined ? { kind: 'data', dir, segments: [text] } : { kind: 'data', dir, at, segments: [text] };
}

export function newTranscript(header: Record<string, string | undefined> = {}): Transcript {
  return {
    version: 1,
    header: Object.entries(header)
      .filter((e): e is [string, string] => e[1] !== undefined)
      .map(([key, value]) => ({ key, value })),
    entries: [],
  };
}

/** Joins adjacent byte strings so a payload is in canonical form. */
export function normalizeSegments(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    if (typeof s === 'string') {
      if (s === '') continue;
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + s;
      else out.push(s);
    } else out.push({ marker: s.marker });
  }
  return out;
}

/** The payload's bytes, with markers replaced by `values` (or their samples when `useSamples`). */
export function segmentsToBytes(segments: readonly Segment[], values: Partial<Record<MarkerName, string>> = {}, useSamples = false): Buffer {
  let text = '';
  for (const s of segments) {
    if (typeof s === 'string') text += s;
    else {
      const v = values[s.marker] ?? (useSamples ? MARKERS[s.marker].sample : undefined);
      if (v === undefined) {
        throw new Error(`marker \\{${s.marker}} needs a value to be sent (give it in the replay options)`);
      }
      text += v;
    }
  }
  return Buffer.from(text, 'latin1');
}

export function hasMarkers(segments: readonly Segment[]): boolean {
  return segments.some((s) => typeof s !== 'string');
}
