import type { AsyncCommand } from 'fast-check';
import { expectExchange, framed, type CchModel, type Real } from './model.js';

/** AT+CCHRECV=<n>[,<max>] (reads the cache in blocks of at most 1024) or AT+CCHRECV?. */
export class RecvCommand implements AsyncCommand<CchModel, Real> {
  constructor(
    readonly n: number,
    readonly max: number | undefined,
    readonly query: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: CchModel, real: Real): Promise<void> {
    if (this.query) return expectExchange(real, 'AT+CCHRECV?', framed([`+CCHRECV: LEN,${m.sessions[0].cache.length},${m.sessions[1].cache.length}`], 'OK'));
    const s = m.sessions[this.n]!;
    if (s.cache.length === 0) return expectExchange(real, this.toString(), framed([`+CCHRECV: ${this.n},11`], 'ERROR'));
    const take = this.max ? Math.min(this.max, s.cache.length) : s.cache.length;
    const data = s.cache.slice(0, take);
    const blocks: string[] = [];
    for (let i = 0; i < data.length; i += 1024) {
      const part = data.slice(i, i + 1024);
      blocks.push(`+CCHRECV: DATA,${this.n},${part.length}\r\n${part}`);
    }
    await expectExchange(real, this.toString(), framed([], 'OK', [...blocks, `+CCHRECV: ${this.n},0`]));
    s.cache = s.cache.slice(take);
    if (s.cache.length === 0) s.notified = false;
  }
  toString(): string {
    if (this.query) return 'AT+CCHRECV?';
    return this.max === undefined ? `AT+CCHRECV=${this.n}` : `AT+CCHRECV=${this.n},${this.max}`;
  }
}
