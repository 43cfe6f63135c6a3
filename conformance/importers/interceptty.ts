// interceptty(1) output (-o file): one byte per line, the direction first —
//     > 	0x41 (A)
//     < 	0x0d
// `>` bytes the program wrote towards the device (DTE → module), `<` bytes the device sent
// back. A printable byte is followed by itself in parentheses. Consecutive bytes of one
// direction form one chunk (interceptty keeps no timing, so the transcript has none).
//
// NOTE: interceptty is not packaged in Debian; the sample under fixtures/captures/ was written
// from this documented layout, not captured (see its header).

import type { Transcript } from '../transcript/transcript.js';
import { buildTranscript, type CapturedChunk } from './common.js';

const BYTE = /^([<>])\s+0x([0-9a-fA-F]{2})(?:\s+\(.*\))?\s*$/;

export function importInterceptty(text: string, options: { source?: string } = {}): Transcript {
  const chunks: CapturedChunk[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = BYTE.exec(line);
    if (!m) continue;
    const dir = m[1] === '>' ? '>' : '<';
    const byte = String.fromCharCode(parseInt(m[2]!, 16));
    const last = chunks[chunks.length - 1];
    if (last && last.dir === dir) last.bytes += byte;
    else chunks.push({ dir, bytes: byte });
  }
  return buildTranscript(chunks, { source: `interceptty capture${options.source ? ` (${options.source})` : ''}` });
}
