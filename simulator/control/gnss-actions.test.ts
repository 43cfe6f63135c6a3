// GNSS control actions: checked parameters, and what they change.

import { describe, expect, it } from 'vitest';
import { ControlError } from './action.js';
import { ModemControl } from './control.js';
import { ModemHarness } from '../testing/harness.js';

describe('GNSS control actions', () => {
  it('set position / set track / set sky / set agnss check their parameters', async () => {
    const h = await ModemHarness.start();
    const c = new ModemControl(h.modem);
    await expect(c.run('set position', { lat: 91, lon: 0 })).rejects.toThrow(ControlError);
    await expect(c.run('set position', { lat: 0 })).rejects.toThrow(/--lon/);
    await expect(c.run('set track', { json: '[]' })).rejects.toThrow(/non-empty/);
    await expect(c.run('set track', { json: '[{"lat":0,"lon":200}]' })).rejects.toThrow(/waypoint 1: "lon"/);
    await expect(c.run('set sky', { attenuation: 99 })).rejects.toThrow(/--attenuation/);
    await expect(c.run('set agnss', { port: 0 })).rejects.toThrow(/--port/);
    await expect(c.run('set agnss', { path: 'x' })).rejects.toThrow(/--path/);
  });

  it('gnss status reports the receiver and the world from a shell-like call (strings coerced)', async () => {
    const h = await ModemHarness.start();
    const c = new ModemControl(h.modem);
    await c.run('set position', { lat: '48.8584', lon: '2.2945', alt: '35', speed: '3.6', course: '45' });
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    const s = (await c.run('gnss status')) as { engine: { status: string }; position: { lat: number; speedMps: number }; cgnssinfo: string };
    expect(s.engine.status).toBe('running');
    expect(s.position.lat).toBe(48.8584);
    expect(s.position.speedMps).toBeCloseTo(1, 9);
    expect(s.cgnssinfo).toMatch(/^\+CGNSSINFO: 3,\d\d,\d\d,\d\d,\d\d,48\.858400,N,002\.294500,E,/);
  });
});
