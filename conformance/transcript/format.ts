// The text form of a transcript: parser and serializer (grammar in FORMAT.md). The simulator's
// session log (simulator/log/session-log.ts) writes through `formatHeaderLines` and
// `formatEntry`, so a session log is a transcript by construction.
//
// Contract: `parseTranscript(serializeTranscript(t))` gives back `t` (entries, header, comments,
// chunk boundaries and times to the millisecond). Parsing never guesses: a line it does not
// understand is a BAD_TRANSCRIPT error naming the line.

import { escapeBytes, unescapeBytes } from '../../simulator/core/escape.js';
import { ConformanceError } from '../errors.js';
import { isMarkerName } from './markers.js';
import { normalizeSegments, type DataEntry, type Entry, type HeaderField, type Segment, type Transcript } from './transcript.js';

export const MAGIC = 'modemsim-transcript';
export const FORMAT_VERSION = 1;

export interface SerializeOptions {
  /**
   * `chunks` (default): one line per chunk, as the session log writes. `lines`: a chunk is
   * continued on `|` lines after each LF, so responses read one line per line in a diff.
   */
  layout?: 'chunks' | 'lines';
}

/** The escaped text of a payload: bytes through escapeBytes, markers as `\{name}`. */
export function escapePayload(segments: readonly Segment[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'string' ? escapeBytes(s) : `\\{${s.marker}}`;
  return protectTrailingSpace(out);
}

/** A trailing space (the `> ` prompt) is written `\x20`, so editors that trim lines keep it. */
export function protectTrailingSpace(text: string): string {
  return text.endsWith(' ') ? text.slice(0, -1) + '\\x20' : text;
}

/** The inverse of escapePayload. */
export function unescapePayload(text: string): Segment[] {
  const segments: Segment[] = [];
  let plain = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '{') {
      const end = text.indexOf('}', i + 2);
      if (end < 0) throw new Error(`unterminated marker at ${i}`);
      const name = text.slice(i + 2, end);
      if (!isMarkerName(name)) throw new Error(`unknown marker \\{${name}}`);
      if (plain) segments.push(unescapeBytes(plain).toString('latin1'));
      plain = '';
      segments.push({ marker: name });
      i = end;
      continue;
    }
    if (text[i] === '\\') {
      // keep the escape whole (\\, \r, \xHH) for unescapeBytes
      const n = text[i + 1];
      const len = n === 'x' ? 4 : 2;
      plain += text.slice(i, i + len);
      i += len - 1;
      continue;
    }
    plain += text[i];
  }
  if (plain) segments.push(unescapeBytes(plain).toString('latin1'));
  return normalizeSegments(segments);
}

export function formatTime(seconds: number): string {
  return `@${seconds.toFixed(3)}`;
}

export function formatHeaderLines(header: readonly HeaderField[], version = FORMAT_VERSION): string[] {
  return [`# ${MAGIC} ${version}`, ...header.map((f) => `# ${f.key}: ${f.value.replace(/[\r\n]+/g, ' ')}`)];
}

/**
 * Splits a payload after each LF (for the `lines` layout); a piece that is only CR/LF (the
 * framing before a result code) joins the line after it. Markers stay with their line.
 */
function splitAfterLf(segments: readonly Segment[]): Segment[][] {
  const pieces: Segment[][] = [[]];
  for (const s of segments) {
    if (typeof s !== 'string') {
      pieces[pieces.length - 1]!.push(s);
      continue;
    }
    const parts = s.split(/(?<=\n)/);
    for (const part of parts) {
      pieces[pieces.length - 1]!.push(part);
      const current = pieces[pieces.length - 1]!;
      const framingOnly = current.every((x) => typeof x === 'string' && /^[\r\n]*$/.test(x));
      if (part.endsWith('\n') && !framingOnly) pieces.push([]);
    }
  }
  return pieces.map((p) => normalizeSegments(p)).filter((p) => p.length > 0);
}

/** One entry as text lines (one line, or several in the `lines` layout). */
export function formatEntry(entry: Entry, options: SerializeOptions = {}): string[] {
  if (entry.kind === 'comment') return [`# ${entry.text}`];
  const stamp = entry.at === undefined ? '' : formatTime(entry.at) + ' ';
  if (entry.kind === 'event') return [`${stamp}! ${entry.text.replace(/[\r\n]+/g, ' ')}`];
  const pieces = options.layout === 'lines' ? splitAfterLf(entry.segments) : [entry.segments];
  if (pieces.length === 0) return [`${stamp}${entry.dir}`];
  const indent = ' '.repeat(stamp.length);
  return pieces.map((p, i) => (i === 0 ? `${stamp}${entry.dir} ${escapePayload(p)}` : `${indent}| ${escapePayload(p)}`));
}

export function serializeTranscript(t: Transcript, options: SerializeOptions = {}): string {
  const lines = formatHeaderLines(t.header, t.version);
  for (const e of t.entries) lines.push(...formatEntry(e, options));
  return lines.join('\n') + '\n';
}

const ENTRY = /^(?:@(\d+(?:\.\d+)?)\s+)?([<>!])(?: (.*))?$/;
const CONTINUATION = /^\s*\|(?: (.*))?$/;
const HEADER_FIELD = /^#\s*([A-Za-z][\w-]*):\s?(.*)$/;

export function parseTranscript(text: string, origin = 'transcript'): Transcript {
  const lines = text.split(/\r?\n/);
  const fail = (n: number, why: string): never => {
    throw new ConformanceError('BAD_TRANSCRIPT', `${origin}:${n + 1}: ${why}`);
  };
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const magic = new RegExp(`^#\\s*${MAGIC}\\s+(\\d+)\\s*$`).exec(lines[i] ?? '');
  if (!magic) fail(i, `not a transcript: the first line must be "# ${MAGIC} ${FORMAT_VERSION}"`);
  const version = Number(magic![1]);
  if (version > FORMAT_VERSION) fail(i, `format version ${version} is newer than this reader (${FORMAT_VERSION})`);
  i++;
  const header: HeaderField[] = [];
  for (; i < lines.length; i++) {
    const m = HEADER_FIELD.exec(lines[i]!);
    if (!m) break;
    header.push({ key: m[1]!, value: m[2]!.trimEnd() });
  }
  const entries: Entry[] = [];
  let last: DataEntry | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    if (line.startsWith('#')) {
      entries.push({ kind: 'comment', text: line.replace(/^#\s?/, '') });
      last = undefined;
      continue;
    }
    const cont = CONTINUATION.exec(line);
    if (cont) {
      if (!last) fail(i, '"|" continues a data entry, but there is none just before it');
      try {
        last!.segments = normalizeSegments([...last!.segments, ...unescapePayload(cont[1] ?? '')]);
      } catch (e) {
        fail(i, (e as Error).message);
      }
      continue;
    }
    const m = ENTRY.exec(line);
    if (!m) fail(i, `expected "[@seconds] > bytes", "< bytes", "! event", "| more bytes" or "# comment", got ${JSON.stringify(line.slice(0, 60))}`);
    const at = m![1] === undefined ? undefined : Number(m![1]);
    const dir = m![2]!;
    const body = m![3] ?? '';
    if (dir === '!') {
      entries.push(at === undefined ? { kind: 'event', text: body } : { kind: 'event', at, text: body });
      last = undefined;
      continue;
    }
    let segments: Segment[] = [];
    try {
      segments = unescapePayload(body);
    } catch (e) {
      fail(i, (e as Error).message);
    }
    const entry: DataEntry = at === undefined ? { kind: 'data', dir: dir as '<' | '>', segments } : { kind: 'data', dir: dir as '<' | '>', at, segments };
    entries.push(entry);
    last = entry;
  }
  return { version, header, entries };
}
