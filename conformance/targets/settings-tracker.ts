// Tracks what echo (ATE), result format (ATV) and quiet mode (ATQ) the module is in, from the
// command lines the harness sends, so the response parser knows what framing to expect. Applied
// only when the line's final result code was OK (a line stops at its first error, manual
// §1.5.2, so a failed line may have applied a prefix of its commands: then the tracker keeps
// the changes of the commands before the failing one is unknown, and we keep the old values).
//
// Basic-command syntax (manual §1.5.2, V.250 §5.3.1): after `AT`, letters or `&`+letter with an
// optional number, S-register commands `Sn=m`/`Sn?`, until an extended command (`+`, `$`, `#`,
// `*`, `^`) which runs to the next `;`. `ATD` takes the rest of the line.

import type { SessionSettings } from './response-parser.js';

export const FACTORY_SETTINGS: SessionSettings = { echo: true, verbose: true, quiet: false };

/** The settings after `line` ran successfully in `current`. */
export function applyCommandLine(current: SessionSettings, line: string): SessionSettings {
  const next = { ...current };
  const m = /^\s*AT(.*)$/i.exec(line);
  if (!m) return next;
  const body = m[1]!;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!.toUpperCase();
    if (c === ' ' || c === ';') {
      i++;
      continue;
    }
    if ('+$#*^%'.includes(c)) {
      const semi = body.indexOf(';', i);
      i = semi < 0 ? body.length : semi + 1;
      continue;
    }
    if (c === 'D') break;
    if (c === 'S') {
      const s = /^S\d+(?:=\d*|\?)?/i.exec(body.slice(i));
      i += s ? s[0].length : 1;
      continue;
    }
    const amp = c === '&';
    const letter = amp ? `&${(body[i + 1] ?? '').toUpperCase()}` : c;
    i += amp ? 2 : 1;
    const num = /^\d*/.exec(body.slice(i))![0];
    i += num.length;
    const n = num === '' ? 0 : Number(num);
    if (letter === 'E') next.echo = n === 1;
    else if (letter === 'V') next.verbose = n === 1;
    else if (letter === 'Q') next.quiet = n === 1;
    else if (letter === '&F') Object.assign(next, FACTORY_SETTINGS);
  }
  return next;
}
