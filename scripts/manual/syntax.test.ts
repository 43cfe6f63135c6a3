import { describe, expect, it } from 'vitest';
import { classifySyntax, formSlots, normalizeSyntax, parseArgs, scanSyntax } from './syntax.js';
import { buildTestAnswer, canonicalAnswer } from './test-answer.js';

describe('parseArgs', () => {
  it('nested optionals: AT+CPMS=<mem1>[,<mem2>[,<mem3>]]', () => {
    expect(parseArgs('AT+CPMS=<mem1>[,<mem2>[,<mem3>]]', '+CPMS').args).toEqual([
      { name: 'mem1', optional: false },
      { name: 'mem2', optional: true },
      { name: 'mem3', optional: true },
    ]);
  });

  it('an optional part after a required one: AT+CFUN=<fun>[,<rst>]', () => {
    expect(parseArgs('AT+CFUN=<fun>[,<rst>]', '+CFUN').args).toEqual([
      { name: 'fun', optional: false },
      { name: 'rst', optional: true },
    ]);
  });

  it('optional "=": AT+CGCONTRDP[=<cid>]', () => {
    expect(parseArgs('AT+CGCONTRDP[=<cid>]', '+CGCONTRDP').args).toEqual([{ name: 'cid', optional: true }]);
  });

  it('all optional with leading brackets: AT+CIPTIMEOUT=[<a>][,[<b>][,[<c>]]]', () => {
    const r = parseArgs('AT+CIPTIMEOUT=[<netopen_timeout>][,[<cipopen_timeout>][,[<cipsend_timeout>]]]', '+CIPTIMEOUT');
    expect(r.args.map((a) => `${a.name}${a.optional ? '?' : ''}`)).toEqual(['netopen_timeout?', 'cipopen_timeout?', 'cipsend_timeout?']);
    expect(r.problems).toEqual([]);
  });

  it('an optional slot before a required one: AT+HTTPREAD=[<start_offset>,]<byte_size>', () => {
    expect(parseArgs('AT+HTTPREAD=[<start_offset>,]<byte_size>', '+HTTPREAD').args).toEqual([
      { name: 'start_offset', optional: true },
      { name: 'byte_size', optional: false },
    ]);
  });

  it('basic commands: ATE[<value>], AT&F[<value>], ATQ<n>, ATD<n>[<mgsm>][;]', () => {
    expect(parseArgs('ATE[<value>]', 'E').args).toEqual([{ name: 'value', optional: true }]);
    expect(parseArgs('AT&F[<value>]', '&F').args).toEqual([{ name: 'value', optional: true }]);
    expect(parseArgs('ATQ<n>', 'Q').args).toEqual([{ name: 'n', optional: false }]);
    expect(parseArgs('ATD<n>[<mgsm>][;]', 'D').args).toEqual([
      { name: 'n', optional: false },
      { name: 'mgsm', optional: true },
    ]);
  });

  it('literal slots keep the literal as name and as literal', () => {
    const r = parseArgs('AT+CHTPCFG="CID"[,<cid>]', '+CHTPCFG');
    expect(r.args).toEqual([
      { name: '"CID"', optional: false, literal: '"CID"' },
      { name: 'cid', optional: true },
    ]);
    expect(r.problems).toEqual([]);
    expect(parseArgs('AT+CIPRXGET=2,<link_num>[,<len>]', '+CIPRXGET').args[0]).toEqual({ name: '2', optional: false, literal: '2' });
  });

  it('a quoted name is a string argument: AT+CMMSCURL="<mmscurl>"', () => {
    expect(parseArgs('AT+CMMSCURL="<mmscurl>"', '+CMMSCURL').args).toEqual([{ name: 'mmscurl', optional: false }]);
  });

  it('a missing comma before "[" starts a new optional slot', () => {
    const r = parseArgs('AT+CMQTTACCQ=<client_index>,<clientid>[<server_type>]', '+CMQTTACCQ');
    expect(r.args.map((a) => `${a.name}${a.optional ? '?' : ''}`)).toEqual(['client_index', 'clientid', 'server_type?']);
    expect(r.problems).toHaveLength(1);
  });

  it('the doubled comma of AT+CEDRXS=[<mode>,[,<act-type>...]] is one separator', () => {
    const r = parseArgs('AT+CEDRXS=[<mode>,[,<act-type>[,<requested_edrx_value>]]]', '+CEDRXS');
    expect(r.args.map((a) => a.name)).toEqual(['mode', 'act-type', 'requested_edrx_value']);
  });

  it('test, read and exec forms have no argument slots', () => {
    expect(parseArgs('AT+CSQ=?', '+CSQ').args).toEqual([]);
    expect(parseArgs('AT+CSQ', '+CSQ').args).toEqual([]);
  });
});

describe('formSlots', () => {
  const slots = (lines: string[], name: string) => formSlots(lines.map((s) => parseArgs(s, name).args));
  const show = (l: Array<{ name: string; optional: boolean }>) => l.map((a) => `${a.name}${a.optional ? '?' : ''}`);

  it('one slot list per line when the lines differ (AT+CIPSEND); an empty position takes another line\'s name', () => {
    const m = slots(
      [
        'AT+CIPSEND=<link_num>',
        'AT+CIPSEND=<link_num>,<length>',
        'AT+CIPSEND=<link_num>,,<serverip>,<serverport>',
        'AT+CIPSEND=<link_num>,<length>,<serverip>,<serverport>',
      ],
      '+CIPSEND',
    );
    expect(show(m.args)).toEqual(['link_num']);
    expect(m.alternatives?.map(show)).toEqual([['link_num'], ['link_num', 'length'], ['link_num', 'length?', 'serverip', 'serverport'], ['link_num', 'length', 'serverip', 'serverport']]);
  });

  it('mode-dependent lines keep their own slots (AT+CMGS text/PDU mode)', () => {
    const m = slots(['AT+CMGS=<da>[,<toda>]', 'AT+CMGS=<length>'], '+CMGS');
    expect(m.args).toEqual([
      { name: 'da', optional: false },
      { name: 'toda', optional: true },
    ]);
    expect(m.alternatives?.map(show)).toEqual([['da', 'toda?'], ['length']]);
  });

  it('keyword-dispatched lines: literal keyword slots', () => {
    const m = slots(['AT+HTTPPARA="URL",<url>', 'AT+HTTPPARA="CONNECTTO",<conn_timeout>'], '+HTTPPARA');
    expect(m.alternatives?.[1]).toEqual([
      { name: '"CONNECTTO"', optional: false, literal: '"CONNECTTO"' },
      { name: 'conn_timeout', optional: false },
    ]);
  });

  it('no alternatives when every line takes the same slots', () => {
    expect(slots(['AT+CFUN=<fun>[,<rst>]'], '+CFUN').alternatives).toBeUndefined();
    expect(slots(['AT+X=<a>', 'AT+X=<a>'], '+X').alternatives).toBeUndefined();
  });
});

describe('classifySyntax / normalizeSyntax / scanSyntax', () => {
  it('classifies by shape', () => {
    expect(classifySyntax('AT+CSCS=?', '+CSCS')).toBe('test');
    expect(classifySyntax('AT+CSCS?', '+CSCS')).toBe('read');
    expect(classifySyntax('AT+CSCS=<chset>', '+CSCS')).toBe('write');
    expect(classifySyntax('AT+CMGL[=<stat>]', '+CMGL')).toBe('write');
    expect(classifySyntax('AT+CSCS', '+CSCS')).toBe('exec');
    expect(classifySyntax('ATE[<value>]', 'E')).toBe('write');
    expect(classifySyntax('ATQ', 'Q')).toBe('exec');
    expect(classifySyntax('+++', '+++')).toBe('exec');
  });

  it('removes the spaces the OCR put in a syntax', () => {
    expect(normalizeSyntax('AT+CAMM= <acmmax>[,<passwd>]', '+CAMM')).toBe('AT+CAMM=<acmmax>[,<passwd>]');
    expect(normalizeSyntax('AT+ FSPRESET = <filename>[,<direction>]', '+FSPRESET')).toBe('AT+FSPRESET=<filename>[,<direction>]');
    expect(normalizeSyntax('AT+CPING=<dest_addr>,<dest_addr_type>[, <num_pings >]', '+CPING')).toBe('AT+CPING=<dest_addr>,<dest_addr_type>[,<num_pings>]');
  });

  it('a syntax stops at the response text and reports a name left open', () => {
    const s = 'AT+CREG?  OK 2) ERROR';
    expect(scanSyntax(s, 0).text).toBe('AT+CREG?');
    expect(scanSyntax('AT+CAMM= <acmmax>[,<pas', 0).open).toBe(true);
  });
});

describe('test answers', () => {
  it('builds the answer from the template and the parameters', () => {
    const r = buildTestAnswer(['+CSQ: (range of supported <rssi>s),(range of supported <ber>s)', 'OK'], '+CSQ', [
      { name: 'rssi', type: 'integer', ranges: [{ min: 0, max: 31 }, { min: 99, max: 99 }], description: '' },
      { name: 'ber', type: 'integer', values: ['0', '1', '2', '3', '4', '5', '6', '7', '99'].map((v) => ({ value: v, description: '' })), description: '' },
    ]);
    expect(r.lines).toEqual(['+CSQ: (0-31,99),(0-7,99)']);
  });

  it('an answer of only OK gives an empty list; an unresolvable name gives none', () => {
    expect(buildTestAnswer(['1)', 'OK', '2)', 'ERROR'], '+CPSI', []).lines).toEqual([]);
    expect(buildTestAnswer(['+CSCS: (list of supported <chset>s)'], '+CSCS', []).lines).toBeNull();
  });

  it('compares numeric groups as sets', () => {
    expect(canonicalAnswer(['+CFUN: (0-1,4-7),(0-1)'])).toBe(canonicalAnswer(['+CFUN: (0,1,4,5,6,7),(0,1)']));
    expect(canonicalAnswer(['+X: (10-300)'])).not.toBe(canonicalAnswer(['+X: (10-30)']));
  });
});
