// The PDU codec against worked examples (3GPP TS 23.038 §6.1.2.1.1 "hellohello"; the classic
// SMS-DELIVER/SUBMIT pair of that example; node-sms-pdu's documented SUBMITs, checked by hand
// against 23.040 §9.2.2.2) and round-trip properties for every alphabet, multipart included.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addressText,
  cbmContent,
  cbmText,
  concatenationElement,
  decodeCbmPage,
  decodeGsm7,
  decodePduHex,
  decodeTpdu,
  encodeCbmPage,
  encodeGsm7,
  encodePduHex,
  encodeTpdu,
  findConcatenation,
  findPorts,
  fromHex,
  packSeptets,
  parseAddressText,
  parseDcs,
  portsElement,
  relativeValidityMinutes,
  splitText,
  timestampFromEpoch,
  timestampText,
  toHex,
  unpackSeptets,
  userDataText,
  type DeliverTpdu,
  type SubmitTpdu,
} from './index.js';

describe('GSM 7-bit alphabet and packing', () => {
  it('packs "hellohello" as in 23.038 §6.1.2.1.1', () => {
    expect(toHex(packSeptets(encodeGsm7('hellohello')!))).toBe('E8329BFD4697D9EC37');
    expect(decodeGsm7(unpackSeptets(fromHex('E8329BFD4697D9EC37')!, 10))).toBe('hellohello');
  });

  it('maps the extension table through the escape septet', () => {
    expect(encodeGsm7('€[]{}|^~\\')).toEqual([0x1b, 0x65, 0x1b, 0x3c, 0x1b, 0x3e, 0x1b, 0x28, 0x1b, 0x29, 0x1b, 0x40, 0x1b, 0x14, 0x1b, 0x3d, 0x1b, 0x2f]);
    expect(decodeGsm7(encodeGsm7('a€b')!)).toBe('a€b');
    expect(encodeGsm7('@£$¥')).toEqual([0, 1, 2, 3]);
    expect(encodeGsm7('日本')).toBeUndefined();
  });

  it('round-trips any GSM text', () => {
    const gsmChar = fc.constantFrom(...'@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCXYZÄÖÑÜ§¿abcxyzäöñüà€[]{}|^~\\\f');
    fc.assert(
      fc.property(fc.array(gsmChar, { maxLength: 200 }), fc.integer({ min: 0, max: 6 }), (chars, fill) => {
        const text = chars.join('');
        const septets = encodeGsm7(text)!;
        expect(decodeGsm7(unpackSeptets(packSeptets(septets, fill), septets.length, fill))).toBe(text);
      }),
    );
  });
});

describe('SMS-DELIVER and SMS-SUBMIT worked examples', () => {
  it('decodes the classic SMS-DELIVER "hellohello"', () => {
    const pdu = decodePduHex('07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37', 'mt');
    expect(pdu.sca && addressText(pdu.sca)).toBe('+27381000015');
    const t = pdu.tpdu as DeliverTpdu;
    expect(t.type).toBe('deliver');
    expect(t.fo).toBe(0x04);
    expect(t.oa).toEqual({ digits: '27838890001', toa: 0xc8 });
    expect(timestampText(t.scts)).toBe('99/03/29,15:16:59+08');
    expect(userDataText('gsm7', t.ud)).toBe('hellohello');
    expect(encodePduHex(pdu)).toBe('07917283010010F5040BC87238880900F10000993092516195800AE8329BFD4697D9EC37');
  });

  it('encodes the classic SMS-SUBMIT with a relative validity period', () => {
    const t: SubmitTpdu = {
      type: 'submit',
      fo: 0x11,
      mr: 0,
      da: parseAddressText('+46708251358')!,
      pid: 0,
      dcs: 0,
      vp: { format: 'relative', value: 0xaa },
      ud: { body: Buffer.from(encodeGsm7('hellohello')!) },
    };
    expect(encodePduHex({ tpdu: t })).toBe('0011000B916407281553F80000AA0AE8329BFD4697D9EC37');
    expect(decodePduHex('0011000B916407281553F80000AA0AE8329BFD4697D9EC37', 'mo')).toEqual({ tpdu: t });
    expect(relativeValidityMinutes(0xaa)).toBe(4 * 24 * 60);
  });

  it('encodes a national GSM 7-bit SUBMIT and a UCS2 SUBMIT without validity period', () => {
    const base = { type: 'submit' as const, fo: 0x01, mr: 0, da: parseAddressText('09012345678')!, pid: 0, vp: { format: 'none' as const } };
    expect(encodePduHex({ tpdu: { ...base, dcs: 0, ud: { body: Buffer.from(encodeGsm7('How are you doing?')!) } } })).toBe('0001000B819010325476F8000012C8F71D14969741F9771D447EA7DDE71F');
    expect(encodePduHex({ tpdu: { ...base, dcs: 8, ud: { body: Buffer.from('30533093306B3061308F', 'hex') } } })).toBe('0001000B819010325476F800080A30533093306B3061308F');
    const back = decodePduHex('0001000B819010325476F800080A30533093306B3061308F', 'mo').tpdu as SubmitTpdu;
    expect(userDataText('ucs2', back.ud)).toBe('こんにちわ');
  });

  it('encodes and decodes an alphanumeric originator', () => {
    const oa = parseAddressText('SIMCom', 0xd0)!;
    const t: DeliverTpdu = { type: 'deliver', fo: 4, oa, pid: 0, dcs: 0, scts: timestampFromEpoch(Date.UTC(2024, 11, 6, 8, 0, 0), 32), ud: { body: Buffer.from(encodeGsm7('hi')!) } };
    const hex = toHex(encodeTpdu(t));
    expect(hex.startsWith('040BD0')).toBe(true); // 6 chars = 42 bits = 11 semi-octets
    expect(decodeTpdu(fromHex(hex)!, 'mt')).toEqual(t);
    expect(timestampText(t.scts)).toBe('24/12/06,16:00:00+32');
  });

  it('encodes a status report and rejects malformed PDUs', () => {
    const scts = timestampFromEpoch(Date.UTC(2024, 0, 1), 0);
    const sr = { type: 'status-report' as const, fo: 0x06, mr: 7, ra: parseAddressText('+15551112222')!, scts, dt: scts, st: 0 };
    const bytes = encodeTpdu(sr);
    expect(toHex(bytes)).toBe('0607' + '0B915155112122F2' + '42101000000000'.repeat(2) + '00');
    expect(decodeTpdu(bytes, 'mt')).toEqual(sr);
    expect(() => decodePduHex('0011000B916407281553F80000AA0AE8329BFD4697D9EC', 'mo')).toThrow(/PDU ends/);
    expect(() => decodePduHex('0011000B916407281553F80000AA0AE8329BFD4697D9EC3700', 'mo')).toThrow(/after the end/);
    expect(() => decodePduHex('001', 'mo')).toThrow(/hex/);
    expect(() => decodePduHex('0011000B916407281553F80000AAA1', 'mo')).toThrow(/TP-UDL/);
    expect(() => decodePduHex('0002000B916407281553F800000100', 'mo')).toThrow(/SMS-COMMAND/);
  });
});

describe('data coding scheme', () => {
  it('reads alphabet and class per 23.038 §4', () => {
    expect(parseDcs(0x00)).toEqual({ alphabet: 'gsm7', compressed: false });
    expect(parseDcs(0x10)).toEqual({ alphabet: 'gsm7', messageClass: 0, compressed: false });
    expect(parseDcs(0x08)).toEqual({ alphabet: 'ucs2', compressed: false });
    expect(parseDcs(0xf4)).toEqual({ alphabet: '8bit', messageClass: 0, compressed: false });
    expect(parseDcs(0xf6).messageClass).toBe(2);
    expect(parseDcs(0xd8).waiting).toBe('store');
    expect(parseDcs(244)).toEqual({ alphabet: '8bit', messageClass: 0, compressed: false });
  });
});

describe('multipart', () => {
  it('keeps 160 GSM characters in one part and splits 161 into 153 + 8 with a concatenation header', () => {
    expect(splitText('a'.repeat(160)).parts).toHaveLength(1);
    const { parts } = splitText('a'.repeat(161), { reference: 42 });
    expect(parts.map((p) => p.body.length)).toEqual([153, 8]);
    expect(findConcatenation(parts[1]!.header)).toEqual({ reference: 42, wide: false, total: 2, sequence: 2 });
  });

  it('splits UCS2 at 70 / 67 characters and never splits an escape pair', () => {
    expect(splitText('日'.repeat(70)).parts).toHaveLength(1);
    expect(splitText('日'.repeat(71)).parts.map((p) => p.body.length / 2)).toEqual([67, 4]);
    const euro = splitText('a' + '€'.repeat(80)).parts;
    expect(euro.every((p) => p.body[p.body.length - 1] !== 0x1b)).toBe(true);
  });

  it('round-trips arbitrary text in every alphabet through SUBMIT and DELIVER PDUs', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: fc.constantFrom(...'abc€[@Δ'), maxLength: 500 })), fc.integer({ min: 0, max: 65535 }), fc.boolean(), (text, reference, wide) => {
        const { alphabet, parts } = splitText(text, { reference: wide ? reference : reference & 0xff, wideReference: wide });
        const dcs = alphabet === 'gsm7' ? 0 : 8;
        const decoded = parts.map((ud) => {
          const submit: SubmitTpdu = { type: 'submit', fo: 0x11, mr: 1, da: parseAddressText('+15551112222')!, pid: 0, dcs, vp: { format: 'relative', value: 167 }, ud };
          const back = decodePduHex(encodePduHex({ tpdu: submit }), 'mo').tpdu as SubmitTpdu;
          const deliver: DeliverTpdu = { type: 'deliver', fo: 4, oa: submit.da, pid: 0, dcs, scts: timestampFromEpoch(0, -16), ud: back.ud };
          const got = decodePduHex(encodePduHex({ sca: parseAddressText('+8613800100500')!, tpdu: deliver }), 'mt').tpdu as DeliverTpdu;
          if (parts.length > 1) expect(findConcatenation(got.ud.header)?.total).toBe(parts.length);
          return userDataText(alphabet, got.ud);
        });
        expect(decoded.join('')).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('carries application ports beside the concatenation element', () => {
    const { parts } = splitText('x'.repeat(300), { reference: 1, extraHeader: [portsElement({ destination: 2948, source: 9200, wide: true })] });
    expect(findPorts(parts[0]!.header)).toEqual({ destination: 2948, source: 9200, wide: true });
    expect(concatenationElement({ reference: 0x1234, wide: true, total: 2, sequence: 1 }).data).toEqual(Buffer.of(0x12, 0x34, 2, 1));
  });
});

describe('cell broadcast pages', () => {
  it('pads GSM text with CR and reads it back', () => {
    const page = { serial: 0x3001, messageId: 4370, dcs: 0x0f, page: 1, pages: 1, content: cbmContent('gsm7', 'Emergency alert test') };
    const bytes = encodeCbmPage(page);
    expect(bytes).toHaveLength(88);
    const back = decodeCbmPage(bytes);
    expect(back).toEqual(page);
    expect(cbmText(back)).toBe('Emergency alert test');
    expect(cbmText({ ...page, dcs: 0x11, content: cbmContent('ucs2', 'Привет') })).toBe('Привет');
  });
});
