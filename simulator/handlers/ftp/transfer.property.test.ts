// Transfers through the UART, as properties against a real FTP server on loopback: any bytes put
// with AT+CFTPSPUT (with a <data_len>, or <ETX>-coded up to Ctrl-Z) are the file the server
// stores, AT+CFTPSSIZE tells its length, and AT+CFTPSGET gives the same bytes back in DATA
// reports of at most 1024 bytes (all of them full but the last).

import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { exchange, loggedInModule, waitFor } from '../../ftp/testing/module.js';
import { ftpTestServer, type FtpTestServer } from '../../ftp/testing/server.js';
import type { ModemHarness } from '../../testing/harness.js';

const ETX = 0x03;
const CTRL_Z = 0x1a;

let server: FtpTestServer;
let h: ModemHarness;

beforeAll(async () => {
  server = await ftpTestServer();
  h = await loggedInModule(server.port);
});

afterAll(async () => {
  h.modem.powerOff();
  await server.close();
});

/** The manual's coding of data without a <data_len>: <ETX> before every Ctrl-Z and ETX, Ctrl-Z at the end. */
function etxCoded(data: Buffer): Buffer {
  const out: number[] = [];
  for (const b of data) {
    if (b === ETX || b === CTRL_Z) out.push(ETX);
    out.push(b);
  }
  out.push(CTRL_Z);
  return Buffer.from(out);
}

/** The payload of every "+CFTPSGET: DATA,<len>" report of `out`, and the lengths. */
function reports(out: string): { lengths: number[]; data: Buffer } {
  const lengths: number[] = [];
  const parts: Buffer[] = [];
  const header = /\r\n\+CFTPSGET: DATA,(\d+)\r\n/g;
  for (let m = header.exec(out); m; m = header.exec(out)) {
    const len = Number(m[1]);
    lengths.push(len);
    parts.push(Buffer.from(out.slice(header.lastIndex, header.lastIndex + len), 'latin1'));
    header.lastIndex += len;
  }
  return { lengths, data: Buffer.concat(parts) };
}

let n = 0;

it('PUT then GET gives back the bytes put, whatever they are', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, withLength) => {
      const data = Buffer.from(bytes);
      const name = `f${n++}.bin`;
      const sized = withLength && data.length > 0 && data.length <= 2048;
      h.take();
      h.send(sized ? `AT+CFTPSPUT="${name}",${data.length}\r` : `AT+CFTPSPUT="${name}"\r`);
      await h.finish();
      expect(h.take()).toBe('\r\n> ');
      h.send(sized ? data : etxCoded(data));
      await h.finish();
      expect(await waitFor(h, /\+CFTPSPUT: \d+\r\n$/)).toBe('\r\nOK\r\n\r\n+CFTPSPUT: 0\r\n');
      expect(server.file(name)).toEqual(data);
      // (ftp-srv answers SIZE of an empty file "213 File status", without the size.)
      if (data.length > 0) expect(await exchange(h, `AT+CFTPSSIZE="${name}"`, /\+CFTPSSIZE: \d+\r\n$/)).toBe(`\r\nOK\r\n\r\n+CFTPSSIZE: ${data.length}\r\n`);
      const out = await exchange(h, `AT+CFTPSGET="${name}"`, /\+CFTPSGET: 0\r\n$/);
      const got = reports(out);
      expect(got.data).toEqual(data);
      expect(got.lengths.every((len, i) => (i < got.lengths.length - 1 ? len === 1024 : len > 0 && len <= 1024))).toBe(true);
    }),
    { numRuns: 25 },
  );
});
