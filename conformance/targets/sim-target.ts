// The simulator in-process, on a manual clock: the fastest and most deterministic target. Waiting
// advances virtual time timer by timer, so a command the manual gives 120 s answers in
// microseconds and a URC "after 2 s" arrives exactly 2 s later on the target's clock. When no
// timer is pending and nothing is in flight, nothing can happen any more: a wait ends at once
// (a timeout in virtual time), so a test of a silent module never sleeps.
//
// The modem's output can be cut into chunks (`chunkSize`) to exercise the reader, and the
// control channel runs the simulator's control actions in-process.

import { ManualClock, settle } from '../../simulator/core/clock.js';
import { Modem, type ModemOptions } from '../../simulator/core/modem.js';
import { ModemControl } from '../../simulator/control/control.js';
import { ByteTarget } from './byte-target.js';
import type { TargetControl, TargetInfo } from './target.js';

export interface SimTargetOptions extends Omit<ModemOptions, 'clock'> {
  clock?: ManualClock;
  /** Deliver the module's output in pieces of at most this many bytes. */
  chunkSize?: number;
  /** Run the profile's boot sequence on the clock instead of starting ready. */
  realisticBoot?: boolean;
  /**
   * Takes over delivery of the module's output (tests that vary chunking and timing, e.g. with
   * the fast-check scheduler): call `deliver` with each piece, in order.
   */
  output?: (bytes: Buffer, deliver: (piece: Buffer) => void) => void;
  /** With `output`: whether pieces are still undelivered (a wait then yields instead of timing out). */
  outputPending?: () => boolean;
}

async function settleAll(): Promise<void> {
  for (let i = 0; i < 5; i++) await settle();
}

export class SimTarget extends ByteTarget {
  readonly info: TargetInfo;
  readonly modem: Modem;
  readonly clock: ManualClock;
  override readonly control: TargetControl;
  private readonly onTx = (bytes: Buffer) => this.deliver(bytes);

  constructor(private readonly options: SimTargetOptions = {}) {
    super();
    this.clock = options.clock ?? new ManualClock();
    this.modem = new Modem({ ...options, clock: this.clock });
    this.info = { kind: 'sim', spec: 'sim', simulated: true, profile: this.modem.profile.name };
    const control = new ModemControl(this.modem);
    this.control = { run: (action, params) => control.run(action, params ?? {}) };
    this.header = { module: this.modem.profile.identity.model, firmware: this.modem.profile.identity.revision };
  }

  private deliver(bytes: Buffer): void {
    if (this.options.output) {
      this.options.output(bytes, (piece) => this.received(piece));
      return;
    }
    const size = this.options.chunkSize;
    if (!size) {
      this.received(bytes);
      return;
    }
    for (let i = 0; i < bytes.length; i += size) this.received(bytes.subarray(i, i + size));
  }

  protected async openTransport(): Promise<void> {
    this.modem.events.on('tx', this.onTx);
    this.modem.powerOn({ immediate: !this.options.realisticBoot });
    if (this.options.realisticBoot) await this.clock.runAll(60_000);
    await settleAll();
  }

  protected async closeTransport(): Promise<void> {
    this.modem.events.off('tx', this.onTx);
    this.modem.powerOff();
  }

  protected async rawWrite(bytes: Buffer): Promise<void> {
    this.modem.write(bytes);
  }

  protected async waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = this.clock.now() + timeoutMs;
    for (;;) {
      await settleAll();
      if (done()) return true;
      if (this.options.outputPending?.()) {
        // Output is on its way through an external scheduler: let it run.
        await new Promise((resolve) => setTimeout(resolve, 0));
        continue;
      }
      const next = this.clock.nextTimerIn();
      const remaining = deadline - this.clock.now();
      if (remaining <= 0) return false;
      if (next === undefined) {
        // Nothing scheduled: nothing more will come; time passes to the deadline.
        await this.clock.advance(remaining);
        await settleAll();
        return done();
      }
      await this.clock.advance(Math.min(next, remaining));
    }
  }

  now(): number {
    return this.clock.now();
  }

  async sleep(ms: number): Promise<void> {
    await this.clock.advance(ms);
    await settleAll();
  }
}
