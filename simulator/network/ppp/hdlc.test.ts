// RFC 1662 framing: FCS-16 and the frame decoder.

import { describe, expect, it } from 'vitest';
import { encodeFrame, fcs16, FrameDecoder, FCS_GOOD } from './hdlc.js';

describe('FCS-16 (RFC 1662 §C.2)', () => {
  it('matches the CRC-16/X.25 check value of "123456789"', () => {
    expect(fcs16(Buffer.from('123456789')) ^ 0xffff).toBe(0x906e);
  });

  it('gives the good FCS over a frame followed by its own FCS', () => {
    const body = Buffer.from([0xff, 0x03, 0xc0, 0x21, 1, 1, 0, 4]);
    const fcs = fcs16(body) ^ 0xffff;
    expect(fcs16(Buffer.concat([body, Buffer.from([fcs & 0xff, fcs >> 8])]))).toBe(FCS_GOOD);
  });
});

describe('frame decoder', () => {
  it('decodes frames split anywhere, with or without address/control and protocol compression', () => {
    const wire = Buffer.concat([encodeFrame(0xc021, Buffer.from([9, 1, 0, 8, 1, 2, 3, 4])), encodeFrame(0x0021, Buffer.from([0x45, 0x7e, 0x7d, 0x11]), 0)]);
    const d = new FrameDecoder();
    const frames = [...wire].flatMap((b) => d.feed(Buffer.from([b])));
    expect(frames.map((f) => [f.protocol, [...f.payload]])).toEqual([
      [0xc021, [9, 1, 0, 8, 1, 2, 3, 4]],
      [0x0021, [0x45, 0x7e, 0x7d, 0x11]],
    ]);
    // ACFC + PFC: no FF 03, one-byte protocol 0x21.
    const content = Buffer.from([0x21, 0x45, 0x00]);
    const fcs = fcs16(content) ^ 0xffff;
    const compressed = Buffer.from([0x7e, ...content, fcs & 0xff, fcs >> 8, 0x7e]);
    expect(new FrameDecoder().feed(compressed).map((f) => [f.protocol, [...f.payload]])).toEqual([[0x21, [0x45, 0x00]]]);
  });

  it('drops bad FCS, aborted and runt frames, and ignores bytes outside frames', () => {
    const good = encodeFrame(0xc021, Buffer.from([5, 1, 0, 4]));
    const bad = Buffer.from(good);
    bad[5] = bad[5]! ^ 1;
    const aborted = Buffer.from([0x7e, 0xff, 0x03, 0x7d, 0x7e]);
    const d = new FrameDecoder();
    expect(d.feed(Buffer.concat([Buffer.from('garbage'), bad, aborted, Buffer.from([0x7e, 1, 2, 0x7e]), good]))).toHaveLength(1);
    expect(d.dropped).toBe(3);
  });
});
