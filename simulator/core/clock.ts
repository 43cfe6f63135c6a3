// The one injected clock. Every modelled delay (a command's response time, a URC after N
// seconds, registration after power-on, the +++ guard time) goes through a Clock, so tests run
// on a ManualClock in microseconds, the CLI on real time, and `--instant` without the delays.
//
// Contract: `now()` is virtual time in milliseconds since the Unix epoch. `setTimer` calls `fn`
// once, `ms` (>= 0) later in virtual time; timers due at the same instant fire in the order they
// were set. `sleep(ms)` is a promise over setTimer. Only RealClock touches real timers.

export interface TimerHandle {
  readonly id: number;
}

export interface Clock {
  now(): number;
  setTimer(ms: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  sleep(ms: number): Promise<void>;
}

/** Wall-clock time with real timers: what the CLI uses by default. */
export class RealClock implements Clock {
  private nextId = 1;
  private readonly timers = new Map<number, NodeJS.Timeout>();

  now(): number {
    return Date.now();
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const id = this.nextId++;
    const t = setTimeout(() => {
      this.timers.delete(id);
      fn();
    }, Math.max(0, ms));
    this.timers.set(id, t);
    return { id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const t = this.timers.get(handle.id);
    if (t) clearTimeout(t);
    this.timers.delete(handle.id);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(ms, resolve));
  }
}

interface PendingTimer {
  id: number;
  due: number;
  seq: number;
  fn: () => void;
}

/** Base of the two virtual clocks: an ordered timer queue over virtual time. */
abstract class VirtualClock implements Clock {
  protected readonly pending: PendingTimer[] = [];
  private nextId = 1;
  private seq = 0;

  abstract now(): number;

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer: PendingTimer = { id: this.nextId++, due: this.now() + Math.max(0, ms), seq: this.seq++, fn };
    this.pending.push(timer);
    this.pending.sort((a, b) => a.due - b.due || a.seq - b.seq);
    this.onScheduled();
    return { id: timer.id };
  }

  clearTimer(handle: TimerHandle | undefined): void {
    if (!handle) return;
    const i = this.pending.findIndex((t) => t.id === handle.id);
    if (i >= 0) this.pending.splice(i, 1);
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(ms, resolve));
  }

  /** Pending timer count: lets tests assert nothing is left scheduled. */
  get pendingCount(): number {
    return this.pending.length;
  }

  protected abstract onScheduled(): void;
}

/** Lets promise continuations and setImmediate work (the modem's input loop) run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Virtual time that moves only when a test says so. `advance(ms)` fires every timer due within
 * the window in order, letting asynchronous work settle after each, so a command whose manual
 * response time is 120 s completes in microseconds.
 */
export class ManualClock extends VirtualClock {
  private current: number;

  constructor(start = Date.UTC(2024, 11, 6, 8, 0, 0)) {
    super();
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  protected onScheduled(): void {}

  async advance(ms: number): Promise<void> {
    const target = this.current + Math.max(0, ms);
    await settle();
    for (;;) {
      const next = this.pending[0];
      if (!next || next.due > target) break;
      this.pending.shift();
      this.current = next.due;
      next.fn();
      await settle();
    }
    this.current = target;
    await settle();
  }

  /** Milliseconds until the next timer, or undefined when none is pending. */
  nextTimerIn(): number | undefined {
    const next = this.pending[0];
    return next ? Math.max(0, next.due - this.current) : undefined;
  }

  /** Fire every pending timer, however far ahead, up to `limitMs` of virtual time. */
  async runAll(limitMs = 24 * 3600_000): Promise<void> {
    const end = this.current + limitMs;
    await settle();
    while (this.pending.length > 0 && this.pending[0]!.due <= end) {
      await this.advance(this.pending[0]!.due - this.current);
    }
  }
}

/**
 * `--instant`: virtual time that jumps ahead to each timer as soon as the event loop is free,
 * so the modem answers without the manual's delays while `now()` still moves by the modelled
 * amounts (a URC "after 2 s" is stamped 2 s later).
 */
export class InstantClock extends VirtualClock {
  private draining = false;
  /** How far virtual time runs ahead of the wall clock, from the delays skipped so far. */
  private skew = 0;

  now(): number {
    return Date.now() + this.skew;
  }

  protected onScheduled(): void {
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    const next = this.pending.shift();
    if (!next) {
      this.draining = false;
      return;
    }
    const late = next.due - this.now();
    if (late > 0) this.skew += late;
    next.fn();
    setImmediate(() => this.drain());
  }
}
