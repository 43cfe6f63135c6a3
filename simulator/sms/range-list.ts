// The <mids>/<dcss> value lists of +CSCB (27.005 §3.3.4): "0,1,5,320-478,922", values and
// inclusive ranges; merged and subtracted as +CSCB <mode> 0 adds and 1 removes.

export type Range = [number, number];

/** Parses a list; undefined when malformed or a value is outside 0..max. */
export function parseRangeList(text: string, max = 65535): Range[] | undefined {
  if (text.trim() === '') return [];
  const out: Range[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
    if (!m) return undefined;
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a > b || b > max) return undefined;
    out.push([a, b]);
  }
  return normalise(out);
}

function normalise(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export function formatRangeList(ranges: readonly Range[]): string {
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`)).join(',');
}

export function unionRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  return normalise([...a, ...b]);
}

export function subtractRanges(a: readonly Range[], b: readonly Range[]): Range[] {
  let out: Range[] = a.map((r) => [r[0], r[1]]);
  for (const [s, e] of b) {
    const next: Range[] = [];
    for (const [x, y] of out) {
      if (e < x || s > y) next.push([x, y]);
      else {
        if (s > x) next.push([x, s - 1]);
        if (e < y) next.push([e + 1, y]);
      }
    }
    out = next;
  }
  return out;
}

export function inRangeList(text: string, value: number): boolean {
  return (parseRangeList(text) ?? []).some(([a, b]) => value >= a && value <= b);
}
