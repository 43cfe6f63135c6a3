import { describe, expect, it } from 'vitest';
import { dlciOctet, encodeControlMessage, MessageCode, parseControlMessages } from './control-messages.js';

describe('27.010 control messages', () => {
  it('encodes commands and responses with C/R in the type octet', () => {
    expect([...encodeControlMessage(MessageCode.CLD, true)]).toEqual([0xc3, 0x01]);
    expect([...encodeControlMessage(MessageCode.CLD, false)]).toEqual([0xc1, 0x01]);
    expect([...encodeControlMessage(MessageCode.MSC, true, Buffer.of(dlciOctet(1), 0x8d))]).toEqual([0xe3, 0x05, 0x07, 0x8d]);
    expect([...encodeControlMessage(MessageCode.TEST, false, Buffer.alloc(130)).subarray(0, 3)]).toEqual([0x21, 0x04, 0x03]);
  });

  it('parses several messages in one frame, and two-octet lengths', () => {
    const info = Buffer.concat([encodeControlMessage(MessageCode.MSC, true, Buffer.of(0x07, 0x0d)), encodeControlMessage(MessageCode.TEST, true, Buffer.alloc(130, 1))]);
    const parsed = parseControlMessages(info);
    expect(parsed.ok && parsed.messages.map((m) => [m.name, m.command, m.value.length])).toEqual([
      ['MSC', true, 2],
      ['TEST', true, 130],
    ]);
  });

  it('refuses truncated messages', () => {
    expect(parseControlMessages(Buffer.of(0xe3, 0x09, 0x07)).ok).toBe(false);
    expect(parseControlMessages(Buffer.of(0xe3)).ok).toBe(false);
    expect(parseControlMessages(Buffer.of(0xe2, 0x01)).ok).toBe(false);
  });
});
