// strace captures of a program talking to a serial port:
//     strace -f -tt -xx -y -s 4096 -e trace=read,write -P /dev/ttyUSB2 -o cap.txt program
// Lines like
//     7703  13:25:17.234178 write(3</dev/pts/0>, "\x41\x54\x0d", 3) = 3
//     7703  13:25:17.534593 read(3</dev/pts/0>, "\x41\x54...", 4096) = 37
// (-y paths may be hex-escaped too). write → DTE → module, read → module → DTE. Strings in
// C escapes (without -xx) are understood as well; a string cut short by -s ("...") is lossy.
// `-f` splits calls into "<unfinished ...>" and "<... read resumed>" lines: the resumed line
// carries the data. Only calls on a tty/serial path (or on `fd`, when given) are taken.

import type { Transcript } from '../transcript/transcript.js';
import { buildTranscript, clockSeconds, type CapturedChunk } from './common.js';

function unescapeC(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = text[++i]!;
    if (n === 'x') {
      out += String.fromCharCode(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (/[0-7]/.test(n)) {
      const m = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      out += String.fromCharCode(parseInt(m, 8));
      i += m.length - 1;
    } else out += ({ n: '\n', r: '\r', t: '\t', v: '\v', f: '\f', '"': '"', '\\': '\\' } as Record<string, string>)[n] ?? n;
  }
  return out;
}

const CALL = /^(?:\d+\s+)?(\S*\d\d:\d\d:\d\d(?:\.\d+)?\s+)?(?:<\.\.\. (read|write) resumed>|(read|write)\((\d+)(?:<([^>]*)>)?,)\s*"((?:[^"\\]|\\.)*)"(\.\.\.)?,\s*\d+\)\s*=\s*(-?\d+)/;
const UNFINISHED = /^(?:\d+\s+)?(?:\S*\d\d:\d\d:\d\d(?:\.\d+)?\s+)?(read|write)\((\d+)(?:<([^>]*)>)?,\s*<unfinished/;

export function importStrace(text: string, options: { fd?: number; source?: string } = {}): Transcript {
  const chunks: CapturedChunk[] = [];
  let lossy = false;
  const pending = new Map<string, { fd: number; path: string }>();
  const wanted = (fd: number, path: string) => (options.fd !== undefined ? fd === options.fd : /^\/dev\/(tty|pts|serial|rfcomm|cu\.)/.test(path));
  for (const line of text.split(/\r?\n/)) {
    const pid = /^(\d+)\s/.exec(line)?.[1] ?? '';
    const unfinished = UNFINISHED.exec(line);
    if (unfinished) {
      pending.set(`${pid}:${unfinished[1]}`, { fd: Number(unfinished[2]), path: unescapeC(unfinished[3] ?? '') });
      continue;
    }
    const m = CALL.exec(line);
    if (!m) continue;
    const call = (m[2] ?? m[3])!;
    let fd = Number(m[4]);
    let path = unescapeC(m[5] ?? '');
    if (m[2]) {
      const p = pending.get(`${pid}:${call}`);
      pending.delete(`${pid}:${call}`);
      if (!p) continue;
      fd = p.fd;
      path = p.path;
    }
    if (!wanted(fd, path)) continue;
    const result = Number(m[8]);
    if (result <= 0) continue;
    let bytes = unescapeC(m[6]!);
    if (m[7]) lossy = true;
    bytes = bytes.slice(0, result);
    const at = m[1] ? clockSeconds(m[1]) : undefined;
    chunks.push({ dir: call === 'write' ? '>' : '<', bytes, ...(at !== undefined ? { at } : {}) });
  }
  return buildTranscript(chunks, {
    source: `strace capture${options.source ? ` (${options.source})` : ''}`,
    lossy: lossy ? 'strace cut some strings short (raise -s)' : undefined,
  });
}
