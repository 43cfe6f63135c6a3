// The user data header (3GPP TS 23.040 §9.2.3.24): information elements in front of the
// user data, announced by TP-UDHI. Known elements: concatenation with an 8-bit (IEI 0x00,
// §9.2.3.24.1) or 16-bit (IEI 0x08, §9.2.3.24.8) reference, application ports with 8-bit
// (0x04) or 16-bit (0x05) addresses (§9.2.3.24.3-4). Others are kept as raw elements.

import { PduError } from './errors.js';

export interface InformationElement {
  iei: number;
  data: Buffer;
}

export interface Concatenation {
  reference: number;
  /** Whether the reference is 16-bit (IEI 0x08). */
  wide: boolean;
  total: number;
  sequence: number;
}

export interface Ports {
  destination: number;
  source: number;
  wide: boolean;
}

export function decodeUdh(bytes: Uint8Array): InformationElement[] {
  const out: InformationElement[] = [];
  let i = 0;
  while (i < bytes.length) {
    if (i + 2 > bytes.length) throw new PduError('user data header element truncated');
    const iei = bytes[i]!;
    const len = bytes[i + 1]!;
    if (i + 2 + len > bytes.length) throw new PduError(`user data header element 0x${iei.toString(16)} runs past the header`);
    out.push({ iei, data: Buffer.from(bytes.subarray(i + 2, i + 2 + len)) });
    i += 2 + len;
  }
  return out;
}

/** The header octets without the UDHL octet. */
export function encodeUdh(elements: readonly InformationElement[]): Buffer {
  return Buffer.concat(elements.map((e) => Buffer.concat([Buffer.of(e.iei, e.data.length), e.data])));
}

export function concatenationElement(c: Concatenation): InformationElement {
  return c.wide
    ? { iei: 0x08, data: Buffer.of((c.reference >> 8) & 0xff, c.reference & 0xff, c.total, c.sequence) }
    : { iei: 0x00, data: Buffer.of(c.reference & 0xff, c.total, c.sequence) };
}

export function portsElement(p: Ports): InformationElement {
  return p.wide
    ? { iei: 0x05, data: Buffer.of(p.destination >> 8, p.destination & 0xff, p.source >> 8, p.source & 0xff) }
    : { iei: 0x04, data: Buffer.of(p.destination & 0xff, p.source & 0xff) };
}

export function findConcatenation(elements: readonly InformationElement[] | undefined): Concatenation | undefined {
  for (const e of elements ?? []) {
    if (e.iei === 0x00 && e.data.length === 3) return { reference: e.data[0]!, wide: false, total: e.data[1]!, sequence: e.data[2]! };
    if (e.iei === 0x08 && e.data.length === 4) return { reference: (e.data[0]! << 8) | e.data[1]!, wide: true, total: e.data[2]!, sequence: e.data[3]! };
  }
  return undefined;
}

export function findPorts(elements: readonly InformationElement[] | undefined): Ports | undefined {
  for (const e of elements ?? []) {
    if (e.iei === 0x04 && e.data.length === 2) return { destination: e.data[0]!, source: e.data[1]!, wide: false };
    if (e.iei === 0x05 && e.data.length === 4) return { destination: (e.data[0]! << 8) | e.data[1]!, source: (e.data[2]! << 8) | e.data[3]!, wide: true };
  }
  return undefined;
}
