// Seed flow: the ZTE MF190 blog (shared/seeds/001), over the pty with pyserial, against the
// ZTE MF190 overlay profile: text-mode send, polling with AT+CMGL="ALL", push with +CMTI then
// AT+CMGR=<index>, freeing space with AT+CMGD=<index>,2.

import { afterEach, describe, expect, it } from 'vitest';
import { command, pyserialSession, requirePyserial, startPtySimulator, type PtySimulator } from './pty-simulator.js';

let sim: PtySimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('ZTE MF190 blog (seed 001)', () => {
  it('sends, polls, reacts to +CMTI, reads and frees', async () => {
    requirePyserial();
    sim = await startPtySimulator('zte-mf190');
    await sim.control.run('inject sms', { from: '+359882505000', text: 'CMD:connect' });
    const first = await pyserialSession(sim.path, [
      ...command('ATE0'),
      ...command('AT+CMGF=1'),
      { write: 'AT+CMGS="012345679"\r' },
      { expect: '> $' },
      { write: 'message text\x1a' },
      { expect: 'OK\\r\\n' },
      ...command('AT+CMGL="ALL"'),
    ]);
    expect(first[3]).toBe('\r\n+CMGS: 0\r\n\r\nOK\r\n');
    expect(first[4]).toMatch(/^\r\n\+CMGL: 0,"REC UNREAD","\+359882505000",,"\d\d\/\d\d\/\d\d,\d\d:\d\d:\d\d\+12"\r\nCMD:connect\r\n\r\nOK\r\n$/);
    expect((await sim.control.run('sms outbox')) as unknown[]).toMatchObject([{ to: '012345679', toa: 129, text: 'message text' }]);

    // Push: the client waits for +CMTI, then reads that index.
    const waiting = pyserialSession(sim.path, [{ expect: '\\+CMTI: "SM",1\\r\\n', timeout: 30 }, ...command('AT+CMGR=1'), ...command('AT+CMGD=1,2'), ...command('AT+CMGL="ALL"')]);
    await new Promise((r) => setTimeout(r, 1500));
    await sim.control.run('inject sms', { from: '+359882505000', text: 'CMD:status' });
    const push = await waiting;
    expect(push[0]).toContain('\r\n+CMTI: "SM",1\r\n');
    expect(push[1]).toMatch(/^\r\n\+CMGR: "REC UNREAD","\+359882505000",,"[^"]+"\r\nCMD:status\r\n\r\nOK\r\n$/);
    expect(push[2]).toBe('\r\nOK\r\n');
    expect(push[3]).toBe('\r\nOK\r\n'); // both messages were read, so <delflag> 2 removed them
  }, 120_000);
});
