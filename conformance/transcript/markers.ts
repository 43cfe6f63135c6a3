// Variable-field markers of the transcript format (FORMAT.md, "Markers"). A marker stands for
// bytes that legitimately differ between two runs of the same session — the clock, the unit's
// IMEI, the signal level, an address — or that were redacted. In the escaped text of an entry
// it is written `\{name}`; escapeBytes never produces `\{` (a backslash byte is always `\\`),
// so a marker can never be confused with captured bytes.
//
// Each marker has a pattern: what module output it matches on replay. In DTE→module entries a
// marker must be given a value before the bytes can be sent (a redacted PIN is sent as the
// target's PIN); see `MarkerValues`.

export interface MarkerDef {
  /** What it stands for, for FORMAT.md and error messages. */
  description: string;
  /** Regular expression source (no anchors, no capture groups) for the bytes it matches. */
  pattern: string;
  /** A value of the right shape, for shape comparison and examples. */
  sample: string;
}

export const MARKERS = {
  imei: { description: 'an IMEI (15 digits)', pattern: '\\d{15}', sample: '351602000330570' },
  imsi: { description: 'an IMSI (6-15 digits)', pattern: '\\d{6,15}', sample: '460010222028133' },
  iccid: { description: 'an ICCID (18-20 digits, may end in F)', pattern: '[0-9]{17,19}[0-9Ff]', sample: '89860318760238610932' },
  pin: { description: 'a SIM PIN or PUK (4-8 digits)', pattern: '\\d{4,8}', sample: '1234' },
  clock: {
    description: 'a date and time as +CCLK prints it: yy/MM/dd,hh:mm:ss±zz',
    pattern: '\\d\\d/\\d\\d/\\d\\d,\\d\\d:\\d\\d:\\d\\d(?:[+-]\\d{1,2})?',
    sample: '24/12/06,08:00:00+32',
  },
  signal: { description: 'a signal or radio measurement (signed integer)', pattern: '-?\\d{1,4}', sample: '31' },
  int: { description: 'any integer', pattern: '-?\\d+', sample: '0' },
  number: { description: 'a telephone number', pattern: '\\+?[0-9*#]{1,24}', sample: '+8613012345678' },
  ip: {
    description: 'an IPv4 or IPv6 address',
    pattern: '(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[0-9A-Fa-f:.]{2,45})',
    sample: '10.0.0.1',
  },
  firmware: { description: 'a firmware revision string', pattern: '[\\w.\\-]+', sample: '2348B01SIM767XM5A' },
  hex: { description: 'hexadecimal digits (a PDU, raw data)', pattern: '[0-9A-Fa-f]*', sample: '00' },
  text: { description: 'any text within one line', pattern: '[^\\r\\n]*', sample: 'text' },
} as const satisfies Record<string, MarkerDef>;

export type MarkerName = keyof typeof MARKERS;

export function isMarkerName(name: string): name is MarkerName {
  return Object.prototype.hasOwnProperty.call(MARKERS, name);
}

/** Values to substitute for markers in DTE→module bytes when they are sent. */
export type MarkerValues = Partial<Record<MarkerName, string>>;
