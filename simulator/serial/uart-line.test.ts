import { describe, expect, it } from 'vitest';
import { bitsPerCharacter, transcode, type Framing } from './uart-line.js';

const f8n1 = (baudRate: number): Framing => ({ baudRate, dataBits: 8, parity: 'none', stopBits: 1 });

describe('UART line model', () => {
  it('passes bytes unchanged between matching sides and within clock tolerance', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(transcode(all, f8n1(115200), f8n1(115200))).toEqual(all);
    expect(transcode(all, f8n1(115200), f8n1(115200 * 1.02))).toEqual(all);
  });

  it('reads 7-bit text through a 7E1 receiver and a 7E1 sender through an 8N1 receiver with bit 7 = parity', () => {
    const text = Buffer.from('AT+CSQ\r');
    const e71: Framing = { baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 1 };
    expect(transcode(text, f8n1(9600), e71)).toEqual(text);
    // 'A' = 0x41 has an even number of ones (parity 0), 'T' = 0x54 an odd number (parity 1).
    expect([...transcode(Buffer.from('AT'), e71, f8n1(9600))]).toEqual([0x41, 0xd4]);
  });

  it('turns a slow sender into zero bytes with framing errors at a fast receiver', () => {
    // At 12x the rate, every receive window sees one level of a long bit.
    const out = transcode(Buffer.from([0x00]), f8n1(9600), f8n1(115200));
    expect([...out].every((b) => b === 0x00 || b === 0xff)).toBe(true);
    expect(out.length).toBeGreaterThan(0);
  });

  it('turns a fast sender into few wrong bytes at a slow receiver', () => {
    const sent = Buffer.from('\r\nOK\r\n');
    const out = transcode(sent, f8n1(115200), f8n1(9600));
    expect(out.length).toBeLessThan(sent.length);
    expect(out.toString('latin1')).not.toContain('OK');
  });

  it('counts the bits of a character', () => {
    expect(bitsPerCharacter(f8n1(115200))).toBe(10);
    expect(bitsPerCharacter({ baudRate: 1, dataBits: 7, parity: 'odd', stopBits: 2 })).toBe(11);
  });
});
