// Properties of the module's HTTP/1.1 response parser (response-parser.ts): whatever the framing
// (Content-Length, chunked with any chunk sizes and extensions, read until close) and however the
// bytes are cut into TCP segments, it gives the status, the header block as sent and the content;
// and it never throws on arbitrary bytes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseParser } from './response-parser.js';

interface Response {
  status: number;
  fields: Array<[string, string]>;
  content: Buffer;
  framing: 'length' | 'chunked' | 'close';
  chunkSizes: number[];
  interim: boolean;
}

const token = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/).filter((n) => !/^(content-length|transfer-encoding|connection)$/i.test(n));
const fieldValue = fc.stringMatching(/^[ -~]{0,30}$/).map((v) => v.trim());

const response: fc.Arbitrary<Response> = fc.record({
  status: fc.constantFrom(200, 201, 202, 203, 206, 301, 302, 400, 404, 500, 503),
  fields: fc.array(fc.tuple(token, fieldValue), { maxLength: 6 }),
  content: fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)),
  framing: fc.constantFrom('length' as const, 'chunked' as const, 'close' as const),
  chunkSizes: fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 8 }),
  interim: fc.boolean(),
});

/** The bytes a server sends for `r`; the header block of the final response separately. */
function encode(r: Response): { bytes: Buffer; header: Buffer } {
  const fields = [...r.fields];
  if (r.framing === 'length') fields.push(['Content-Length', String(r.content.length)]);
  if (r.framing === 'chunked') fields.push(['Transfer-Encoding', 'chunked']);
  const header = Buffer.from(`HTTP/1.1 ${r.status} Reason Phrase\r\n${fields.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`, 'latin1');
  let body = r.content;
  if (r.framing === 'chunked') {
    const parts: Buffer[] = [];
    let at = 0;
    let i = 0;
    while (at < r.content.length) {
      const size = Math.min(r.chunkSizes[i++ % r.chunkSizes.length]!, r.content.length - at);
      parts.push(Buffer.from(`${size.toString(16)}${i % 2 ? ';ext=1' : ''}\r\n`), r.content.subarray(at, at + size), Buffer.from('\r\n'));
      at += size;
    }
    parts.push(Buffer.from('0\r\nX-Trailer: t\r\n\r\n'));
    body = Buffer.concat(parts);
  }
  const interim = r.interim ? Buffer.from('HTTP/1.1 100 Continue\r\n\r\n') : Buffer.alloc(0);
  return { bytes: Buffer.concat([interim, header, body]), header };
}

/** `bytes` cut at the given (sorted, deduplicated) offsets. */
function segments(bytes: Buffer, cuts: number[]): Buffer[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('ResponseParser', () => {
  it('gives the status, the header as sent and the content, however the bytes are cut', () => {
    fc.assert(
      fc.property(response, fc.array(fc.nat(), { maxLength: 12 }), (r, cuts) => {
        const { bytes, header } = encode(r);
        const parser = new ResponseParser('GET');
        for (const piece of segments(bytes, cuts)) parser.push(piece);
        if (r.framing === 'close') {
          expect(parser.state).toBe(bytes.length > 0 ? 'body' : 'done');
          parser.end();
        }
        expect(parser.state).toBe('done');
        expect(parser.head!.status).toBe(r.status);
        expect(parser.head!.raw).toEqual(header);
        expect(parser.content).toEqual(r.content);
        expect(parser.reusable).toBe(r.framing !== 'close');
      }),
    );
  });

  it('a response to HEAD has no content, whatever its Content-Length says', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (n) => {
        const parser = new ResponseParser('HEAD');
        parser.push(Buffer.from(`HTTP/1.1 200 OK\r\nContent-Length: ${n}\r\n\r\n`));
        expect(parser.state).toBe('done');
        expect(parser.contentLength).toBe(0);
      }),
    );
  });

  it('never throws on arbitrary bytes, and ends in done or error once the connection closes', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 10 }), fc.constantFrom('GET', 'HEAD'), (pieces, method) => {
        const parser = new ResponseParser(method);
        for (const p of pieces) parser.push(Buffer.from(p));
        parser.end();
        expect(['done', 'error']).toContain(parser.state);
      }),
    );
  });

  it('refuses what is not HTTP, conflicting lengths and bad chunk sizes', () => {
    const cases = ['SSH-2.0-x\r\n\r\n', 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabc', 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n', 'HTTP/1.1 200 OK\r\nbad header\r\n\r\n'];
    for (const text of cases) {
      const parser = new ResponseParser('GET');
      parser.push(Buffer.from(text));
      expect(parser.state, text).toBe('error');
    }
  });

  it('keeps a connection only when HTTP/1.1 without "Connection: close", or HTTP/1.0 with keep-alive', () => {
    const reusable = (text: string) => {
      const parser = new ResponseParser('GET');
      parser.push(Buffer.from(text));
      return parser.reusable;
    };
    expect(reusable('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')).toBe(true);
    expect(reusable('HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')).toBe(false);
    expect(reusable('HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n')).toBe(false);
    expect(reusable('HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n')).toBe(true);
    expect(reusable('HTTP/1.1 204 No Content\r\n\r\nextra')).toBe(false); // bytes after the response
  });
});
