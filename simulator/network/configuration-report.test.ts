// The network settings in AT&V (manual §2.2.7).

import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';

describe('AT&V', () => {
  it('lists +CREG, +CEREG, +CGEREP, +CFUN and the contexts in the example\'s shapes', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0;+CEREG=1;+CGEREP=1;+CGDCONT=1,"IP","cmnet";+CGDCONT=2,"IP","x"');
    const out = await h.command('AT&V');
    // In the order of the manual's example, between the other subsystems' settings.
    expect(out).toContain('; +CREG: 0; +CEREG: 1; ');
    expect(out).toMatch(/; \+CGEREP: \(1,0\); \+CMEE: 2; \+CFUN: 1; /);
    expect(out).toContain('; +CGAUTH: 1,0,"",""; +CGAUTH: 2,0,"",""; +CGACT: 1,1; +CGACT: 2,0; +CGDCONT: 1,"IP","cmnet","10.83.214.110",,,,,,; +CGDCONT: 2,"IP","x","",,,,,,;\r\n');
  });
});
