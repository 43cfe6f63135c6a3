// The FTP reply parser (RFC 959 §4.2) and the reply fields the client reads (PASV, 257): any
// sequence of one-line and multi-line replies, cut into chunks anywhere, parses back into the same
// replies.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePasv, quotedPath } from './client.js';
import { ReplyParser, replyText, type FtpReply } from './replies.js';

/** Text of a reply line: printable bytes, never CR or LF. */
const text = fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 30 });
const code = fc.integer({ min: 100, max: 599 });

/** A reply as a server sends it: one line, or "xyz-" ... "xyz " with lines between that cannot end it. */
const reply: fc.Arbitrary<FtpReply> = fc.oneof(
  fc.tuple(code, text).map(([c, t]) => ({ code: c, lines: [`${c} ${t}`] })),
  fc.tuple(code, text, fc.array(text, { maxLength: 4 }), text).map(([c, first, middle, last]) => ({
    code: c,
    lines: [`${c}-${first}`, ...middle.filter((m) => !m.startsWith(`${c} `) && m !== String(c)).map((m) => ` ${m}`), `${c} ${last}`],
  })),
);

describe('ReplyParser', () => {
  it('gives back every reply, whatever the chunks', () => {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 8 }), fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1 }), fc.boolean(), (replies, cuts, bareLf) => {
        const eol = bareLf ? '\n' : '\r\n';
        const wire = Buffer.from(replies.map((r) => r.lines.map((l) => l + eol).join('')).join(''), 'latin1');
        const parser = new ReplyParser();
        const got: FtpReply[] = [];
        let at = 0;
        for (let i = 0; at < wire.length; i++) {
          const size = cuts[i % cuts.length]!;
          got.push(...parser.feed(wire.subarray(at, at + size)));
          at += size;
        }
        expect(got).toEqual(replies);
      }),
    );
  });

  it('keeps a reply open until its last line, and ignores noise between replies', () => {
    const parser = new ReplyParser();
    expect(parser.feed(Buffer.from('noise\r\n211-Features:\r\n PASV\r\n211-still going\r\n'))).toEqual([]);
    const [features] = parser.feed(Buffer.from('211 End\r\n200\r\n'));
    expect(features).toEqual({ code: 211, lines: ['211-Features:', ' PASV', '211-still going', '211 End'] });
    expect(replyText(features!)).toBe('Features:\n PASV\n211-still going\nEnd');
  });
});

describe('reply fields', () => {
  it('PASV: the address and port of "227 ... (h1,h2,h3,h4,p1,p2)"', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }), fc.integer({ min: 0, max: 65535 }), (ip, port) => {
        const r = { code: 227, lines: [`227 Entering Passive Mode (${ip.join(',')},${port >> 8},${port & 255}).`] };
        expect(parsePasv(r)).toEqual({ address: ip.join('.'), port });
      }),
    );
    expect(parsePasv({ code: 227, lines: ['227 ok (1,2,3,4,5)'] })).toBeUndefined();
    expect(parsePasv({ code: 227, lines: ['227 ok (1,2,3,400,5,6)'] })).toBeUndefined();
  });

  it('257: the path as the server quotes it, doubled quotes kept', () => {
    expect(quotedPath({ code: 257, lines: ['257 "/" is current directory'] })).toBe('"/"');
    expect(quotedPath({ code: 257, lines: ['257 "/a ""b""" created'] })).toBe('"/a ""b"""');
    expect(quotedPath({ code: 257, lines: ['257 no quotes'] })).toBeUndefined();
  });
});
