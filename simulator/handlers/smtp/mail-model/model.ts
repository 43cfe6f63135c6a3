// The model of the mail-composition commands of chapter 22, for the model-based test
// (mail-model.test.ts): what a fresh module holds, and the answers of the reads it predicts. It
// is deliberately simpler than the simulator and shares no code with it.

import type { ModemHarness } from '../../../testing/harness.js';
import type { SmtpTestServer } from '../../../smtp/testing/smtp-test-server.js';

export interface Address {
  address: string;
  name: string;
}

export interface ModelFile {
  path: string;
  name: string;
  data: Buffer;
}

export interface MailModel {
  from: Address | undefined;
  /** [kind][index] */
  recipients: Array<Array<Address | undefined>>;
  subject: { bytes: Buffer; charset: string };
  body: Buffer;
  charset: string;
  /** [index - 1] */
  files: Array<ModelFile | undefined>;
  /** Mails the server should have received so far. */
  sent: number;
}

export interface MailReal {
  h: ModemHarness;
  server: SmtpTestServer;
}

/** Files on the module the test selects from (two share a name on different drives). */
export const FILES: readonly ModelFile[] = [
  { path: 'C:/a.txt', name: 'a.txt', data: Buffer.from('first file\r\n') },
  { path: 'C:/b.bin', name: 'b.bin', data: Buffer.from(Array.from({ length: 700 }, (_x, i) => (i * 31) % 256)) },
  { path: 'D:/c.dat', name: 'c.dat', data: Buffer.from('') },
  { path: 'D:/a.txt', name: 'a.txt', data: Buffer.from('same name, other drive') },
];

export const ADDRESSES = ['ann@example.com', 'bob@example.org', 'cyd@example.net', 'dee@example.com'] as const;

export function initialModel(): MailModel {
  return {
    from: undefined,
    recipients: [0, 1, 2].map(() => [undefined, undefined, undefined, undefined, undefined]),
    subject: { bytes: Buffer.alloc(0), charset: 'UTF-8' },
    body: Buffer.alloc(0),
    charset: 'utf-8',
    files: Array.from({ length: 10 }, () => undefined),
    sent: 0,
  };
}

/** Types `data` at the prompt of `line`; what the module printed. */
export async function prompt(h: ModemHarness, line: string, data: Buffer): Promise<string> {
  h.take();
  h.send(`${line}\r`);
  await h.settle();
  h.send(data);
  await h.finish();
  return h.take();
}
