// Capture importers: turn the captures people already have into transcripts. The format is
// detected from the text unless given.

import { ConformanceError } from '../errors.js';
import { setHeader, type Transcript } from '../transcript/transcript.js';
import { importInterceptty } from './interceptty.js';
import { importMinicom } from './minicom.js';
import { importModemManager } from './modemmanager.js';
import { importSocat } from './socat.js';
import { importStrace } from './strace.js';

export const CAPTURE_FORMATS = ['socat', 'modemmanager', 'interceptty', 'strace', 'minicom'] as const;
export type CaptureFormat = (typeof CAPTURE_FORMATS)[number];

export function detectFormat(text: string): CaptureFormat {
  if (/^[<>] \d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d(\.\d+)?\s+length=\d+/m.test(text)) return 'socat';
  if (/(-->|<--) '.*'\s*$/m.test(text)) return 'modemmanager';
  if (/^[<>]\s+0x[0-9a-fA-F]{2}(\s+\(.*\))?\s*$/m.test(text)) return 'interceptty';
  if (/\b(read|write)\(\d+(<[^>]*>)?, "/.test(text)) return 'strace';
  if (/^\s*AT/im.test(text)) return 'minicom';
  throw new ConformanceError('BAD_CAPTURE', `cannot tell the capture format; give --format (${CAPTURE_FORMATS.join(', ')})`);
}

export interface ImportOptions {
  format?: CaptureFormat;
  source?: string;
  module?: string;
}

export function importCapture(text: string, options: ImportOptions = {}): Transcript {
  const format = options.format ?? detectFormat(text);
  const o = options.source ? { source: options.source } : {};
  const t =
    format === 'socat'
      ? importSocat(text, o)
      : format === 'modemmanager'
        ? importModemManager(text, o)
        : format === 'interceptty'
          ? importInterceptty(text, o)
          : format === 'strace'
            ? importStrace(text, o)
            : importMinicom(text, o);
  if (options.module) setHeader(t, 'module', options.module);
  if (t.entries.length === 0) throw new ConformanceError('BAD_CAPTURE', `no ${format} traffic found in the capture`);
  return t;
}
