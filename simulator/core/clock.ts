// The one injected clock. Every modelled delay (a command's response time, a URC after N
// seconds, registration after power-on, the +++ guard time) goes through a Clock, so tests run
// on a ManualClock in microseconds, the CLI on real time, and `--instant` without the delays.
//
// Contract: `now()` is virtual time in milliseconds since the Unix epoch. `setTimer` calls `fn`
// once, `ms` (>= 0) later in virtual time; timers due at the same instant fire in the order they
// were set. `sleep(ms)` is a promise over setTimer. Only this file touches real timers.
//
// Work outside the simulator: the module's data connections use real sockets of the host (a
// connect, a DNS lookup, a bind), which take real time. `outside(work)` declares such work in
// flight, and virtual time does not jump ahead of it: a ManualClock's advance() first lets it
// settle (up to `outsideWaitMs` of real time, for a peer that never answers), and an
// InstantClock does not fire a timer before the work settled or the timer's own delay passed in
// real time (instant replies skip the module's modelled delays, never the outside world's). So
// a 120 s connect timeout cannot beat a connect to a server on loopback.
//
// Waiting for the DTE: a data prompt with a time limit (AT+CFTRANRX, AT+HTTPDATA...) waits for
// bytes a real program sends at its own pace. `awaitingDte(input)` declares that wait; only an
// InstantClock acts on it, as on outside work (the limit runs in real time, not skipped). A
// ManualClock leaves it to the test, which sends the bytes and moves time itself.

export interface TimerHandle {
  readonly id: number;
}

export interface Clock {
  now(): number;
  setTimer(ms: number, fn: () => void): TimerHandle;
  clearTimer(handle: TimerHandle | undefined): void;
  sleep(ms: number): Promise<void>;
  /** Declares real I/O in flight (see the file comment); returns `work` itself. */
  outside<T>(work: Promise<T>): Promise<T>;
  /** Declares a wait for the DTE's bytes (see the file comment); returns `input` itself. */
  awaitingDte<T>(input: Promise<T>): Promise<T>;
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

  outside<T>(work: Promise<T>): Promise<T> {
    return work;
  }

  awaitingDte<T>(input: Promise<T>): Promise<T> {
    return input;
  }
}

interface PendingTimer {
  id: number;
  due: number;
  seq: number;
  fn: () => void;
  /** Real time (Date.now()) when it was set, and its delay: an InstantClock waits on outside work at most that long. */
  setAtReal: number;
  delayMs: number;
}

/** Resolves after `ms` of real time. */
function realDelay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Base of the two virtual clocks: an ordered timer queue over virtual time. */
abstract class VirtualClock implements Clock {
  protected readonly pending: PendingTimer[] = [];
  /** Outside work in flight (see `outside`). */
  protected readonly inFlight = new Set<Promise<unknown>>();
  private nextId = 1;
  private seq = 0;

  abstract now(): number;

  outside<T>(work: Promise<T>): Promise<T> {
    const tracked: Promise<unknown> = work.then(
      () => undefined,
      () => undefined,
    );
    this.inFlight.add(tracked);
    void tracked.then(() => this.inFlight.delete(tracked));
    return work;
  }

  awaitingDte<T>(input: Promise<T>): Promise<T> {
    return input;
  }

  /** How many outside operations are in flight. */
  get outsidePending(): number {
    return this.inFlight.size;
  }

  /** Resolves when no outside work is in flight, or after `maxRealMs` of real time. */
  async outsideSettled(maxRealMs: number): Promise<void> {
    if (this.inFlight.size === 0) return;
    let expired = false;
    const timeout = realDelay(maxRealMs).then(() => {
      expired = true;
    });
    while (this.inFlight.size > 0 && !expired) {
      await Promise.race([Promise.all([...this.inFlight]), timeout]);
      await settle();
    }
  }

  setTimer(ms: number, fn: () => void): TimerHandle {
    const timer: PendingTimer = { id: this.nextId++, due: this.now() + Math.max(0, ms), seq: this.seq++, fn, setAtReal: Date.now(), delayMs: Math.max(0, ms) };
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
  /** Real time advance() waits at most for outside work before time moves on. */
  outsideWaitMs = 2000;

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
      await this.outsideSettled(this.outsideWaitMs);
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

  /** The DTE types in real time: its wait counts as outside work (see the file comment). */
  override awaitingDte<T>(input: Promise<T>): Promise<T> {
    return this.outside(input);
  }

  protected onScheduled(): void {
    if (this.draining) return;
    this.draining = true;
    setImmediate(() => this.drain());
  }

  private drain(): void {
    const next = this.pending[0];
    if (!next) {
      this.draining = false;
      return;
    }
    if (this.inFlight.size > 0) {
      // Outside work in flight: the timer waits for it, at most its own delay in real time.
      const left = next.delayMs - (Date.now() - next.setAtReal);
      if (left > 0) {
        void this.outsideSettled(left).then(() => setImmediate(() => this.drain()));
        return;
      }
    }
    this.pending.shift();
    const late = next.due - this.now();
    if (late > 0) this.skew += late;
    next.fn();
    setImmediate(() => this.drain());
  }
}
