// Bytes as readable text for logs and transcripts: printable ASCII as is, \r \n \t \\ and
// everything else as \xHH. `unescapeBytes` is its exact inverse.

export function escapeBytes(bytes: Uint8Array | string): string {
  const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : bytes;
  let out = '';
  for (const b of buf) {
    if (b === 0x0d) out += '\\r';
    else if (b === 0x0a) out += '\\n';
    else if (b === 0x09) out += '\\t';
    else if (b === 0x5c) out += '\\\\';
    else if (b >= 0x20 && b < 0x7f) out += String.fromCharCode(b);
    else out += '\\x' + b.toString(16).padStart(2, '0');
  }
  return out;
}

export function unescapeBytes(text: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '\\') {
      out.push(c.charCodeAt(0) & 0xff);
      continue;
    }
    const n = text[++i];
    if (n === 'r') out.push(0x0d);
    else if (n === 'n') out.push(0x0a);
    else if (n === 't') out.push(0x09);
    else if (n === '\\') out.push(0x5c);
    else if (n === 'x') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new Error(`bad \\x escape at ${i}: ${JSON.stringify(text.slice(i - 1, i + 3))}`);
      out.push(parseInt(hex, 16));
      i += 2;
    } else throw new Error(`unknown escape \\${n ?? ''} at ${i}`);
  }
  return Buffer.from(out);
}
