import type { AsyncCommand } from 'fast-check';
import { emptySession, expectExchange, framed, type CchModel, type Real } from './model.js';

/** AT+CCHOPEN=<n>,"127.0.0.1",<port>,1 (TCP) or AT+CCHCLOSE=<n>. */
export class OpenCommand implements AsyncCommand<CchModel, Real> {
  constructor(
    readonly n: number,
    readonly open: boolean,
  ) {}
  check(): boolean {
    return true;
  }
  async run(m: CchModel, real: Real): Promise<void> {
    const s = m.sessions[this.n]!;
    if (this.open) {
      const line = `AT+CCHOPEN=${this.n},"127.0.0.1",${real.server.port},1`;
      if (!m.started || s.open) return expectExchange(real, line, framed([], 'ERROR'));
      await expectExchange(real, line, framed([], 'OK', [`+CCHOPEN: ${this.n},0`]));
      s.open = true;
      s.connection = m.connections++;
      emptySession(s);
      return;
    }
    const line = `AT+CCHCLOSE=${this.n}`;
    if (!s.open) return expectExchange(real, line, framed([], 'ERROR'));
    await expectExchange(real, line, framed([], 'OK', [`+CCHCLOSE: ${this.n},0`]));
    s.open = false;
    emptySession(s);
  }
  toString(): string {
    return this.open ? `AT+CCHOPEN=${this.n},"127.0.0.1",<port>,1` : `AT+CCHCLOSE=${this.n}`;
  }
}
