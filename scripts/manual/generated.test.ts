// Spot checks of the committed command table (simulator/spec/generated), and, when the manual
// text is available, that regenerating it gives the committed bytes.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ChapterSummary, CommandSpec, ErrorTables, UrcEntry } from '../../simulator/spec/types.js';
import { generate } from './generate.js';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const gen = join(repo, 'simulator', 'spec', 'generated');
const manualPath = resolve(repo, '..', 'shared', 'seeds', '003_2042d665980a0891.txt');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(gen, file), 'utf8')) as T;
}

const files = readdirSync(join(gen, 'commands')).filter((f) => f.endsWith('.json')).sort();
const commands = files.map((f) => readJson<CommandSpec>(`commands/${f}`));
const byName = (name: string): CommandSpec => {
  const c = commands.find((x) => x.name === name);
  if (!c) throw new Error(`no command ${name}`);
  return c;
};

describe('command files', () => {
  it('has the 267 commands of chapters 2-24', () => {
    expect(commands).toHaveLength(267);
    expect(new Set(commands.map((c) => c.section)).size).toBe(267);
  });

  it('names files by zero-padded section and slug', () => {
    for (const f of ['07.2.12-CMGS.json', '02.2.6-E.json', '02.2.3-PLUSPLUSPLUS.json', '02.2.7-AMP_V.json', '14.2.7-HTTPDATA.json', '14.2.8-HTTPPOSTFILE.json']) {
      expect(files).toContain(f);
    }
  });

  it('gives every command at least one form', () => {
    expect(commands.filter((c) => Object.keys(c.forms).length === 0).map((c) => c.name)).toEqual([]);
  });

  it('gives every write form with parameters its argument slots', () => {
    const missing = commands.filter((c) => {
      const w = c.forms.write;
      return w && w.syntax.some((s) => /</.test(s)) && w.args.length === 0;
    });
    expect(missing.map((c) => c.name)).toEqual([]);
  });
});

describe('spot checks', () => {
  it('+CSQ answers its test command from the example', () => {
    const csq = byName('+CSQ');
    expect(csq.testAnswer).toEqual(['+CSQ: (0-31,99),(0-7,99)']);
    expect(csq.testAnswerSource).toBe('example');
    expect(csq.params.find((p) => p.name === 'rssi')?.ranges).toEqual([
      { min: 0, max: 31 },
      { min: 99, max: 99 },
    ]);
  });

  it('+CPMS write: mem1 required, mem2 and mem3 optional, string values "ME"/"SM"', () => {
    const cpms = byName('+CPMS');
    expect(cpms.forms.write?.syntax).toEqual(['AT+CPMS=<mem1>[,<mem2>[,<mem3>]]']);
    expect(cpms.forms.write?.args).toEqual([
      { name: 'mem1', optional: false },
      { name: 'mem2', optional: true },
      { name: 'mem3', optional: true },
    ]);
    const mem1 = cpms.params.find((p) => p.name === 'mem1');
    expect(mem1?.type).toBe('string');
    expect(mem1?.values?.map((v) => v.value)).toEqual(['"ME"', '"SM"']);
  });

  it('+CMGF: default 0, AUTO_SAVE, 5000 ms, 3GPP TS 27.005', () => {
    const cmgf = byName('+CMGF');
    expect(cmgf.savingMode).toBe('AUTO_SAVE');
    expect(cmgf.maxResponseTimeMs).toBe(5000);
    expect(cmgf.reference).toBe('3GPP TS 27.005');
    const mode = cmgf.params.find((p) => p.name === 'mode');
    expect(mode?.default).toBe('0');
    expect(mode?.values?.find((v) => v.isDefault)?.value).toBe('0');
    expect(cmgf.testAnswer).toEqual(['+CMGF: (0-1)']);
  });

  it('E (ATE): basic, write form ATE[<value>], values 0 and 1 (1 underlined)', () => {
    const e = byName('E');
    expect(e.syntaxKind).toBe('basic');
    expect(e.forms.write?.syntax).toEqual(['ATE[<value>]']);
    expect(e.forms.write?.args).toEqual([{ name: 'value', optional: true }]);
    const value = e.params.find((p) => p.name === 'value');
    expect(value?.values?.map((v) => v.value)).toEqual(['0', '1']);
    expect(value?.default).toBe('1');
    expect(e.savingMode).toBe('NO_SAVE');
  });

  it('+CMGS: max response time 60 s, two write syntax lines, args of the text-mode line', () => {
    const cmgs = byName('+CMGS');
    expect(cmgs.maxResponseTimeMs).toBe(60000);
    expect(cmgs.forms.write?.syntax).toEqual(['AT+CMGS=<da>[,<toda>]', 'AT+CMGS=<length>']);
    expect(cmgs.forms.write?.args.map((a) => a.name)).toEqual(['da', 'toda']);
    expect(cmgs.testAnswer).toEqual([]);
    expect(cmgs.examples.some((b) => b.lines.includes('>ABCD<ctrl-Z/ESC>'))).toBe(true);
  });

  it('special and basic names', () => {
    expect(byName('+++').syntaxKind).toBe('special');
    expect(byName('&V').forms.exec?.syntax).toEqual(['AT&V']);
    expect(byName('D').forms.write?.args.map((a) => a.name)).toEqual(['n', 'mgsm']);
  });

  it('+CFUN builds fun/rst from Defined Values and keeps the example answer', () => {
    const cfun = byName('+CFUN');
    expect(cfun.forms.write?.args).toEqual([
      { name: 'fun', optional: false },
      { name: 'rst', optional: true },
    ]);
    expect(cfun.params.find((p) => p.name === 'fun')?.values?.map((v) => v.value)).toEqual(['0', '1', '4', '5', '6', '7']);
    expect(cfun.testAnswer).toEqual(['+CFUN: (0-1,4-7),(0-1)']);
  });

  it('+CNMA answers =? from its template (no example shows it)', () => {
    const cnma = byName('+CNMA');
    expect(cnma.testAnswerSource).toBe('template');
    expect(cnma.testAnswer).toEqual(['+CNMA: (0-2)']);
  });

  it('+CIPSEND has one slot list per write line; +HTTPPARA one per keyword, args those of the first', () => {
    const show = (l: Array<{ name: string; optional: boolean }>) => l.map((a) => `${a.name}${a.optional ? '?' : ''}`);
    const cipsend = byName('+CIPSEND').forms.write;
    expect(cipsend?.alternatives?.map(show)).toEqual([['link_num'], ['link_num', 'length'], ['link_num', 'length?', 'serverip', 'serverport'], ['link_num', 'length', 'serverip', 'serverport']]);
    expect(cipsend?.args).toEqual(cipsend?.alternatives?.[0]);
    const httppara = byName('+HTTPPARA').forms.write;
    expect(httppara?.args).toEqual([
      { name: '"URL"', optional: false, literal: '"URL"' },
      { name: 'url', optional: false },
    ]);
    expect(httppara?.alternatives).toHaveLength(8);
    expect(httppara?.alternatives?.map((l) => l[0]?.literal)).toEqual(['"URL"', '"CONNECTTO"', '"RECVTO"', '"CONTENT"', '"ACCEPT"', '"SSLCFG"', '"USERDATA"', '"READMODE"']);
  });

  it('forms whose lines agree have no alternatives; every alternative list of a form starts with args', () => {
    expect(byName('+CPMS').forms.write?.alternatives).toBeUndefined();
    for (const c of commands) {
      for (const f of Object.values(c.forms)) {
        if (!f.alternatives) continue;
        expect(f.alternatives).toHaveLength(f.syntax.length);
        expect(f.alternatives[0]).toEqual(f.args);
      }
    }
  });

  it('quote-optional names are text; <stat> of +CMGL has the values of text and PDU mode', () => {
    expect(byName('+FSDEL').params.find((p) => p.name === 'filename')?.type).toBe('text');
    expect(byName('+CFTPSTYPE').params.find((p) => p.name === 'type')?.type).toBe('text');
    const stat = byName('+CMGL').params.find((p) => p.name === 'stat');
    expect(stat?.type).toBe('unknown');
    expect(stat?.values?.map((v) => v.value)).toEqual(['"REC UNREAD"', '"REC READ"', '"STO UNSENT"', '"STO SENT"', '"ALL"', '0', '1', '2', '3', '4']);
  });

  it('+CSSLCFG negotiatetime: the "10-30" of Defined Values is corrected to the 10-300 its own default and test answer give', () => {
    const c = byName('+CSSLCFG');
    expect(c.testAnswer).toContain('+CSSLCFG: "negotiatetime",(0-9),(10-300)');
    expect(c.params.find((p) => p.name === 'negotiatetime')?.ranges).toEqual([{ min: 10, max: 300 }]);
    expect(c.params.find((p) => p.name === 'negotiatetime')?.default).toBe('300');
  });

  it('+CGNSSNMEA has one parameter per sentence type', () => {
    const c = byName('+CGNSSNMEA');
    expect(c.forms.write?.args.map((a) => a.name)).toEqual(['ngga', 'ngll', 'ngsa', 'ngsv', 'nrmc', 'nvtg', 'nzda', 'ngrs', 'ngst', 'ngns']);
    expect(c.params.find((p) => p.name === 'ngrs')?.default).toBe('0');
  });

  it('hex values of the manual\'s examples and lists: <lac> a quoted string, +CRSM <fileid> in decimal', () => {
    expect(byName('+CREG').params.find((p) => p.name === 'lac')?.type).toBe('string');
    expect(byName('+CGREG').params.find((p) => p.name === 'lac')?.type).toBe('string');
    expect(byName('+CEREG').params.find((p) => p.name === 'tac')?.values).toBeUndefined();
    const fileid = byName('+CRSM').params.find((p) => p.name === 'fileid');
    expect(fileid?.type).toBe('integer');
    expect(fileid?.values?.find((v) => v.value === '28423')?.description).toBe('0x6F07 IMSI');
  });

  it('ATD: the [;] terminator is not a parameter; ATH takes V.250\'s ATH0', () => {
    expect(byName('D').params.map((p) => p.name)).not.toContain(';');
    expect(byName('H').forms.write?.args).toEqual([{ name: 'value', optional: true }]);
  });

  it('+CMGD: a second write line leaves <index> out (AT+CMGD=,4); +CSCB takes all three parameters', () => {
    const show = (l: Array<{ name: string; optional: boolean }>) => l.map((a) => `${a.name}${a.optional ? '?' : ''}`);
    expect(byName('+CMGD').forms.write?.alternatives?.map(show)).toEqual([['index', 'delflag?'], ['index?', 'delflag']]);
    expect(show(byName('+CSCB').forms.write?.args ?? [])).toEqual(['mode', 'mids', 'dcss']);
  });

  it('+CLCK and +CPIN saving modes, +NETOPEN time from "default: 120000ms"', () => {
    expect(byName('+CLCK').savingMode).toBe('AUTO_SAVE_REBOOT');
    expect(byName('+CPIN').savingMode).toBe('AUTO_SAVE_REBOOT');
    expect(byName('+NETOPEN').maxResponseTimeMs).toBe(120000);
    expect(byName('&W').savingMode).toBeNull();
  });
});

describe('errors.json', () => {
  const errors = readJson<ErrorTables>('errors.json');

  it('CME 10 is "SIM not inserted", CMS 321 is "invalid memory index"', () => {
    expect(errors.cme.find((e) => e.code === 10)?.text).toBe('SIM not inserted');
    expect(errors.cms.find((e) => e.code === 321)?.text).toBe('invalid memory index');
  });

  it('has the result codes of §25.1 with OK in Latin letters', () => {
    expect(errors.resultCodes[0]).toEqual({ verbose: 'OK', numeric: 0, description: 'Command executed, no errors, Wake up after reset' });
    expect(errors.resultCodes.map((r) => r.numeric)).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });

  it('has the per-service tables', () => {
    const svc = (section: string) => errors.services.find((s) => s.section === section);
    expect(svc('13.3.2')?.entries.find((e) => e.code === 11)?.text).toBe('DNS parse failed for AT+CIPOPEN');
    expect(svc('14.3.1')?.param).toBe('statuscode');
    expect(svc('14.3.1')?.entries.find((e) => e.code === 404)?.text).toBe('Not Found');
    expect(svc('16.3.1')?.entries).toHaveLength(36);
    expect(errors.services.map((s) => s.section)).toEqual(['12.3.1', '12.3.2', '13.3.1', '13.3.2', '14.3.1', '14.3.2', '15.3.1', '16.3.1', '17.3.1', '22.3', '23.3.1', '24.3.2']);
  });
});

describe('chapters.json and urcs.json', () => {
  it('lists chapters 2-24 and agrees with the command files', () => {
    const chapters = readJson<ChapterSummary[]>('chapters.json');
    expect(chapters.map((c) => c.chapter)).toEqual(Array.from({ length: 23 }, (_x, i) => i + 2));
    expect(chapters.reduce((n, c) => n + c.commands.length, 0)).toBe(267);
    for (const ch of chapters) {
      expect(new Set(ch.commands)).toEqual(new Set(commands.filter((c) => c.chapter === ch.chapter).map((c) => c.name)));
    }
    expect(chapters.find((c) => c.chapter === 10)?.commands).toContain('+FSPRESET');
  });

  it('has the URCs of the Unsolicited Result Codes sections', () => {
    const urcs = readJson<UrcEntry[]>('urcs.json');
    expect(urcs.find((u) => u.urc === '+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY')?.chapter).toBe(13);
    expect(urcs.find((u) => u.urc.startsWith('+CMQTTCONNLOST'))?.urc).toBe('+CMQTTCONNLOST: <client_index>,<cause>');
    expect(urcs.filter((u) => u.urc.startsWith('+CGEV:'))).toHaveLength(18);
  });
});

describe.skipIf(!existsSync(manualPath))('regeneration', () => {
  it('the committed files are what the generator writes, twice identical', () => {
    const text = readFileSync(manualPath, 'utf8');
    const a = generate(text);
    const b = generate(text);
    expect(a.ok).toBe(true);
    expect([...a.files.entries()]).toEqual([...b.files.entries()]);
    for (const [file, content] of a.files) expect(readFileSync(join(gen, file), 'utf8')).toBe(content);
    expect([...a.files.keys()].filter((f) => f.startsWith('commands/')).sort()).toEqual(files.map((f) => `commands/${f}`));
  });
});
