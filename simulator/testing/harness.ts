// A simulated modem on a manual clock, for tests — ours and users'. It collects everything the
// module prints and runs command lines to completion, advancing virtual time through the
// module's modelled delays, so a 120 s command finishes in microseconds.
//
//     const h = await ModemHarness.start();
//     expect(await h.command('AT+CSQ')).toBe('AT+CSQ\r\r\n+CSQ: 31,99\r\n\r\nOK\r\n');

import { ManualClock, settle } from '../core/clock.js';
import { Modem, type ModemOptions } from '../core/modem.js';

export interface HarnessOptions extends Omit<ModemOptions, 'clock'> {
  clock?: ManualClock;
  /** Keep the boot URCs in the output instead of discarding them; default false. */
  keepBoot?: boolean;
  /** Power on with the profile's boot timing instead of at once; default false. */
  realisticBoot?: boolean;
}

export class ModemHarness {
  private output = '';

  private constructor(
    readonly modem: Modem,
    readonly clock: ManualClock,
  ) {
    modem.events.on('tx', (bytes) => {
      this.output += bytes.toString('latin1');
    });
  }

  static async start(options: HarnessOptions = {}): Promise<ModemHarness> {
    const clock = options.clock ?? new ManualClock();
    const h = new ModemHarness(new Modem({ ...options, clock }), clock);
    h.modem.powerOn({ immediate: !options.realisticBoot });
    if (options.realisticBoot) await clock.runAll(60_000);
    await h.settle();
    if (!options.keepBoot) h.take();
    return h;
  }

  /** Everything printed since the last take(), and clear it. */
  take(): string {
    const out = this.output;
    this.output = '';
    return out;
  }

  /** Everything printed since the last take(), without clearing. */
  peek(): string {
    return this.output;
  }

  send(bytes: string | Uint8Array): void {
    this.modem.write(bytes);
  }

  /** Let queued input and asynchronous handlers run (no virtual time passes). */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i++) await settle();
  }

  /**
   * Run virtual time forward while an AT interface (the UART's, or a +CMUX DLC's) is busy with
   * a command (up to `maxMs`), so modelled response delays elapse.
   */
  async finish(maxMs = 600_000): Promise<void> {
    await this.settle();
    let spent = 0;
    while (this.modem.atChannels.some((c) => c.mode === 'executing') && spent <= maxMs) {
      const next = this.clock.nextTimerIn();
      if (next === undefined) {
        // A command waiting on real I/O only (a DNS lookup, a bind): let it settle.
        if (this.clock.outsidePending === 0) break;
        await this.clock.advance(0);
        continue;
      }
      await this.clock.advance(next);
      spent += next;
      await this.settle();
    }
  }

  /** Send `line` + CR, run it to completion, return what the module printed since. */
  async command(line: string, options: { maxMs?: number } = {}): Promise<string> {
    this.take();
    this.send(line + '\r');
    await this.finish(options.maxMs);
    return this.take();
  }

  /**
   * Wait in real time (virtual time stands still) until the output since the last take()
   * matches `pattern`: for what the outside world causes (data from a real peer, a real
   * connection closing). Returns the output so far; throws after `realMs` without a match.
   */
  async waitForOutput(pattern: RegExp | string, realMs = 3000): Promise<string> {
    const matches = () => (typeof pattern === 'string' ? this.output.includes(pattern) : pattern.test(this.output));
    const deadline = Date.now() + realMs;
    for (;;) {
      await this.settle();
      if (matches()) return this.output;
      if (Date.now() > deadline) throw new Error(`no output matching ${String(pattern)} within ${realMs} ms; got ${JSON.stringify(this.output)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Advance virtual time, letting timers (URCs, delays) fire. */
  async advance(ms: number): Promise<void> {
    await this.clock.advance(ms);
    await this.settle();
  }
}
