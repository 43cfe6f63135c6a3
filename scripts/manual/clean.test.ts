import { describe, expect, it } from 'vitest';
import { cleanInline, cleanText, decodeEntities, normalizeCyrillic, removeFooters, repairTags, stripMarkdown } from './clean.js';
import { applyTextFixes } from './corrections.js';
import { buildParams, readParamRows, splitGluedValues } from './params.js';
import { Report } from './report.js';
import { cleanExampleLines, splitGlued } from './examples.js';

describe('removeFooters', () => {
  it('blanks the three footer shapes and keeps the rest', () => {
    const lines = [
      'AT+CSQ=?\t+CSQ: (range of supported <rssi>s)',
      'www.simcom.com 37 /424',
      '37 /424 www.simcom.com',
      'www.simcom.com',
      '\tOK',
      'https://www.simcom.com/technical\\_files.html',
    ];
    expect(removeFooters(lines)).toEqual([
      'AT+CSQ=?\t+CSQ: (range of supported <rssi>s)',
      '',
      '',
      '',
      '\tOK',
      'https://www.simcom.com/technical\\_files.html',
    ]);
  });

  it('cuts a footer glued to the end of a sentence (p.323)', () => {
    const line = 'AT+CCHCFG is used to set the client session context. It must be called before AT+CCHOPEN and after www.simcom.com 323 /424';
    expect(removeFooters([line])).toEqual(['AT+CCHCFG is used to set the client session context. It must be called before AT+CCHOPEN and after']);
  });
});

describe('repairTags', () => {
  it('drops the closing tags the converter appended to a line', () => {
    expect(repairTags('+CPMS: <used1>,<total1></total1></used1>')).toBe('+CPMS: <used1>,<total1>');
    expect(repairTags('<mem1></mem1>\tString type')).toBe('<mem1>\tString type');
  });

  it('rebuilds names the converter read as tags with attributes', () => {
    expect(repairTags('AT+CSCB= <mode>[,<mids>[,<dc ss="">]]</dc></mids></mode>')).toBe('AT+CSCB= <mode>[,<mids>[,<dcss>]]');
    expect(repairTags('<ctrl-z esc=""></ctrl-z>')).toBe('<ctrl-z esc>');
    expect(repairTags('<absolute ch="" num="" rf="">')).toBe('<absolute rf ch num>');
    expect(repairTags('<save flash="" to=""></save>')).toBe('<save to flash>');
    expect(repairTags('<command/>')).toBe('<command>');
  });

  it('removes table-cell junk left inside a half name', () => {
    const line = 'Write Command AT+CAMM= <acmmax>[,<pas< td=""><td>Response 1)</td></pas<></acmmax>\tResponse 1)';
    expect(repairTags(line)).toBe('Write Command AT+CAMM= <acmmax>[,<pas\tResponse 1)');
  });

  it('restores names swallowed by <li>/<cli>/<pre> and decodes entities', () => {
    expect(repairTags('<li>link_num&gt;</li>\tInteger type')).toBe('<link_num>\tInteger type');
    expect(repairTags('<li>k_num&gt;</li>')).toBe('<link_num>');
    expect(repairTags('<cli>ent_index&gt;</cli>')).toBe('<client_index>');
    expect(repairTags('<pre>&lt; poweroff_mode &gt;</pre>')).toBe('<poweroff_mode>');
    expect(repairTags('AT+CSMP=<fo>[,<vp>[,<pid>[,&lt;')).toBe('AT+CSMP=<fo>[,<vp>[,<pid>[,<');
  });

  it('keeps the underline of a default value only when asked', () => {
    expect(repairTags('<n></n>\t<u>0</u>\tDCE transmits result code', { keepUnderline: true })).toBe('<n>\t<u>0</u>\tDCE transmits result code');
    expect(repairTags('<n></n>\t<u>0</u>\tDCE transmits result code')).toBe('<n>\t0\tDCE transmits result code');
  });

  it('splits HTML list items into lines', () => {
    expect(repairTags('<ul><li>0 not active</li><li>1 active</li></ul>').split('\n').filter((l) => l)).toEqual(['0 not active', '1 active']);
  });
});

describe('normalizeCyrillic', () => {
  it('turns the Cyrillic "ОК" (U+041E U+041A) into OK', () => {
    const cyr = '\u041E\u041A';
    expect(cyr).not.toBe('OK');
    expect(normalizeCyrillic(cyr)).toBe('OK');
    expect(normalizeCyrillic('\tок')).toBe('\tOK');
  });

  it('maps look-alike letters in words', () => {
    expect(normalizeCyrillic('\u041D\u0422\u0422\u0420 Hyper Text Transfer Protocol')).toBe('HTTP Hyper Text Transfer Protocol');
    expect(normalizeCyrillic('TestmyUserAgentprofil\u0435')).toBe('TestmyUserAgentprofile');
  });
});

describe('markdown and entities', () => {
  it('removes bold, escapes and heading markers', () => {
    expect(stripMarkdown('**AT+CPOF=?** +CPOF: (0,1)')).toBe('AT+CPOF=? +CPOF: (0,1)');
    expect(stripMarkdown('#### AT+CMGL=?')).toBe('AT+CMGL=?');
    expect(stripMarkdown('AT+FSDEL=image\\_0.jpg')).toBe('AT+FSDEL=image_0.jpg');
    expect(decodeEntities('AT+ <x>=&lt;&gt;')).toBe('AT+ <x>=<>');
  });

  it('cleans a glued response cell', () => {
    expect(cleanInline('<b>OK</b>')).toBe('OK');
    expect(cleanText('\t+CSCS: <chset></chset>')).toBe('+CSCS: <chset>');
  });
});

describe('CSQ ranges', () => {
  const dv = [
    '<rssi></rssi>\t0 -113 dBm or less',
    '\t1 -111 dBm',
    '\t230 -10953 dBm',
    '\t31 -51 dBm or greater',
    '\t99 not known or not detectable',
  ];

  it('the text fix restores "2...30 -109...-53 dBm"', () => {
    const report = new Report();
    const fixed = applyTextFixes(dv.join('\n'), report);
    expect(fixed).toContain('\t2...30 -109...-53 dBm');
  });

  it('values 0,1,31,99 and the range 2..30 merge into 0-31 and 99; "0 -113 dBm" is a value, not a range', () => {
    const fixed = applyTextFixes(dv.join('\n'), new Report()).split('\n');
    const { params } = buildParams(readParamRows(fixed), new Set(['rssi']));
    const rssi = params.find((p) => p.name === 'rssi');
    expect(rssi?.type).toBe('integer');
    expect(rssi?.values?.map((v) => v.value)).toEqual(['0', '1', '31', '99']);
    expect(rssi?.ranges).toEqual([
      { min: 0, max: 31 },
      { min: 99, max: 99 },
    ]);
  });
});

describe('Defined Values details', () => {
  it('takes the underlined value as the default', () => {
    const { params } = buildParams(readParamRows(['<mode></mode>\t<u>0</u>\tPDU mode', '\t1\tText mode']), new Set(['mode']));
    expect(params[0]).toMatchObject({ name: 'mode', type: 'integer', default: '0' });
    expect(params[0]?.values).toEqual([
      { value: '0', description: 'PDU mode', isDefault: true },
      { value: '1', description: 'Text mode' },
    ]);
  });

  it('reads quoted string values and the string type', () => {
    const { params } = buildParams(
      readParamRows(['<mem1></mem1>\tString type, memory from which messages are read.  "ME" FLASH message storage  "SM" SIM message storage']),
      new Set(['mem1']),
    );
    expect(params[0]?.type).toBe('string');
    expect(params[0]?.values?.map((v) => v.value)).toEqual(['"ME"', '"SM"']);
  });

  it('splits values the OCR glued on one line', () => {
    expect(splitGluedValues(['0 unknown 1 available 2 current 3 forbidden'])).toEqual(['0 unknown', '1 available', '2 current', '3 forbidden']);
    // "QoS 1 and QoS 2" is prose, not the values 1 and 2.
    expect(splitGluedValues(['0 the server must store QoS 1 and QoS 2 messages'])).toEqual(['0 the server must store QoS 1 and QoS 2 messages']);
  });

  it('reads maxLength and a range from prose', () => {
    const { params } = buildParams(
      readParamRows([
        '<filename></filename>\tString type, filename. Unit: byte. The max length is 55.',
        '<path></path>\tThe directory where the read file saved. Numeric type, range is 1-2.',
      ]),
      new Set(['filename', 'path']),
    );
    expect(params[0]).toMatchObject({ name: 'filename', type: 'string', maxLength: 55 });
    expect(params[1]).toMatchObject({ name: 'path', type: 'integer', ranges: [{ min: 1, max: 2 }] });
  });
});

describe('examples', () => {
  it('splits command and answer glued on one line', () => {
    expect(splitGlued('AT+CREG? +CREG: 0,1')).toEqual(['AT+CREG?', '+CREG: 0,1']);
    expect(splitGlued('AT+CMGMT=? OK AT+CMGMT=1 OK')).toEqual(['AT+CMGMT=?', 'OK', 'AT+CMGMT=1', 'OK']);
  });

  it('drops fences and bold, keeps prompts and message bodies', () => {
    expect(cleanExampleLines(['```', '**AT+CMGS="13012832788"**', '', '>ABCD<ctrl-Z/ESC>', '```'])).toEqual([
      'AT+CMGS="13012832788"',
      '>ABCD<ctrl-Z/ESC>',
    ]);
  });
});
