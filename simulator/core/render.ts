// The response side of the line codec: how information text, final result codes, URCs and the
// data prompt look on the wire, per ATV (manual §2.2.8), ATQ (§2.2.10), +CMEE (§3.2.8) and the
// S3/S4 line-ending registers (V.250 §6.2.1-6.2.2).
//
//   ATV1 information text:  <S3><S4>text<S3><S4>    (several lines: one leading <S3><S4>,
//                                                     each line ends with <S3><S4>)
//   ATV1 result code:       <S3><S4>VERBOSE<S3><S4>
//   ATV0 information text:  text<S3><S4>
//   ATV0 result code:       <numeric><S3>            (+CME/+CMS ERROR: <err><S3><S4>)
//   ATQ1:                   result codes are not sent; information text still is.
//   +CMEE=0: +CME/+CMS ERROR become plain ERROR; 1: numeric <err>; 2: verbose <err>.

import { BASIC_RESULT_CODES, type Final } from './result.js';

export interface FormatSettings {
  verbose: boolean;
  quiet: boolean;
  cmee: number;
  /** S3: command line termination character (default 13). */
  s3: number;
  /** S4: response formatting character (default 10). */
  s4: number;
}

/** Looks up the verbose text of an error code (manual §25.3, §25.4). */
export interface ErrorTextLookup {
  cme(code: number): string | undefined;
  cms(code: number): string | undefined;
}

function eol(f: FormatSettings): string {
  return String.fromCharCode(f.s3, f.s4);
}

/** Information text of one command: nothing at all for an empty list. */
export function renderInfo(lines: readonly string[], f: FormatSettings): string {
  if (lines.length === 0) return '';
  const end = eol(f);
  const body = lines.map((l) => l + end).join('');
  return f.verbose ? end + body : body;
}

/** An unsolicited result code: framed like information text so it is never glued to a line. */
export function renderUrc(lines: string | readonly string[], f: FormatSettings): string {
  return renderInfo(typeof lines === 'string' ? [lines] : lines, f);
}

function errorText(kind: 'cme' | 'cms', code: number, f: FormatSettings, texts: ErrorTextLookup): string {
  const prefix = kind === 'cme' ? '+CME ERROR: ' : '+CMS ERROR: ';
  if (f.cmee === 2) return prefix + (texts[kind](code) ?? String(code));
  return prefix + String(code);
}

/** A final result code, or '' under ATQ1. */
export function renderFinal(final: Final, f: FormatSettings, texts: ErrorTextLookup): string {
  if (f.quiet) return '';
  const end = eol(f);
  switch (final.kind) {
    case 'basic': {
      if (!f.verbose) return String(BASIC_RESULT_CODES[final.code]) + String.fromCharCode(f.s3);
      const text = final.suffix ? `${final.code} ${final.suffix}` : final.code;
      return end + text + end;
    }
    case 'cme':
    case 'cms': {
      if (f.cmee === 0) return renderFinal({ kind: 'basic', code: 'ERROR' }, f, texts);
      const text = errorText(final.kind, final.code, f, texts);
      return f.verbose ? end + text + end : text + end;
    }
    case 'text':
      return f.verbose ? end + final.text + end : final.text + end;
  }
}

/** The data prompt of 27.005 §3.5.1: `<CR><LF>> ` (the text is configurable: HTTPDATA says DOWNLOAD). */
export function renderPrompt(prompt: string, f: FormatSettings): string {
  return eol(f) + prompt;
}
