// socat -v and -x captures (socat(1) "-v": text with conversions; "-x": hex dump; both may be
// given). A block starts with a header line
//     > 2026/11/21 13:25:00.000834095  length=3 from=0 to=2
// ('>' data from the first address to the second, '<' back) followed by the data.
//
// -v text: CR is written "\r", a backslash "\\", LF as a real newline; other non-printable
// bytes become "." — so a -v capture is lossy (marked) unless it also has -x hex lines.
// -x hex: lines " 41 54 0d    AT." (up to 16 bytes, the ASCII column after), "--" ends a block.
//
// Direction: which side is the module depends on how socat was started; `moduleSide` says
// whether '<' (default: the second address, as in `socat -v PTY,link=... /dev/ttyUSB2`) or '>'
// is the module's output.

import { ConformanceError } from '../errors.js';
import type { Transcript } from '../transcript/transcript.js';
import { buildTranscript, clockSeconds, type CapturedChunk } from './common.js';

const HEADER = /^([<>]) (\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(?:\.\d+)?)\s+length=(\d+) from=\d+ to=\d+\s*$/;
const HEX_LINE = /^ ([0-9a-f]{2}(?: [0-9a-f]{2})*)(?: {2,}.*)?$/;

export function importSocat(text: string, options: { moduleSide?: '<' | '>'; source?: string } = {}): Transcript {
  const moduleSide = options.moduleSide ?? '<';
  const lines = text.split('\n');
  const chunks: CapturedChunk[] = [];
  let hexSeen = false;
  let lossy = false;
  for (let i = 0; i < lines.length; ) {
    // A header may follow data on the same line when the data did not end with LF.
    const line = lines[i]!;
    const at = line.search(/[<>] \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d/);
    const head = at >= 0 ? HEADER.exec(line.slice(at)) : null;
    if (!head) {
      i++;
      continue;
    }
    const dir = head[1] === moduleSide ? '<' : '>';
    const time = clockSeconds(head[2]!);
    const length = Number(head[3]);
    i++;
    // Hex block?
    if (i < lines.length && HEX_LINE.test(lines[i]!)) {
      hexSeen = true;
      let hex = '';
      while (i < lines.length && HEX_LINE.test(lines[i]!)) {
        hex += HEX_LINE.exec(lines[i]!)![1]!.replace(/ /g, '');
        i++;
      }
      if (lines[i]?.startsWith('--')) i++;
      const bytes = Buffer.from(hex, 'hex').toString('latin1');
      if (bytes.length !== length) throw new ConformanceError('BAD_CAPTURE', `socat -x block at line ${i}: ${bytes.length} bytes, header says ${length}`);
      chunks.push({ dir, bytes, ...(time !== undefined ? { at: time } : {}) });
      continue;
    }
    // Text block: gather until `length` bytes are decoded; a real newline is an LF byte.
    let bytes = '';
    let k = 0;
    while (bytes.length < length && i < lines.length) {
      const rest = lines[i]!;
      for (k = 0; k < rest.length && bytes.length < length; k++) {
        const c = rest[k]!;
        if (c === '\\' && rest[k + 1] === 'r') {
          bytes += '\r';
          k++;
        } else if (c === '\\' && rest[k + 1] === '\\') {
          bytes += '\\';
          k++;
        } else {
          if (c === '.') lossy = true;
          bytes += c;
        }
      }
      if (bytes.length < length) {
        bytes += '\n';
        i++;
        k = 0;
      }
    }
    // The next header follows the data on the same line (data without a final LF), or starts
    // the next line.
    const remainder = (lines[i] ?? '').slice(k);
    if (k > 0 && remainder.search(/[<>] \d{4}\/\d\d\/\d\d/) === 0) lines[i] = remainder;
    else if (k > 0) i++;
    chunks.push({ dir, bytes, ...(time !== undefined ? { at: time } : {}) });
  }
  const format = hexSeen ? 'socat -x' : 'socat -v';
  return buildTranscript(chunks, {
    source: `${format} capture${options.source ? ` (${options.source})` : ''}`,
    lossy: !hexSeen && lossy ? 'socat -v shows non-printable bytes as "." (capture with -x for exact bytes)' : undefined,
  });
}
