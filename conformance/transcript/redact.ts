// Redaction of identities (FORMAT.md, "Redaction"): the IMEI, IMSI, ICCID and any SIM PIN/PUK
// in a transcript are replaced by the markers \{imei} \{imsi} \{iccid} \{pin}, so a capture
// from a real unit can be shared and still replays (a marker matches any value of its shape;
// a redacted PIN is sent as the replay target's PIN).
//
// How values are found: from where they appear, not from their look alone — `IMEI: `,
// `+SIMEI: `, `+CGSN: ` and a bare 15-digit line answering AT+CGSN/AT+GSN are IMEIs; a bare
// line answering AT+CIMI is the IMSI; `+ICCID: `/`+CCID: ` lines hold the ICCID; PINs and PUKs
// are the arguments of +CPIN, +CPWD and +CLCK. Every later occurrence of a value found, in
// both directions and across chunk boundaries (echo included), is replaced.

import type { MarkerName } from './markers.js';
import { normalizeSegments, setHeader, type DataDirection, type DataEntry, type Segment, type Transcript } from './transcript.js';

export type RedactKind = 'imei' | 'imsi' | 'iccid' | 'pin';
export const ALL_REDACT_KINDS: readonly RedactKind[] = ['imei', 'imsi', 'iccid', 'pin'];

/** A char that stands for a marker in the searchable stream text (never a byte: > 0xff). */
const MARKER_CHAR = '\u0100';

interface Unit {
  entry: DataEntry;
  seg: Segment;
}

function streamUnits(t: Transcript, dir: DataDirection): Unit[] {
  const units: Unit[] = [];
  for (const e of t.entries) {
    if (e.kind !== 'data' || e.dir !== dir) continue;
    for (const s of e.segments) {
      if (typeof s === 'string') for (const ch of s) units.push({ entry: e, seg: ch });
      else units.push({ entry: e, seg: s });
    }
  }
  return units;
}

function streamText(units: readonly Unit[]): string {
  return units.map((u) => (typeof u.seg === 'string' ? u.seg : MARKER_CHAR)).join('');
}

/** Replaces every occurrence of each value in one direction's stream by its marker. */
function replaceValues(t: Transcript, dir: DataDirection, values: ReadonlyMap<string, MarkerName>): void {
  if (values.size === 0) return;
  const units = streamUnits(t, dir);
  const text = streamText(units);
  const sorted = [...values.keys()].sort((a, b) => b.length - a.length);
  const hits: Array<{ start: number; end: number; marker: MarkerName }> = [];
  for (let i = 0; i < text.length; ) {
    const value = sorted.find((v) => text.startsWith(v, i) && !/\d/.test(text[i - 1] ?? '') && !/\d/.test(text[i + v.length] ?? ''));
    if (value) {
      hits.push({ start: i, end: i + value.length, marker: values.get(value)! });
      i += value.length;
    } else i++;
  }
  if (hits.length === 0) return;
  const rebuilt = new Map<DataEntry, Segment[]>();
  let h = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const list = rebuilt.get(u.entry) ?? [];
    rebuilt.set(u.entry, list);
    const hit = hits[h];
    if (hit && i >= hit.start && i < hit.end) {
      if (i === hit.start) list.push({ marker: hit.marker });
      if (i === hit.end - 1) h++;
      continue;
    }
    list.push(u.seg);
  }
  for (const e of t.entries) {
    if (e.kind === 'data' && e.dir === dir) e.segments = normalizeSegments(rebuilt.get(e) ?? []);
  }
}

/** Finds identity values from their context. */
export function findIdentities(t: Transcript, kinds: readonly RedactKind[] = ALL_REDACT_KINDS): Map<string, MarkerName> {
  const found = new Map<string, MarkerName>();
  const want = new Set(kinds);
  const add = (value: string | undefined, marker: RedactKind) => {
    if (value && want.has(marker) && !found.has(value)) found.set(value, marker);
  };
  const dte = streamText(streamUnits(t, '>'));
  const mod = streamText(streamUnits(t, '<'));
  for (const m of dte.matchAll(/\+CPIN=\s*"?(\d{4,8})"?(?:\s*,\s*"?(\d{4,8})"?)?/gi)) {
    add(m[1], 'pin');
    add(m[2], 'pin');
  }
  for (const m of dte.matchAll(/\+CPWD=\s*"\w+"\s*,\s*"?(\d{4,8})"?\s*,\s*"?(\d{4,8})"?/gi)) {
    add(m[1], 'pin');
    add(m[2], 'pin');
  }
  for (const m of dte.matchAll(/\+CLCK=\s*"\w+"\s*,\s*\d\s*,\s*"?(\d{4,8})"?/gi)) add(m[1], 'pin');
  for (const m of mod.matchAll(/(?:IMEI:\s*|\+SIMEI:\s*|\+CGSN:\s*)(\d{15})\b/g)) add(m[1], 'imei');
  for (const m of mod.matchAll(/\+I?CCID:\s*"?([0-9]{17,19}[0-9Ff])"?/g)) add(m[1], 'iccid');
  // Bare lines: the n-th command line is answered before the n-th final result code.
  const commands = [...dte.matchAll(/AT([^\r]*)\r/gi)].map((m) => m[1]!.toUpperCase());
  let answered = 0;
  for (const line of mod.split(/\r\n|\r|\n/)) {
    if (/^(OK|ERROR|\+CM[ES] ERROR:.*)$/.test(line)) {
      answered++;
      continue;
    }
    if (!/^\d{15}$/.test(line)) continue;
    const cmd = commands[answered] ?? '';
    if (/\+CIMI/.test(cmd)) add(line, 'imsi');
    else if (/\+C?GSN/.test(cmd) || luhnValid(line)) add(line, 'imei');
  }
  return found;
}

/** The Luhn check digit test an IMEI passes (3GPP TS 23.003 annex B). */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * Replaces identities by markers, in place; records what was redacted in the `redacted`
 * header field. Returns the kinds that were found.
 */
export function redactTranscript(t: Transcript, kinds: readonly RedactKind[] = ALL_REDACT_KINDS): RedactKind[] {
  const values = findIdentities(t, kinds);
  replaceValues(t, '>', values);
  replaceValues(t, '<', values);
  const done = [...new Set(values.values())] as RedactKind[];
  if (done.length > 0) setHeader(t, 'redacted', done.sort().join(' '));
  return done;
}
