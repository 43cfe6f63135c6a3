// Splits one command line into its commands (manual §1.5.2 "Combining AT commands on the same
// command line", V.250 §5.3-5.4):
//
//   ATE1Q0S0=1S3=13V1X4;+IFC=0,0;+IPR=115200
//   └basic┘└S-param┘ └basic┘└─extended─┘└extended┘
//
// - The line must start with AT, at or At (case-insensitive here, as most modules accept aT too).
// - Basic commands: a letter, or & and a letter, then an optional decimal number. `D` takes the
//   rest of the line as its dial string.
// - S-parameters: S<n>=<m> (write; <m> may be empty), S<n>? (read), S<n>=? (test), S<n> (exec).
// - Extended commands: a prefix (+, and the vendor prefixes $ # % ^ *) and a name of
//   A-Z 0-9 ! % - . / : _ ; then `=?` test, `?` read, `=<args>` write, or nothing (execute).
//   A `;` separates an extended command from whatever follows; it is optional after basic ones.
// - Spaces between commands are ignored (V.250 §5.1); argument text is kept raw for the
//   argument splitter, which honours quotes.
//
// The result is a list of commands, or a syntax error: a line with any syntax error executes
// nothing (V.250 §5.3: the DCE checks the whole line... SIMCom stops at the first error, which
// for syntax is before the first command runs).

import type { FormKind } from '../spec/types.js';

export interface ParsedCommand {
  /** `+CMGS`, `E`, `&F`, `D`, `S3`: upper case, as the command table names it (S-params: S<n>). */
  name: string;
  syntax: 'extended' | 'basic' | 's-register';
  form: FormKind;
  /** Raw argument text: after `=` for write forms, the number of a basic command, the dial string. */
  argText: string;
}

export type ParseResult = { ok: true; commands: ParsedCommand[] } | { ok: false; reason: string };

const EXTENDED_PREFIXES = '+$#%^*';
const EXTENDED_NAME_CHAR = /[A-Z0-9!%\-./:_]/i;

/** Finds the AT prefix; returns the text after it, or undefined when the line has none. */
export function stripAtPrefix(line: string): string | undefined {
  const m = /^\s*AT/i.exec(line);
  return m ? line.slice(m[0].length) : undefined;
}

/** Index just past the end of an extended command's arguments (first `;` outside quotes). */
function endOfArguments(body: string, from: number): number | undefined {
  let inQuotes = false;
  for (let i = from; i < body.length; i++) {
    const c = body[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ';' && !inQuotes) return i;
  }
  return inQuotes ? undefined : body.length;
}

function skipSpaces(body: string, i: number): number {
  while (i < body.length && body[i] === ' ') i++;
  return i;
}

function readDigits(body: string, i: number): [string, number] {
  let j = i;
  while (j < body.length && body[j]! >= '0' && body[j]! <= '9') j++;
  return [body.slice(i, j), j];
}

/** Parses the text after `AT`. An empty body is the bare `AT` command: no commands. */
export function parseCommandBody(body: string): ParseResult {
  const commands: ParsedCommand[] = [];
  let i = 0;
  for (;;) {
    i = skipSpaces(body, i);
    if (i >= body.length) return { ok: true, commands };
    const c = body[i]!;
    const upper = c.toUpperCase();

    if (EXTENDED_PREFIXES.includes(c)) {
      let j = i + 1;
      while (j < body.length && EXTENDED_NAME_CHAR.test(body[j]!)) j++;
      if (j === i + 1) return { ok: false, reason: `empty command name at ${i}` };
      const name = body.slice(i, j).toUpperCase();
      j = skipSpaces(body, j);
      let form: FormKind = 'exec';
      let argText = '';
      if (body.startsWith('=?', j)) {
        form = 'test';
        j += 2;
      } else if (body[j] === '?') {
        form = 'read';
        j += 1;
      } else if (body[j] === '=') {
        form = 'write';
        const end = endOfArguments(body, j + 1);
        if (end === undefined) return { ok: false, reason: `unterminated string in ${name}` };
        argText = body.slice(j + 1, end);
        j = end;
      }
      commands.push({ name, syntax: 'extended', form, argText });
      j = skipSpaces(body, j);
      if (j >= body.length) return { ok: true, commands };
      if (body[j] !== ';') return { ok: false, reason: `expected ; after ${name}` };
      i = j + 1;
      continue;
    }

    if (upper === 'S' && /[0-9]/.test(body[i + 1] ?? '')) {
      const [digits, j0] = readDigits(body, i + 1);
      const name = `S${Number(digits)}`;
      let j = j0;
      if (body.startsWith('=?', j)) {
        commands.push({ name, syntax: 's-register', form: 'test', argText: '' });
        j += 2;
      } else if (body[j] === '?') {
        commands.push({ name, syntax: 's-register', form: 'read', argText: '' });
        j += 1;
      } else if (body[j] === '=') {
        const [value, j1] = readDigits(body, j + 1);
        commands.push({ name, syntax: 's-register', form: 'write', argText: value });
        j = j1;
      } else {
        commands.push({ name, syntax: 's-register', form: 'exec', argText: '' });
      }
      i = body[j] === ';' ? j + 1 : j;
      continue;
    }

    if (upper === 'D') {
      commands.push({ name: 'D', syntax: 'basic', form: 'exec', argText: body.slice(i + 1).trim() });
      return { ok: true, commands };
    }

    let name: string;
    let j: number;
    if (c === '&') {
      const letter = body[i + 1];
      if (!letter || !/[A-Z]/i.test(letter)) return { ok: false, reason: `bad & command at ${i}` };
      name = '&' + letter.toUpperCase();
      j = i + 2;
    } else if (/[A-Z]/i.test(c)) {
      name = upper;
      j = i + 1;
    } else {
      return { ok: false, reason: `unexpected ${JSON.stringify(c)} at ${i}` };
    }
    const [digits, afterDigits] = readDigits(body, j);
    j = afterDigits;
    let form: FormKind = digits === '' ? 'exec' : 'write';
    if (digits === '' && body.startsWith('=?', j)) {
      form = 'test';
      j += 2;
    } else if (digits === '' && body[j] === '?') {
      form = 'read';
      j += 1;
    } else if (body[j] === '=') {
      return { ok: false, reason: `= after basic command ${name}` };
    }
    commands.push({ name, syntax: 'basic', form, argText: digits });
    i = body[j] === ';' ? j + 1 : j;
  }
}
