// The transcript format: round trips, markers, layouts, errors, matching, diff and redaction.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ModemHarness } from '../../simulator/testing/harness.js';
import { attachSessionLog } from '../../simulator/log/session-log.js';
import { formatEntry, parseTranscript, serializeTranscript, unescapePayload } from './format.js';
import { compare, diffPayload, formatDiff, lineShape } from './match.js';
import { findIdentities, luhnValid, redactTranscript } from './redact.js';
import { dataEntry, headerValue, isLossy, newTranscript, parseSettings, segmentsToBytes, type DataEntry, type Transcript } from './transcript.js';

const SAMPLE = `# modemsim-transcript 1
# module: SIM767XX-XXXX
# firmware: 2348B01SIM767XM5A
# profile: sim767xx
# settings: E1 V1 Q0 CMEE=2
# source: test
@0.000 > AT\\r
@0.002 < AT\\r\\r\\n
       | OK\\r\\n
@1.250 ! control: inject sms {"from":"+15551112222"}
# a comment in the middle
> AT+CGSN\\r
< AT+CGSN\\r\\r\\n
| \\{imei}\\r\\n
| \\r\\nOK\\r\\n
`;

describe('transcript text form', () => {
  it('parses header, timed and untimed entries, events, comments and continuations', () => {
    const t = parseTranscript(SAMPLE);
    expect(headerValue(t, 'module')).toBe('SIM767XX-XXXX');
    expect(parseSettings(headerValue(t, 'settings'))).toEqual({ E: '1', V: '1', Q: '0', CMEE: '2' });
    expect(t.entries.map((e) => e.kind)).toEqual(['data', 'data', 'event', 'comment', 'data', 'data']);
    const first = t.entries[0] as DataEntry;
    expect(first).toEqual({ kind: 'data', dir: '>', at: 0, segments: ['AT\r'] });
    const last = t.entries[5] as DataEntry;
    expect(last.at).toBeUndefined();
    expect(last.segments).toEqual(['AT+CGSN\r\r\n', { marker: 'imei' }, '\r\n\r\nOK\r\n']);
  });

  it('round-trips in the lines layout and in the chunks layout', () => {
    const t = parseTranscript(SAMPLE);
    expect(serializeTranscript(t, { layout: 'lines' })).toBe(SAMPLE);
    const chunks = serializeTranscript(t);
    expect(chunks).toContain('< AT+CGSN\\r\\r\\n\\{imei}\\r\\n\\r\\nOK\\r\\n\n');
    expect(parseTranscript(chunks)).toEqual(t);
  });

  it('keeps any bytes exactly, in both layouts (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dir: fc.constantFrom('>' as const, '<' as const), bytes: fc.uint8Array({ minLength: 1, maxLength: 40 }), ms: fc.nat(100_000) }), { maxLength: 8 }),
        fc.constantFrom('chunks' as const, 'lines' as const),
        (chunks, layout) => {
          const t = newTranscript({ source: 'property' });
          for (const c of chunks) t.entries.push(dataEntry(c.dir, c.bytes, c.ms / 1000));
          const back = parseTranscript(serializeTranscript(t, { layout }));
          expect(back.entries).toEqual(t.entries);
        },
      ),
    );
  });

  it('writes a trailing space as \\x20 so editors cannot strip it', () => {
    expect(formatEntry(dataEntry('<', '\r\n> ', 1))).toEqual(['@1.000 < \\r\\n>\\x20']);
    expect(unescapePayload('\\r\\n>\\x20')).toEqual(['\r\n> ']);
  });

  it('rejects what it does not understand, naming the line', () => {
    expect(() => parseTranscript('hello')).toThrow(/not a transcript/);
    expect(() => parseTranscript('# modemsim-transcript 1\n? what\n', 'x.txt')).toThrow(/x\.txt:2: expected/);
    expect(() => parseTranscript('# modemsim-transcript 1\n< \\{nope}\n')).toThrow(/unknown marker/);
    expect(() => parseTranscript('# modemsim-transcript 1\n| AT\n')).toThrow(/continues a data entry/);
    expect(() => parseTranscript('# modemsim-transcript 1\n< \\q\n')).toThrow(/unknown escape/);
    expect(() => parseTranscript('# modemsim-transcript 9\n')).toThrow(/newer/);
  });

  it('knows a lossy transcript from its header', () => {
    expect(isLossy(parseTranscript('# modemsim-transcript 1\n# lossy: minicom log, no direction\n'))).toBe(true);
    expect(isLossy(parseTranscript('# modemsim-transcript 1\n# lossy: no\n'))).toBe(false);
    expect(isLossy(parseTranscript(SAMPLE))).toBe(false);
  });

  it('sends markers in DTE entries only with a value', () => {
    expect(segmentsToBytes(['AT+CPIN=', { marker: 'pin' }, '\r'], { pin: '0000' }).toString()).toBe('AT+CPIN=0000\r');
    expect(() => segmentsToBytes(['AT+CPIN=', { marker: 'pin' }])).toThrow(/needs a value/);
  });
});

describe('the session log is a transcript', () => {
  it('parses back to exactly the bytes that crossed the port', async () => {
    const h = await ModemHarness.start();
    const lines: string[] = [];
    const stop = attachSessionLog(h.modem, (l) => lines.push(l));
    await h.command('ATI');
    h.modem.log('a note\nwith a newline');
    stop();
    const t = parseTranscript(lines.join('\n'));
    expect(headerValue(t, 'profile')).toBe('sim767xx');
    expect(headerValue(t, 'settings')).toBe('E1 V1 Q0 CMEE=2');
    const rx = t.entries.filter((e): e is DataEntry => e.kind === 'data' && e.dir === '>');
    const tx = t.entries.filter((e): e is DataEntry => e.kind === 'data' && e.dir === '<');
    expect(rx.map((e) => e.segments.join('')).join('')).toBe('ATI\r');
    expect(tx.map((e) => e.segments.join('')).join('')).toBe(
      'ATI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIM767XX-XXXX\r\nRevision: 2348B01SIM767XM5A\r\nIMEI: 351602000330570\r\n\r\nOK\r\n',
    );
    expect(t.entries.some((e) => e.kind === 'event' && e.text === 'a note with a newline')).toBe(true);
    expect(lines[0]).toBe('# modemsim-transcript 1');
    expect(lines).toContain('@0.000 > ATI\\r');
  });
});

describe('matching and diff', () => {
  it('matches markers by pattern for "exact", abstracts values for "shape"', () => {
    const expected = ['\r\n+CSQ: ', { marker: 'signal' as const }, ',99\r\n\r\nOK\r\n'];
    expect(compare(expected, '\r\n+CSQ: 23,99\r\n\r\nOK\r\n')).toBe('exact');
    expect(compare(expected, '\r\n+CSQ: 23,0\r\n\r\nOK\r\n')).toBe('shape');
    expect(compare(expected, '\r\n+CSQ: 23,0\r\n\r\nERROR\r\n')).toBe('differ');
    expect(compare(['\r\nOK\r\n'], '\r\nOK\r\n')).toBe('exact');
    expect(lineShape('+CMGL: 1,"REC READ","+10011",,"24/01/01,10:00:00+32"')).toBe('+CMGL: 0,"","",,""');
  });

  it('shows only real differences, with marker-matched lines as the marker', () => {
    const expected = ['\r\n+CGSN: ', { marker: 'imei' as const }, '\r\n\r\nOK\r\n'];
    const diff = diffPayload(expected, '\r\n+CGSN: 123456789012345\r\n\r\nERROR\r\n');
    expect(formatDiff(diff, '')).toBe(['  \\r\\n+CGSN: \\{imei}\\r\\n', '- \\r\\nOK\\r\\n', '+ \\r\\nERROR\\r\\n'].join('\n'));
  });
});

describe('redaction', () => {
  function capture(dte: string[], module: string[]): Transcript {
    const t = newTranscript({ source: 'test' });
    for (let i = 0; i < Math.max(dte.length, module.length); i++) {
      if (dte[i] !== undefined) t.entries.push(dataEntry('>', dte[i]!));
      if (module[i] !== undefined) t.entries.push(dataEntry('<', module[i]!));
    }
    return t;
  }

  it('checks IMEIs with the Luhn digit', () => {
    expect(luhnValid('490154203237518')).toBe(true);
    expect(luhnValid('490154203237519')).toBe(false);
  });

  it('replaces IMEI, IMSI, ICCID and PIN everywhere they occur, across chunks', () => {
    const t = capture(
      ['AT+CGSN\r', 'AT+CIMI\r', 'AT+CICCID\r', 'AT+CPIN="4321"\r', 'ATI\r'],
      [
        'AT+CGSN\r\r\n3516020003',
        '30570\r\n\r\nOK\r\nAT+CIMI\r\r\n460010222028133\r\n\r\nOK\r\n',
        'AT+CICCID\r\r\n+ICCID: 89860318760238610932\r\n\r\nOK\r\n',
        'AT+CPIN="4321"\r\r\nOK\r\n',
        'ATI\r\r\nIMEI: 351602000330570\r\n\r\nOK\r\n',
      ],
    );
    expect([...findIdentities(t).entries()]).toEqual([
      ['4321', 'pin'],
      ['351602000330570', 'imei'],
      ['89860318760238610932', 'iccid'],
      ['460010222028133', 'imsi'],
    ]);
    redactTranscript(t);
    const text = serializeTranscript(t);
    for (const secret of ['4321', '351602000330570', '3516020003', '460010222028133', '89860318760238610932']) expect(text).not.toContain(secret);
    expect(text).toContain('# redacted: iccid imei imsi pin');
    expect(text).toContain('< AT+CGSN\\r\\r\\n\\{imei}\n');
    expect(text).toContain('< \\r\\n\\r\\nOK\\r\\nAT+CIMI\\r\\r\\n\\{imsi}\\r\\n\\r\\nOK\\r\\n\n');
    expect(text).toContain('> AT+CPIN="\\{pin}"\\r');
    expect(text).toContain('IMEI: \\{imei}');
  });

  it('pairs bare answers with their commands when echo is off', () => {
    const t = capture(['AT+CIMI\r', 'AT+GSN\r'], ['\r\n460010222028133\r\n\r\nOK\r\n', '\r\n490154203237518\r\n\r\nOK\r\n']);
    expect([...findIdentities(t).entries()]).toEqual([
      ['460010222028133', 'imsi'],
      ['490154203237518', 'imei'],
    ]);
  });
});
