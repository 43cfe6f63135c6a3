// Packing of 7-bit septets into octets (3GPP TS 23.038 §6.1.2.1.1): septets are laid out
// least significant bit first. `fillBits` leading zero bits align the first septet after a
// user data header on a septet boundary (23.040 §9.2.3.24).

export function packSeptets(septets: readonly number[], fillBits = 0): Buffer {
  const totalBits = fillBits + septets.length * 7;
  const out = Buffer.alloc(Math.ceil(totalBits / 8));
  let bit = fillBits;
  for (const s of septets) {
    for (let b = 0; b < 7; b++, bit++) {
      if ((s >> b) & 1) out[bit >> 3]! |= 1 << (bit & 7);
    }
  }
  return out;
}

/** Reads `count` septets starting `fillBits` into `octets`; missing bits read as 0. */
export function unpackSeptets(octets: Uint8Array, count: number, fillBits = 0): number[] {
  const out: number[] = [];
  let bit = fillBits;
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let b = 0; b < 7; b++, bit++) {
      const byte = octets[bit >> 3] ?? 0;
      if ((byte >> (bit & 7)) & 1) s |= 1 << b;
    }
    out.push(s);
  }
  return out;
}
