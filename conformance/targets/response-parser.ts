// Reading one command's response out of the bytes a module printed (V.250 §5.7, manual §1.4
// and §2.2.8-2.2.10): the echo, information text, the `> ` prompt and the final result code,
// and what came around them. Pure functions over a latin1 string, shared by every target.
//
//   ATV1:  [echo<S3>] <CR><LF>info<CR><LF> ... <CR><LF>FINAL<CR><LF>
//   ATV0:  [echo<S3>] info<CR><LF> ... <digit><CR>      (+CME ERROR: n<CR><LF> stays text)
//   ATQ1:  no final result code: the response ends when the module falls silent.
//
// Bytes before the echo are unsolicited (a URC that crossed our command on the wire). Under
// ATE0 there is no echo to tell them apart, so leading lines that look like a URC of another
// command (`+CMTI:` while we sent AT+CSQ) are taken as unsolicited.

export interface SessionSettings {
  echo: boolean;
  verbose: boolean;
  quiet: boolean;
}

export type FinalKind = 'ok' | 'connect' | 'error' | 'cme' | 'cms' | 'no-carrier' | 'busy' | 'no-answer' | 'no-dialtone' | 'other';

const VERBOSE_FINALS: Array<[RegExp, FinalKind]> = [
  [/^OK$/, 'ok'],
  [/^CONNECT(?: .*)?$/, 'connect'],
  [/^ERROR$/, 'error'],
  [/^\+CME ERROR: ?.*$/, 'cme'],
  [/^\+CMS ERROR: ?.*$/, 'cms'],
  [/^NO CARRIER$/, 'no-carrier'],
  [/^BUSY$/, 'busy'],
  [/^NO ANSWER$/, 'no-answer'],
  [/^NO DIALTONE$/, 'no-dialtone'],
];

/** ATV0 numeric codes (manual §25.1). */
const NUMERIC_FINALS: Record<string, FinalKind> = { '0': 'ok', '1': 'connect', '3': 'no-carrier', '4': 'error', '6': 'no-dialtone', '7': 'busy', '8': 'no-answer' };

export function finalKindOf(line: string): FinalKind | undefined {
  for (const [re, kind] of VERBOSE_FINALS) if (re.test(line)) return kind;
  return undefined;
}

export interface ParsedResponse {
  /** A final result code (or, under ATQ1, silence) ended the response. */
  complete: boolean;
  /** The module printed a data prompt and waits for input. */
  prompt?: string;
  /** Where the response proper starts (after unsolicited lines that came before the echo). */
  start: number;
  /** Bytes consumed (the response ends here; what follows is unsolicited). */
  end: number;
  echo?: string;
  lines: string[];
  final?: string;
  finalKind?: FinalKind;
  /** Unsolicited lines found before the echo (or leading, under ATE0). */
  before: string[];
}

/** Splits text into CR/LF-terminated lines; `rest` is an unterminated tail. */
export function splitLines(text: string): { lines: string[]; rest: string } {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r') {
      lines.push(text.slice(start, i));
      if (c === '\r' && text[i + 1] === '\n') i++;
      start = i + 1;
    }
  }
  return { lines, rest: text.slice(start) };
}

function commandName(line: string): string | undefined {
  const m = /^AT([+$#*^][A-Z0-9]+)/i.exec(line.trim());
  return m ? m[1]!.toUpperCase() : undefined;
}

/** Whether a line looks like an unsolicited code of another command than `sent`. */
export function looksUnsolicited(line: string, sent: string, urcPrefixes: readonly string[]): boolean {
  const own = commandName(sent);
  const prefix = /^([+$#*^][A-Z0-9]+):/.exec(line)?.[1];
  if (prefix) return prefix !== own && urcPrefixes.includes(prefix);
  return urcPrefixes.includes(line);
}

/**
 * Parses `buffer` (everything received since `sent` + S3 was written). `afterPrompt`: the
 * command already got its prompt and the body was sent; parsing resumes at `startAt`.
 */
export function parseResponse(
  buffer: string,
  sent: string,
  settings: SessionSettings,
  options: { urcPrefixes?: readonly string[]; startAt?: number; afterPrompt?: boolean; numericFinals?: boolean; inputEcho?: string } = {},
): ParsedResponse {
  const urcPrefixes = options.urcPrefixes ?? [];
  const before: string[] = [];
  let pos = options.startAt ?? 0;
  let start = pos;
  let echo: string | undefined;
  if (settings.echo && !options.afterPrompt) {
    const idx = buffer.indexOf(sent + '\r', pos);
    if (idx < 0) {
      // No echo (yet): if a whole response is there without one, the module did not echo.
      const bare = parseResponse(buffer, sent, { ...settings, echo: false }, options);
      return bare.complete ? bare : { complete: false, start: 0, end: 0, lines: [], before };
    }
    before.push(...splitLines(buffer.slice(pos, idx)).lines.filter((l) => l.trim() !== ''));
    echo = sent;
    start = idx;
    pos = idx + sent.length + 1;
  }
  // Under ATE1 the module echoes what was typed at the prompt (without the Ctrl-Z).
  if (options.afterPrompt && settings.echo && options.inputEcho) {
    if (buffer.startsWith(options.inputEcho, pos)) pos += options.inputEcho.length;
    else if (options.inputEcho.startsWith(buffer.slice(pos))) return { complete: false, start: pos, end: 0, lines: [], before };
  }
  const lines: string[] = [];
  let i = pos;
  let leading = !settings.echo && !options.afterPrompt;
  while (i < buffer.length) {
    // Skip framing.
    if (buffer[i] === '\r' || buffer[i] === '\n') {
      i++;
      continue;
    }
    const rest = buffer.slice(i);
    const prompt = /^>( ?)$/.exec(rest);
    if (prompt && (buffer[i - 1] === '\n' || i === 0)) {
      return { complete: false, prompt: rest, start, end: buffer.length, echo, lines, before };
    }
    const cr = rest.search(/[\r\n]/);
    if (cr < 0) break; // incomplete line
    const line = rest.slice(0, cr);
    const terminator = rest.slice(cr, cr + 2);
    if ((!settings.verbose || options.numericFinals) && /^\d$/.test(line) && terminator[0] === '\r' && terminator !== '\r\n') {
      // ATV0 numeric final: <digit><CR>. A digit line that ends the buffer is taken as the final
      // code (information text under ATV0 ends with CR LF; a lone digit line is not one).
      return { complete: true, start, end: i + cr + 1, echo, lines, final: line, finalKind: NUMERIC_FINALS[line] ?? 'other', before };
    }
    if (terminator === '\r' && rest.length === cr + 1) break; // a CR that may be followed by LF
    const kind = finalKindOf(line);
    const end = i + cr + (terminator === '\r\n' ? 2 : 1);
    if (kind) return { complete: true, start, end, echo, lines, final: line, finalKind: kind, before };
    if (leading && lines.length === 0 && looksUnsolicited(line, sent, urcPrefixes)) {
      before.push(line);
      start = end;
    } else {
      leading = false;
      lines.push(line);
    }
    i = end;
  }
  return { complete: false, start, end: 0, echo, lines, before };
}
