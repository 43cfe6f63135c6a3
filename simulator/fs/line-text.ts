// File names between the AT command line and the file system. The line carries bytes (one
// character per byte, latin1), and a name that is not ASCII arrives as its UTF-8 bytes — typed
// as they are, or written {non-ascii}"<hex>" (manual §22.2.9), which the argument check turns
// into the same bytes. The file system keeps names as characters; what the module prints (AT+FSLS,
// AT+FSCD) goes back as UTF-8 bytes.

import { fail, ok, type FsResult } from './errors.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A name (or path) as the command line carried it, as characters; INVALID_FILE_NAME if not UTF-8. */
export function fromLineText(text: string): FsResult<string> {
  if (!/[^\u0000-\u007f]/.test(text)) return ok(text);
  try {
    return ok(UTF8.decode(Buffer.from(text, 'latin1')));
  } catch {
    return fail('INVALID_FILE_NAME', `${JSON.stringify(text)} is not UTF-8`);
  }
}

/** A name as the module prints it: its UTF-8 bytes, one character per byte. */
export function toLineText(name: string): string {
  return /[^\u0000-\u007f]/.test(name) ? Buffer.from(name, 'utf8').toString('latin1') : name;
}
