import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { expectOutput, peer, type CchModel, type Real } from './model.js';

/** The server sends `data` on session n's connection, or closes it (`data` undefined). */
export class ServerCommand implements AsyncCommand<CchModel, Real> {
  constructor(
    readonly n: number,
    readonly data: string | undefined,
  ) {}
  check(m: Readonly<CchModel>): boolean {
    return m.sessions[this.n]!.open;
  }
  async run(m: CchModel, real: Real): Promise<void> {
    const s = m.sessions[this.n]!;
    const socket = await peer(m, real, this.n);
    real.h.take();
    if (this.data === undefined) {
      socket.end();
      await expectOutput(real, this.toString(), `\r\n+CCH_PEER_CLOSED: ${this.n}\r\n`);
      s.open = false;
      return;
    }
    socket.write(Buffer.from(this.data, 'latin1'));
    // The data rides a real connection: wait until the module has it (AT+CCHRECV? tells).
    const want = s.cache.length + this.data.length;
    const deadline = Date.now() + 3000;
    for (;;) {
      real.h.send('AT+CCHRECV?\r');
      await real.h.finish();
      const len = [...real.h.peek().matchAll(/\+CCHRECV: LEN,(\d+),(\d+)/g)].at(-1);
      if ((len && Number(len[1 + this.n]) >= want) || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    const out = real.h.take();
    const event = `\r\n+CCHEVENT: ${this.n},RECV EVENT\r\n`;
    // Exactly one event, and only if none was printed since the cache was last empty.
    expect(out.split(event).length - 1, this.toString()).toBe(s.notified ? 0 : 1);
    s.notified = true;
    s.cache += this.data;
  }
  toString(): string {
    return this.data === undefined ? `server ${this.n}: close` : `server ${this.n}: send ${this.data.length} bytes`;
  }
}
