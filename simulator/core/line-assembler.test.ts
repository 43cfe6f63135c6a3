import { describe, expect, it } from 'vitest';
import { LineAssembler, MAX_COMMAND_LINE } from './line-assembler.js';

const ON = { echo: true, s3: 13, s5: 8 };
const OFF = { echo: false, s3: 13, s5: 8 };

function feedAll(a: LineAssembler, text: string, s = ON) {
  let echo = '';
  const events = [];
  for (const b of Buffer.from(text, 'latin1')) {
    const r = a.feed(b, s);
    echo += r.echo;
    if (r.event) events.push(r.event);
  }
  return { echo, events };
}

describe('LineAssembler', () => {
  it('ends a line on S3 and echoes every character including the CR', () => {
    const r = feedAll(new LineAssembler(), 'AT+CSQ\r');
    expect(r.echo).toBe('AT+CSQ\r');
    expect(r.events).toEqual([{ kind: 'line', text: 'AT+CSQ', overflow: false }]);
  });

  it('echoes nothing with ATE0', () => {
    expect(feedAll(new LineAssembler(), 'AT\r', OFF).echo).toBe('');
  });

  it('drops NUL, ESC, Ctrl-Z and LF without echo', () => {
    const r = feedAll(new LineAssembler(), '\x00A\x1bT\x1a\n\r');
    expect(r.echo).toBe('AT\r');
    expect(r.events).toEqual([{ kind: 'line', text: 'AT', overflow: false }]);
  });

  it('ignores empty and blank lines', () => {
    expect(feedAll(new LineAssembler(), '\r  \r\r\n').events).toEqual([]);
  });

  it('applies S5 backspace editing and echoes the backspace', () => {
    const r = feedAll(new LineAssembler(), 'ATX\bI\r');
    expect(r.events).toEqual([{ kind: 'line', text: 'ATI', overflow: false }]);
    expect(r.echo).toBe('ATX\bI\r');
  });

  it('honours a changed S3: CR is then an ignored control character', () => {
    const r = feedAll(new LineAssembler(), 'AT\rI!', { echo: false, s3: 33, s5: 8 });
    expect(r.events).toEqual([{ kind: 'line', text: 'ATI', overflow: false }]);
  });

  it('recognises A/ at once, without S3', () => {
    expect(feedAll(new LineAssembler(), 'a/').events).toEqual([{ kind: 'repeat' }]);
    expect(feedAll(new LineAssembler(), 'XA/').events).toEqual([]);
  });

  it('bounds the buffer and flags the overflow', () => {
    const r = feedAll(new LineAssembler(), 'AT' + 'X'.repeat(MAX_COMMAND_LINE + 1000) + '\r', OFF);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]).toMatchObject({ kind: 'line', overflow: true });
  });
});
