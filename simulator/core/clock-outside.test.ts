// The clocks and outside work (real I/O of the module's data connections): virtual time does not
// jump ahead of it (simulator/core/clock.ts).

import { describe, expect, it } from 'vitest';
import { InstantClock, ManualClock, RealClock } from './clock.js';

function realWait(ms: number): Promise<string> {
  return new Promise((resolve) => setTimeout(() => resolve('done'), ms));
}

describe('outside work', () => {
  it('ManualClock.advance lets outside work settle before a timer fires', async () => {
    const clock = new ManualClock();
    const order: string[] = [];
    void clock.outside(realWait(30)).then(() => order.push('outside'));
    clock.setTimer(1000, () => order.push('timer'));
    expect(clock.outsidePending).toBe(1);
    await clock.advance(5000);
    expect(order).toEqual(['outside', 'timer']);
    expect(clock.outsidePending).toBe(0);
  });

  it('ManualClock gives up waiting after outsideWaitMs of real time', async () => {
    const clock = new ManualClock();
    clock.outsideWaitMs = 20;
    const order: string[] = [];
    void clock.outside(new Promise<void>(() => undefined)); // a peer that never answers
    clock.setTimer(1000, () => order.push('timer'));
    await clock.advance(1000);
    expect(order).toEqual(['timer']);
  });

  it('a rejected outside operation counts as settled', async () => {
    const clock = new ManualClock();
    await expect(clock.outside(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    await clock.advance(0);
    expect(clock.outsidePending).toBe(0);
  });

  it('InstantClock does not fire a timer before outside work settles (within the timer delay)', async () => {
    const clock = new InstantClock();
    const order: string[] = [];
    void clock.outside(realWait(40)).then(() => order.push('outside'));
    await new Promise<void>((resolve) => clock.setTimer(120_000, () => (order.push('timer'), resolve())));
    expect(order).toEqual(['outside', 'timer']);
  });

  it('InstantClock waits for stuck outside work at most the timer delay in real time', async () => {
    const clock = new InstantClock();
    void clock.outside(new Promise<void>(() => undefined));
    const start = Date.now();
    await new Promise<void>((resolve) => clock.setTimer(50, resolve));
    expect(Date.now() - start).toBeGreaterThanOrEqual(45);
  });

  it('RealClock passes the work through', async () => {
    await expect(new RealClock().outside(Promise.resolve(7))).resolves.toBe(7);
  });
});
