import type { AsyncCommand } from 'fast-check';
import { emptySession, expectExchange, expectOutput, framed, type CchModel, type Real } from './model.js';

/** AT+CCHSTART (context 1, active from the attach) or AT+CCHSTOP. */
export class StartCommand implements AsyncCommand<CchModel, Real> {
  constructor(readonly start: boolean) {}
  check(): boolean {
    return true;
  }
  async run(m: CchModel, real: Real): Promise<void> {
    if (this.start) {
      if (m.started) return expectExchange(real, 'AT+CCHSTART', framed([], 'ERROR'));
      real.h.take();
      real.h.send('AT+CCHSTART\r');
      await real.h.finish();
      await real.h.advance(1000); // the service's start-up
      await expectOutput(real, 'AT+CCHSTART', framed([], 'OK', ['+CCHSTART: 0']));
      m.started = true;
      return;
    }
    if (!m.started) return expectExchange(real, 'AT+CCHSTOP', framed([], 'ERROR'));
    const closes = m.sessions.flatMap((s, n) => (s.open ? [`+CCHCLOSE: ${n},0`] : []));
    await expectExchange(real, 'AT+CCHSTOP', framed([], 'OK', [...closes, '+CCHSTOP: 0']));
    m.started = false;
    for (const s of m.sessions) {
      s.open = false;
      emptySession(s);
    }
  }
  toString(): string {
    return this.start ? 'AT+CCHSTART' : 'AT+CCHSTOP';
  }
}
