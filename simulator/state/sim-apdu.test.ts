// The card's command interface (TS 102 221 §10-11), driven directly.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../profiles/index.js';
import { freshChannel, pinBlock, SW, swHex, transmitApdu, type ApduMode, type UiccSecurity } from './sim-apdu.js';
import { makeUicc } from './sim-card.js';

function card(pinEnabled = true) {
  const c = makeUicc({ ...SIM767XX.sim!, pinEnabled });
  const security: UiccSecurity = { pin1Verified: false, pin2Verified: false };
  const channel = freshChannel();
  const send = (apdu: string, mode: ApduMode = 'T0') => {
    const r = transmitApdu(c, security, channel, apdu, mode);
    return r.data + swHex(r.sw);
  };
  return { c, security, channel, send };
}

describe('transmitApdu', () => {
  it('selects by FID relative to the current DF, by path, by AID', () => {
    const { send, channel } = card(false);
    expect(send('00A4000C022FE2')).toBe('9000');
    expect(channel).toMatchObject({ dir: '3F00', ef: '3F00/2FE2' });
    expect(send('00A4000C027FFF')).toBe('9000');
    expect(channel.dir).toBe('3F00/7FFF');
    expect(send('00A4000C026F46')).toBe('9000');
    expect(channel.ef).toBe('3F00/7FFF/6F46');
    // Siblings of the current EF's directory are found; the MF's EFs too.
    expect(send('00A4000C022FE2')).toBe('9000');
    // Path from the current DF (the MF now): 7FFF is the USIM, 6F07 is not a child of the MF.
    expect(send('00A4090C026F07')).toBe('6A82');
    expect(send('00A4090C047FFF6F07')).toBe('9000');
    expect(send('00A4080C047FFF6F07')).toBe('9000');
    expect(send('00A4040C10A0000000871002FF86FF0389FFFFFFFF')).toBe('9000');
    expect(send('00A4040C05A000000099')).toBe('6A82');
    expect(send('00A4000C03123456')).toBe('6700');
    expect(send('00A4020C022FE2')).toBe('6A86');
  });

  it('runs the T=0 GET RESPONSE procedure, and answers directly for the module driver', () => {
    const t0 = card(false);
    expect(t0.send('00A40804022FE2')).toBe('6118');
    expect(t0.send('00C0000020')).toBe('6C18');
    // Less than there is: that much, and 61xx for the rest (ISO/IEC 7816-4 §5.1.3).
    expect(t0.send('00C0000010')).toBe('62168202412183022FE28A01058B032F6108');
    expect(t0.send('00C0000008')).toBe('06018002000A88009000');
    expect(t0.send('00C0000018')).toBe('6985');
    const direct = card(false);
    expect(direct.send('00A40804022FE2', 'terminal')).toMatch(/^6216.*9000$/);
  });

  it('verifies, changes, disables, enables and unblocks PIN1 with counters', () => {
    const { c, security, send } = card(true);
    expect(send('0020000100')).toBe('63C3');
    expect(send(`0020000108${pinBlock('0000')}`)).toBe('63C2');
    expect(send(`0020000108${pinBlock('1234')}`)).toBe('9000');
    expect(security.pin1Verified).toBe(true);
    expect(send('0020000100')).toBe('9000');
    expect(send(`0024000110${pinBlock('1234')}${pinBlock('9876')}`)).toBe('9000');
    expect(c.pin1.value).toBe('9876');
    expect(send(`0026000108${pinBlock('9876')}`)).toBe('9000');
    expect(c.pin1.enabled).toBe(false);
    expect(send(`0028000108${pinBlock('9876')}`)).toBe('9000');
    for (const left of [2, 1, 0]) expect(send(`0020000108${pinBlock('1111')}`)).toBe(swHex(0x63c0 | left));
    expect(send(`0020000108${pinBlock('9876')}`)).toBe('6983');
    expect(send(`002C000110${pinBlock('00000000')}${pinBlock('5555')}`)).toBe('63C9');
    expect(send(`002C000110${pinBlock('12345678')}${pinBlock('5555')}`)).toBe('9000');
    expect(c.pin1).toMatchObject({ value: '5555', retries: 3 });
    expect(c.puk1.retries).toBe(10);
    // PIN2 is key reference 81; it cannot be disabled.
    expect(send(`0020008108${pinBlock('4321')}`)).toBe('9000');
    expect(send(`0026008108${pinBlock('4321')}`)).toBe('6A86');
    expect(send(`0020000307${pinBlock('1234').slice(0, 14)}`)).toBe('6A86');
    expect(send(`0020000107${pinBlock('1234').slice(0, 14)}`)).toBe('6700');
  });

  it('enforces access conditions and file structure', () => {
    const { send } = card(true);
    expect(send('00A4080C047FFF6F07')).toBe('9000');
    expect(send('00B0000009')).toBe('6982');
    expect(send('00A4080C047FFF6FAD')).toBe('9000');
    expect(send('00B0000004')).toBe('000000029000');
    expect(send('00B0000400')).toBe('6B00');
    expect(send('00B2010404')).toBe('6981');
    expect(send('00D6000001FF')).toBe('6982');
    expect(send('00B0800001')).toBe('6A81');
  });

  it('updates a cyclic file only in PREVIOUS mode, newest record first', () => {
    const { c, security, send } = card(false);
    security.pin2Verified = true;
    expect(send('00A4080C047FFF6F39')).toBe('9000');
    expect(send('00DC000303000042')).toBe('9000');
    expect((c.files['3F00/7FFF/6F39'] as string[])[0]).toBe('000042');
    expect(send('00DC010403000043')).toBe('6A86');
    expect(send('00B2010403')).toBe('0000429000');
    expect(send('00B2060403')).toBe('6A83');
  });

  it('rejects what a UICC does not know, never throwing', () => {
    const { send } = card(false);
    expect(send('A0F2000016')).toBe('6E00');
    expect(send('00F2000000')).toBe('6E00');
    expect(send('0044000000')).toBe('6D00');
    expect(send('02B0000001')).toBe('6881');
    expect(send('00B000')).toBe('6700');
    expect(send('zz')).toBe('6700');
    expect(send('00B0000001')).toBe('6986');
    expect(SW.OK).toBe(0x9000);
  });
});
