// The card's encodings (TS 102 221 / TS 31.102 / TS 24.008) and how a profile fills its files.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../profiles/index.js';
import { cloneUicc, encodeImsi, encodePlmn, fromGsmUnpacked, gsmUnpacked, makeUicc, readAcm, readAcmMax, readSpn, swapNibbles } from './sim-card.js';

describe('encodings', () => {
  it('swaps BCD nibbles with F padding (EF_ICCID)', () => {
    expect(swapNibbles('89860318760238610932')).toBe('98683081672083169023');
    expect(swapNibbles('123')).toBe('21F3');
  });

  it('encodes the IMSI with its length and parity nibble (EF_IMSI)', () => {
    expect(encodeImsi('460010222028133')).toBe('084906102022201833');
    // An even number of digits: parity 1 (type 001, even), padded with F.
    expect(encodeImsi('31041012345678')).toBe('0831011410325476F8');
  });

  it('encodes PLMNs with 2- and 3-digit MNCs (TS 24.008 §10.5.1.13)', () => {
    expect(encodePlmn('46001')).toBe('64F010');
    expect(encodePlmn('310410')).toBe('130014');
  });

  it('round-trips the GSM default alphabet for printable text', () => {
    expect(gsmUnpacked('A@$_b')).toBe('4100021162');
    expect(fromGsmUnpacked('4100021162FFFF')).toBe('A@$_b');
  });
});

describe('a card from a profile', () => {
  it('fills the files from the profile fields and raw overrides', () => {
    const card = makeUicc({ ...SIM767XX.sim!, spn: 'Acme', spnDisplayMode: 1, acm: 0x10, acmMax: 0x200, files: { '6F3E': '01020304', '3F00/7FFF/6FB7': ['11F2FF00', '99F9FF00'] } });
    expect(readSpn(card)).toEqual({ name: 'Acme', displayMode: 1 });
    expect(readAcm(card)).toBe(0x10);
    expect(readAcmMax(card)).toBe(0x200);
    expect(card.files['3F00/7FFF/6F3E']).toBe('01020304');
    expect(card.files['3F00/7FFF/6FB7']).toEqual(['11F2FF00', '99F9FF00']);
    expect(card.pin1).toEqual({ value: '1234', retries: 3, maxRetries: 3, enabled: false });
  });

  it('clamps retry counters and ignores raw contents that do not fit the file', () => {
    const card = makeUicc({ ...SIM767XX.sim!, retries: { pin: 7, puk: -2 }, files: { '6F3E': 'ABC', '6F07': '00' } });
    expect(card.pin1.retries).toBe(3);
    expect(card.puk1.retries).toBe(0);
    expect(card.files['3F00/7FFF/6F3E']).toBe('FFFFFFFF');
  });

  it('copies are independent cards', () => {
    const a = makeUicc(SIM767XX.sim!);
    const b = cloneUicc(a);
    b.pin1.retries = 0;
    expect(a.pin1.retries).toBe(3);
  });
});
