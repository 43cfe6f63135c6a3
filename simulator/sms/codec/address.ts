// Addresses in SMS PDUs (3GPP TS 23.040 §9.1.2.5): the TP address fields (TP-OA, TP-DA,
// TP-RA), whose length octet counts useful semi-octets, and the RP service-centre address in
// front of a TPDU (24.011 §8.2.5.1, as 27.005 §3.1 <pdu> carries it), whose length octet
// counts octets including the type octet.
//
// Type-of-address octet: bit 7 set, TON in bits 6-4, NPI in bits 3-0. 145 (0x91) is
// international (the text shows a leading "+"), 129 (0x81) unknown, 161 (0xA1) national,
// 208 (0xD0) alphanumeric (the value is GSM 7-bit text, packed).

import { decodeGsm7, encodeGsm7 } from './gsm7.js';
import { OctetReader, PduError } from './errors.js';
import { packSeptets, unpackSeptets } from './septets.js';

export interface Address {
  /** Digits (and * # a b c), or the text of an alphanumeric address; international without "+". */
  digits: string;
  /** Type-of-address octet. */
  toa: number;
}

export const TOA_INTERNATIONAL = 145;
export const TOA_UNKNOWN = 129;
export const TOA_NATIONAL = 161;
export const TOA_ALPHANUMERIC = 208;

export function typeOfNumber(toa: number): number {
  return (toa >> 4) & 0x07;
}

export function isInternational(toa: number): boolean {
  return typeOfNumber(toa) === 1;
}

export function isAlphanumeric(toa: number): boolean {
  return typeOfNumber(toa) === 5;
}

const BCD_DIGITS = '0123456789*#abc';

/**
 * The address as text: "+<digits>" when international, the digits otherwise.
 * (27.005 shows <oa>/<da> this way, with <tooa>/<toda> alongside.)
 */
export function addressText(a: Address): string {
  return isInternational(a.toa) && !a.digits.startsWith('+') ? `+${a.digits}` : a.digits;
}

/**
 * An address from text and an optional type: a leading "+" makes it international (145) unless
 * a type is given; without a type the default is 129 (27.005 <toda>). Characters other than
 * digits, * # a b c make it alphanumeric unless a numeric type is forced.
 */
export function parseAddressText(text: string, toa?: number): Address | undefined {
  if (toa !== undefined && isAlphanumeric(toa)) {
    if (encodeGsm7(text) === undefined || text.length === 0 || text.length > 11) return undefined;
    return { digits: text, toa };
  }
  const plus = text.startsWith('+');
  const digits = plus ? text.slice(1) : text;
  if (digits.length === 0 || digits.length > 20) return undefined;
  if (![...digits.toLowerCase()].every((c) => BCD_DIGITS.includes(c))) return undefined;
  const type = toa ?? (plus ? TOA_INTERNATIONAL : TOA_UNKNOWN);
  return { digits: digits.toLowerCase(), toa: type };
}

function bcd(digits: string): Buffer {
  const out = Buffer.alloc(Math.ceil(digits.length / 2), 0xff);
  for (let i = 0; i < digits.length; i++) {
    const v = BCD_DIGITS.indexOf(digits[i]!.toLowerCase());
    if (v < 0) throw new PduError(`"${digits[i]}" cannot be a BCD digit`);
    const byte = out[i >> 1]!;
    out[i >> 1] = i % 2 === 0 ? (byte & 0xf0) | v : (byte & 0x0f) | (v << 4);
  }
  return out;
}

function unbcd(bytes: Uint8Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) {
    const nibble = i % 2 === 0 ? bytes[i >> 1]! & 0x0f : bytes[i >> 1]! >> 4;
    if (nibble === 0x0f) break;
    out += BCD_DIGITS[nibble] ?? '';
  }
  return out;
}

/** TP address field: length (semi-octets), type, value. */
export function encodeTpAddress(a: Address): Buffer {
  if (isAlphanumeric(a.toa)) {
    const septets = encodeGsm7(a.digits);
    if (!septets) throw new PduError(`alphanumeric address "${a.digits}" is not GSM 7-bit text`);
    const packed = packSeptets(septets);
    const semiOctets = Math.ceil((septets.length * 7) / 4);
    return Buffer.concat([Buffer.of(semiOctets, a.toa | 0x80), packed]);
  }
  const digits = a.digits.startsWith('+') ? a.digits.slice(1) : a.digits;
  return Buffer.concat([Buffer.of(digits.length, a.toa | 0x80), bcd(digits)]);
}

export function decodeTpAddress(r: OctetReader, what: string): Address {
  const semiOctets = r.byte(`${what} length`);
  if (semiOctets > 20) throw new PduError(`${what} length ${semiOctets} exceeds 20 digits`);
  const toa = r.byte(`${what} type`);
  const value = r.take(Math.ceil(semiOctets / 2), what);
  if (isAlphanumeric(toa)) {
    const septets = Math.floor((semiOctets * 4) / 7);
    return { digits: decodeGsm7(unpackSeptets(value, septets)), toa };
  }
  return { digits: unbcd(value, semiOctets), toa };
}

/** RP service-centre address; `undefined` encodes as "00" (use the +CSCA address). */
export function encodeScAddress(a: Address | undefined): Buffer {
  if (!a || a.digits === '') return Buffer.of(0);
  const digits = a.digits.startsWith('+') ? a.digits.slice(1) : a.digits;
  const value = bcd(digits);
  return Buffer.concat([Buffer.of(value.length + 1, a.toa | 0x80), value]);
}

export function decodeScAddress(r: OctetReader): Address | undefined {
  const octets = r.byte('SMSC address length');
  if (octets === 0) return undefined;
  if (octets > 11) throw new PduError(`SMSC address length ${octets} exceeds 11 octets`);
  const toa = r.byte('SMSC address type');
  const value = r.take(octets - 1, 'SMSC address');
  return { digits: unbcd(value, value.length * 2), toa };
}
