// The model of the MMS edit buffer and mailbox (chapter 24) for the model-based test: plain data
// and the manual's rules written out again, sharing nothing with the handlers.

import { ModemHarness } from '../../testing/harness.js';

export type List = 'to' | 'cc' | 'bcc';

export interface MmsModel {
  editing: boolean;
  title: string | undefined;
  files: string[];
  to: string[];
  cc: string[];
  bcc: string[];
  /** Two places; the saved MMS's title and file names. */
  box: Array<{ title: string | undefined; files: string[] } | undefined>;
}

export function newModel(): MmsModel {
  return { editing: false, title: undefined, files: [], to: [], cc: [], bcc: [], box: [undefined, undefined] };
}

export function clearBuffer(m: MmsModel): void {
  m.title = undefined;
  m.files = [];
  m.to = [];
  m.cc = [];
  m.bcc = [];
}

/** §24.2.8: a phone number of at most 40 characters or an e-mail address of at most 60. */
export function validAddress(a: string): boolean {
  return (/^\+?[0-9]+$/.test(a) && a.length <= 40) || (a.length <= 60 && /^[a-z0-9.]+@[a-z0-9]+\.[a-z]+$/.test(a));
}

export interface MmsReal {
  h: ModemHarness;
  /** Runs a line, returns what was printed (echo off). */
  at(line: string): Promise<string>;
  /** A line that asks for data at the prompt, then the data. */
  withData(line: string, data: string): Promise<string>;
}

export async function realSystem(): Promise<MmsReal> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return {
    h,
    at: (line) => h.command(line),
    withData: async (line, data) => {
      const head = await h.command(line);
      if (head !== '\r\n> ') return head;
      h.send(data);
      await h.finish();
      return h.take();
    },
  };
}

export const OK = '\r\nOK\r\n';
export const err = (text: string) => `\r\n+CME ERROR: ${text}\r\n`;
