import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectExchange, framed, type CchModel, type Real } from './model.js';

/** AT+CCHSEND=<n>,<len> and the data at its prompt; the server must get exactly those bytes. */
export class SendCommand implements AsyncCommand<CchModel, Real> {
  constructor(
    readonly n: number,
    readonly data: string,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: CchModel, real: Real): Promise<void> {
    const s = m.sessions[this.n]!;
    const line = `AT+CCHSEND=${this.n},${this.data.length}`;
    if (!s.open) return expectExchange(real, line, framed([], 'ERROR'));
    real.h.take();
    real.h.send(line + '\r');
    await real.h.settle();
    expect(real.h.take(), line).toBe('\r\n> ');
    real.h.send(Buffer.from(this.data, 'latin1'));
    await real.h.finish();
    expect(real.h.take(), line).toBe('\r\nOK\r\n');
    const index = real.firstConnection + s.connection!;
    const sent = (m.sent.get(index) ?? '') + this.data;
    m.sent.set(index, sent);
    expect((await real.server.bytes(sent.length, index)).toString('latin1')).toBe(sent);
  }
  toString(): string {
    return `AT+CCHSEND=${this.n},${this.data.length}`;
  }
}
