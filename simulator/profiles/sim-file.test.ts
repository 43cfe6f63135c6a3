// SIM profile files (--sim <file>): the fixtures load, bad files are refused with a reason.

import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES_SIM_DIR } from '../testing/manual-card.js';
import { loadSimProfile, parseSimProfile } from './sim-file.js';

describe('SIM profile files', () => {
  it('loads every fixture', () => {
    const files = readdirSync(FIXTURES_SIM_DIR).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) expect(loadSimProfile(join(FIXTURES_SIM_DIR, f)).iccid).toMatch(/^\d{19,20}$/);
    const manual = loadSimProfile(join(FIXTURES_SIM_DIR, 'sim767xx-manual.json'));
    expect(manual).toMatchObject({ iccid: '89860318760238610932', imsi: '460010222028133', spn: 'China Telecom', retries: { pin2: 0 } });
  });

  it('fills defaults for the optional passwords', () => {
    expect(parseSimProfile({ iccid: '8944500102198304826', imsi: '234150123456789' })).toEqual({
      iccid: '8944500102198304826', imsi: '234150123456789', spn: '', pin: '1234', puk: '12345678', pin2: '4321', puk2: '87654321', pinEnabled: false,
      acm: undefined, acmMax: undefined,
    });
  });

  it('refuses malformed files, naming the field', () => {
    const base = { iccid: '8944500102198304826', imsi: '234150123456789' };
    const cases: Array<[unknown, RegExp]> = [
      [[], /JSON object/],
      [{ imsi: base.imsi }, /"iccid"/],
      [{ ...base, imsi: '12' }, /"imsi" must be a string of 6-15 digits/],
      [{ ...base, pin: 'abcd' }, /"pin"/],
      [{ ...base, pinEnabled: 'yes' }, /"pinEnabled"/],
      [{ ...base, retries: { pin: 4 } }, /retries.pin/],
      [{ ...base, retries: { pim: 1 } }, /"retries" has no "pim"/],
      [{ ...base, spn: 'x'.repeat(17) }, /"spn"/],
      [{ ...base, files: { '6F07': '00' } }, /EF_IMSI.*9 bytes/],
      [{ ...base, files: { '1234': '00' } }, /no elementary file "1234"/],
      [{ ...base, pinEnabeld: true }, /unknown field "pinEnabeld"/],
    ];
    for (const [data, message] of cases) expect(() => parseSimProfile(data), JSON.stringify(data)).toThrow(message);
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-sim-'));
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    expect(() => loadSimProfile(join(dir, 'bad.json'))).toThrow(/not valid JSON/);
    expect(() => loadSimProfile(join(dir, 'missing.json'))).toThrow(/cannot read SIM profile/);
  });
});
