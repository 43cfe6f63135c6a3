import { describe, expect, it } from 'vitest';
import { checkArguments, checkValue, decodeNonAscii, matchArguments, splitArguments, type ArgToken } from './arguments.js';
import type { CommandSpec } from './types.js';

const cpms: CommandSpec = {
  name: '+CPMS',
  syntaxKind: 'extended',
  title: 'Preferred message storage',
  section: '7.2.2',
  chapter: 7,
  description: '',
  forms: {
    write: {
      syntax: ['AT+CPMS=<mem1>[,<mem2>[,<mem3>]]'],
      args: [
        { name: 'mem1', optional: false },
        { name: 'mem2', optional: true },
        { name: 'mem3', optional: true },
      ],
      response: [],
    },
  },
  params: ['mem1', 'mem2', 'mem3'].map((name) => ({
    name,
    type: 'string' as const,
    values: [
      { value: '"ME"', description: 'FLASH' },
      { value: '"SM"', description: 'SIM' },
    ],
    description: '',
  })),
  savingMode: 'AUTO_SAVE',
  maxResponseTimeMs: 5000,
  reference: null,
  examples: [],
  notes: [],
};

const slots = cpms.forms.write!.args;

function check(text: string) {
  const split = splitArguments(text);
  if (!split.ok) return split;
  return checkArguments(cpms, slots, split.tokens);
}

describe('splitArguments', () => {
  it('splits on commas outside quotes and parentheses', () => {
    const r = splitArguments(' 1,"a,b",,(1,2) ');
    expect(r.ok && r.tokens.map((t) => t?.raw)).toEqual(['1', '"a,b"', undefined, '(1,2)']);
  });
  it('rejects unterminated and stray quotes', () => {
    expect(splitArguments('"abc').ok).toBe(false);
    expect(splitArguments('ab"c').ok).toBe(false);
    expect(splitArguments('"a"b').ok).toBe(false);
  });
});

describe('checkArguments', () => {
  it('accepts the required slot alone and fills omitted ones with undefined', () => {
    expect(check('"SM"')).toEqual({ ok: true, values: ['SM', undefined, undefined] });
  });
  it('normalises enumerated strings to the table spelling', () => {
    expect(check('"sm","me"')).toEqual({ ok: true, values: ['SM', 'ME', undefined] });
  });
  it('rejects a missing required value, an unknown value, an unquoted string, too many values', () => {
    expect(check('').ok).toBe(false);
    expect(check('"XX"').ok).toBe(false);
    expect(check('SM').ok).toBe(false);
    expect(check('"SM","SM","SM","SM"').ok).toBe(false);
  });
});

describe('matchArguments', () => {
  const httppara: CommandSpec = {
    ...cpms,
    name: '+HTTPPARA',
    params: [
      { name: 'url', type: 'string', description: '' },
      { name: 'conntimeout', type: 'integer', ranges: [{ min: 20, max: 120 }], description: '' },
    ],
  };
  const lists = [
    [
      { name: '"URL"', optional: false, literal: '"URL"' },
      { name: 'url', optional: false },
    ],
    [
      { name: '"CONNECTTO"', optional: false, literal: '"CONNECTTO"' },
      { name: 'conntimeout', optional: false },
    ],
  ];
  const match = (text: string) => {
    const split = splitArguments(text);
    return split.ok ? matchArguments(httppara, lists, split.tokens) : split;
  };

  it('picks the syntax line whose literal matches, and checks the rest against it', () => {
    const r = match('"CONNECTTO",120');
    expect(r.ok && r.values).toEqual(['CONNECTTO', 120]);
    expect(r.ok && r.slots[1]!.name).toBe('conntimeout');
    expect(match('"url","http://x"').ok).toBe(true);
  });

  it('refuses a value that fits no line', () => {
    expect(match('"CONNECTTO",5').ok).toBe(false);
    expect(match('"URL",120').ok).toBe(false);
    expect(match('CONNECTTO,120').ok).toBe(false);
    expect(match('"TIMEOUT",120').ok).toBe(false);
  });
});

describe('{non-ascii} file names', () => {
  it('reads {non-ascii}"<hex>" as one quoted token of hex bytes', () => {
    const r = splitArguments('1,{non-ascii}"E6B58B2E6A7067"');
    expect(r.ok && r.tokens[1]).toEqual({ raw: '{non-ascii}"E6B58B2E6A7067"', quoted: true, text: 'E6B58B2E6A7067', nonAscii: true });
  });
  it('refuses the prefix without a quoted hex string', () => {
    expect(splitArguments('{non-ascii}abc').ok).toBe(false);
    expect(splitArguments('{non-ascii}"xyz"').ok).toBe(false);
  });
  it('gives a handler the bytes the hex stands for (as typed), a length limit counting bytes', () => {
    const token = (splitArguments('{non-ascii}"E6B58B2E6A7067"') as { tokens: ArgToken[] }).tokens[0]!;
    expect(checkValue({ name: 'filename', type: 'string', description: '' }, token)).toBe('\xE6\xB5\x8B.jpg');
    expect(checkValue({ name: 'filename', type: 'text', description: '' }, token)).toBe('\xE6\xB5\x8B.jpg');
    expect(Buffer.from(decodeNonAscii('E6B58B'), 'latin1').toString('utf8')).toBe('测');
    expect(checkValue({ name: 'filename', type: 'string', maxLength: 6, description: '' }, token)).toMatchObject({ ok: false });
    expect(checkValue({ name: 'filename', type: 'string', maxLength: 7, description: '' }, token)).toBe('\xE6\xB5\x8B.jpg');
  });
});
