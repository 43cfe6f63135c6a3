// Control actions for the module's file system (manual chapters 10-11): put a file on the module
// (a certificate, a firmware package, a body to post) or take one off, list what is there, delete,
// and put the SD card in or take it out. From a shell against a running modem-sim:
//
//   modem-sim fs put --pty /dev/pts/3 --path C:/ca.pem --file ./ca.pem
//   modem-sim fs put --pty /dev/pts/3 --path D:/MyDir/t1.txt --text Testcontent
//   modem-sim fs get --pty /dev/pts/3 --path C:/readbaidu.dat --file ./out.dat
//   modem-sim fs list --pty /dev/pts/3 [--path D:/MyDir]
//   modem-sim fs sd --pty /dev/pts/3 --inserted false
//
// The files are those the AT commands see, kept as the module keeps them (in memory, or under
// <state-dir>/fs/). Paths are full paths ("C:/x", "D:/dir/x") under the module's naming rules;
// `fs put` makes missing directories, on "C:" too (as a factory image would), and replaces an
// existing file. --file is a file of the host, read or written by the simulator (the CLI passes
// it as an absolute path). The module may be on or off: its flash is there either way.

import { readFileSync, writeFileSync } from 'node:fs';
import type { Modem } from '../core/modem.js';
import { fileSystemOf, formatPath, isFullPath, type FsEntry, type FsResult } from '../fs/index.js';
import { ControlError, type ControlAction } from './action.js';

function must<T>(r: FsResult<T>, what: string): T {
  if (!r.ok) throw new ControlError(`${what}: ${r.error.code} (${r.error.message})`);
  return r.value;
}

function fullPath(p: Record<string, unknown>): string {
  const path = String(p['path']);
  if (!isFullPath(path)) throw new ControlError(`--path must be a full path such as C:/name or D:/dir/name, got ${JSON.stringify(path)}`);
  return path;
}

function contents(p: Record<string, unknown>): Buffer {
  const given = ['file', 'text', 'hex', 'base64'].filter((k) => p[k] !== undefined);
  if (given.length !== 1) throw new ControlError('"fs put" needs exactly one of --file, --text, --hex, --base64');
  const v = String(p[given[0]!]);
  switch (given[0]) {
    case 'file':
      try {
        return readFileSync(v);
      } catch (e) {
        throw new ControlError(`cannot read --file ${v}: ${(e as Error).message}`);
      }
    case 'text':
      return Buffer.from(v, 'utf8');
    case 'hex':
      if (!/^([0-9A-Fa-f]{2})*$/.test(v)) throw new ControlError('--hex must be pairs of hex digits');
      return Buffer.from(v, 'hex');
    default:
      return Buffer.from(v, 'base64');
  }
}

const PRINTABLE = /^[\t\r\n\u0020-\u007e\u00a0-\uffff]*$/;

/** The bytes as text where they are UTF-8 text, for people reading the answer. */
function asText(data: Buffer): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    return PRINTABLE.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

function describeEntry(e: FsEntry) {
  return { path: formatPath(e.path), kind: e.kind, ...(e.kind === 'file' ? { size: e.size } : {}) };
}

function fsOf(modem: Modem) {
  return fileSystemOf(modem);
}

export const fsActions: readonly ControlAction[] = [
  {
    name: 'fs put',
    summary: 'Put a file on the module (C: flash or D: SD card), replacing one of that name',
    params: {
      path: { type: 'string', description: 'full path on the module: C:/name, D:/dir/name', required: true },
      file: { type: 'string', description: 'a file of the host to copy', localPath: true },
      text: { type: 'string', description: 'the contents as text (UTF-8)' },
      hex: { type: 'string', description: 'the contents as hex bytes' },
      base64: { type: 'string', description: 'the contents as base64' },
    },
    run: (modem, p) => {
      const path = fullPath(p);
      const entry = must(fsOf(modem).write(path, contents(p), { parents: true }), `fs put ${path}`);
      return describeEntry(entry);
    },
  },
  {
    name: 'fs get',
    summary: 'Read a file of the module (to a file of the host with --file)',
    params: {
      path: { type: 'string', description: 'full path on the module', required: true },
      file: { type: 'string', description: 'write the contents to this file of the host', localPath: true },
    },
    run: (modem, p) => {
      const path = fullPath(p);
      const data = must(fsOf(modem).read(path), `fs get ${path}`);
      if (p['file'] !== undefined) {
        try {
          writeFileSync(String(p['file']), data);
        } catch (e) {
          throw new ControlError(`cannot write --file ${String(p['file'])}: ${(e as Error).message}`);
        }
        return { path, size: data.length, file: String(p['file']) };
      }
      const text = asText(data);
      return { path, size: data.length, base64: data.toString('base64'), ...(text !== undefined ? { text } : {}) };
    },
  },
  {
    name: 'fs list',
    summary: 'Every directory and file on the module (or below --path), with sizes and free space',
    params: { path: { type: 'string', description: 'a directory (default: both drives)' } },
    run: (modem, p) => {
      const fs = fsOf(modem);
      const dir = p['path'] === undefined ? undefined : fullPath(p);
      if (dir !== undefined) must(fs.list(dir), `fs list ${dir}`);
      const space = (['C', 'D'] as const).flatMap((d) => {
        const s = fs.space(d);
        return s.ok ? [{ drive: `${d}:`, total: s.value.total, used: s.value.used, free: s.value.free }] : [];
      });
      return { location: fs.location, sdCard: fs.hasSdSlot ? (fs.sdCardInserted ? 'inserted' : 'removed') : 'no slot', space, entries: fs.walk(dir).map(describeEntry) };
    },
  },
  {
    name: 'fs delete',
    summary: 'Delete a file or an empty directory of the module',
    params: { path: { type: 'string', description: 'full path on the module', required: true } },
    run: (modem, p) => {
      const path = fullPath(p);
      const fs = fsOf(modem);
      const entry = must(fs.stat(path), `fs delete ${path}`);
      must(entry.kind === 'dir' ? fs.rmdir(path, { system: true }) : fs.remove(path), `fs delete ${path}`);
      return { deleted: formatPath(entry.path) };
    },
  },
  {
    name: 'fs sd',
    summary: 'Put the SD card (D:) in or take it out; it keeps its files',
    params: { inserted: { type: 'boolean', description: 'true: in the slot, false: out', required: true } },
    run: (modem, p) => {
      const fs = fsOf(modem);
      must(fs.setSdCard(p['inserted'] === true), 'fs sd');
      return { sdCard: fs.sdCardInserted ? 'inserted' : 'removed' };
    },
  },
];
