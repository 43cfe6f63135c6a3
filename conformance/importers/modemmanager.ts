// ModemManager debug logs (`ModemManager --debug`, journalctl -u ModemManager). The AT traffic
// lines, in the two layouts MM has used:
//     <debug> [1617466396.498397] [modem0/ttyUSB0/at] --> 'AT+CRSM=176,28599,0,0,15<CR>'
//     <debug> (ttyHS2): <-- '<CR><LF>OK<CR><LF>'
// with any syslog/journald prefix before them. MM writes CR as <CR>, LF as <LF>, other
// non-printable bytes as a backslash and their decimal value (\26 for Ctrl-Z). `-->` is what
// MM sent (DTE → module), `<--` what it read. Lines of other ports can be filtered by name.
//
// What MM does not log is lost (bytes it discarded, exact chunking below a line): marked lossy
// only when the log shows a "[...]" truncation.

import type { Transcript } from '../transcript/transcript.js';
import { buildTranscript, clockSeconds, type CapturedChunk } from './common.js';

const LINE = /(?:\[(\d+\.\d+)\]\s+)?(?:\[([^\]]+)\]|\(([^)]+)\):?)\s+(-->|<--)\s+'(.*)'\s*$/;

export function decodeMmBytes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text.startsWith('<CR>', i)) {
      out += '\r';
      i += 3;
    } else if (text.startsWith('<LF>', i)) {
      out += '\n';
      i += 3;
    } else if (text[i] === '\\' && /\d/.test(text[i + 1] ?? '')) {
      const m = /^\\(\d{1,3})/.exec(text.slice(i))!;
      out += String.fromCharCode(Number(m[1]) & 0xff);
      i += m[0].length - 1;
    } else out += text[i];
  }
  return out;
}

export function importModemManager(text: string, options: { port?: string; source?: string } = {}): Transcript {
  const chunks: CapturedChunk[] = [];
  const ports = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const m = LINE.exec(raw);
    if (!m) continue;
    const port = m[2] ?? m[3] ?? '';
    ports.add(port);
    if (options.port && !port.includes(options.port)) continue;
    const at = m[1] !== undefined ? Number(m[1]) : clockSeconds(raw);
    chunks.push({ dir: m[4] === '-->' ? '>' : '<', bytes: decodeMmBytes(m[5]!), ...(at !== undefined ? { at } : {}) });
  }
  return buildTranscript(chunks, {
    source: `ModemManager debug log${options.source ? ` (${options.source})` : ''}`,
    port: options.port ?? ([...ports].join(' ') || undefined),
  });
}
