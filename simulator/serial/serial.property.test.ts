// Properties of the serial interface under arbitrary input: the multiplexer never throws or
// wedges and only ever puts well-formed frames on the wire; the line model always terminates.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { controlMessage, DISC, parseFrames, SABM, teFrame, UIH } from './testing/mux-te.js';
import { transcode, type Framing } from './uart-line.js';

/** Pieces a TE might send: valid frames of every kind, corrupted ones, and noise. */
const piece = fc.oneof(
  fc.record({ dlci: fc.integer({ min: 0, max: 6 }), control: fc.constantFrom(SABM, DISC, UIH, 0x03, 0x63, 0x0f, 0x99), info: fc.uint8Array({ maxLength: 80 }) }).map((f) => teFrame(f.dlci, f.control, f.info)),
  fc.record({ type: fc.integer({ min: 0, max: 63 }), value: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 10 }) }).map((m) => teFrame(0, UIH, controlMessage(m.type << 2, m.value))),
  fc.constantFrom(teFrame(1, UIH, 'AT\r'), teFrame(2, UIH, 'ATI\r'), teFrame(0, SABM), teFrame(1, SABM)),
  fc.uint8Array({ maxLength: 20 }).map((b) => Buffer.from(b)),
  fc.tuple(fc.constantFrom(teFrame(1, UIH, 'AT+CGMI\r')), fc.nat(12)).map(([f, i]) => {
    const b = Buffer.from(f);
    b[i % b.length] = b[i % b.length]! ^ 0x40;
    return b;
  }),
);

describe('serial interface properties', () => {
  it('the multiplexer survives any byte stream and emits only valid frames', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(piece, { maxLength: 25 }), async (open, pieces) => {
        const h = await ModemHarness.start();
        await h.command('AT+CMUX=0');
        // Most runs start from an open session, so the pieces reach the DLCs.
        const opening = open ? [teFrame(0, SABM), teFrame(1, SABM), teFrame(2, SABM)] : [];
        for (const p of [...opening, ...pieces]) {
          h.send(p);
          await h.finish(10_000);
        }
        const out = Buffer.from(h.take(), 'latin1');
        if (h.modem.serial.multiplexer) {
          expect(() => parseFrames(out)).not.toThrow();
        } else {
          // Closed down (CLD/DISC 0): frames, then AT text.
          expect(out.length).toBeGreaterThanOrEqual(0);
        }
        // Whatever happened, the module still answers.
        h.modem.reboot();
        await h.advance(10_000);
        h.take();
        expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
      }),
      { numRuns: 60 },
    );
  });

  it('the line model terminates and never yields more characters than line time allows', () => {
    const framing = fc.record({
      baudRate: fc.constantFrom(600, 1200, 9600, 19200, 57600, 115200, 230400, 460800),
      dataBits: fc.constantFrom(7 as const, 8 as const),
      parity: fc.constantFrom('none' as const, 'odd' as const, 'even' as const, 'mark' as const, 'space' as const),
      stopBits: fc.constantFrom(1 as const, 2 as const),
    });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), framing, framing, (bytes, tx: Framing, rx: Framing) => {
        const out = transcode(bytes, tx, rx);
        const txBits = bytes.length * (2 + tx.dataBits + (tx.parity === 'none' ? 0 : 1) + tx.stopBits - 1);
        // Each received character needs at least a start bit plus its data bits of receiver time.
        const maxChars = Math.ceil((txBits / tx.baudRate) / ((1 + rx.dataBits) / rx.baudRate)) + 1;
        expect(out.length).toBeLessThanOrEqual(Math.max(bytes.length, maxChars));
      }),
      { numRuns: 300 },
    );
  });
});
