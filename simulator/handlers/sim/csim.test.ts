// AT+CSIM (§6.2.6): raw APDUs to the simulated UICC, T=0 semantics.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { fixtureSim } from '../../testing/manual-card.js';

async function modem(profile = SIM767XX): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0').toUpperCase();
}

function csim(apdu: string): string {
  return `AT+CSIM=${apdu.length},"${apdu}"`;
}

describe('AT+CSIM', () => {
  it('answers the GSM class with 6E00 (the manual) and reads EF_ICCID the T=0 way', async () => {
    const h = await modem();
    expect(await h.command(csim('A0F2000016'))).toBe('\r\n+CSIM: 4,"6E00"\r\n\r\nOK\r\n');
    // SELECT EF_ICCID (path from MF) with FCP: 61xx, then GET RESPONSE.
    expect(await h.command(csim('00A40804022FE2'))).toBe('\r\n+CSIM: 4,"6118"\r\n\r\nOK\r\n');
    // FCP (TS 102 221 §11.1.1.3): descriptor transparent, FID 2FE2, life cycle operational,
    // security attributes in EF_ARR record 1, size 10, SFI none.
    const fcp = '6216' + '82024121' + '83022FE2' + '8A0105' + '8B032F0601' + '8002000A' + '8800';
    expect(await h.command(csim('00C0000018'))).toBe(`\r\n+CSIM: ${fcp.length + 4},"${fcp}9000"\r\n\r\nOK\r\n`);
    expect(await h.command(csim('00B000000A'))).toBe('\r\n+CSIM: 24,"986830816720831690239000"\r\n\r\nOK\r\n');
    // Wrong Le: 6Cxx with the right one.
    expect(await h.command(csim('00B0000010'))).toBe('\r\n+CSIM: 4,"6C0A"\r\n\r\nOK\r\n');
  });

  it('selects the USIM by AID, protects EF_IMSI by the PIN and verifies PIN1', async () => {
    const h = await modem({ ...SIM767XX, sim: fixtureSim('pin-locked.json') });
    expect(await h.command(csim('00A4040C07A0000000871002'))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00A4000C026F07'))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00B0000009'))).toBe('\r\n+CSIM: 4,"6982"\r\n\r\nOK\r\n');
    // VERIFY without data asks for the tries left; a wrong PIN costs one.
    expect(await h.command(csim('0020000100'))).toBe('\r\n+CSIM: 4,"63C3"\r\n\r\nOK\r\n');
    expect(await h.command(csim('002000010830303030FFFFFFFF'))).toBe('\r\n+CSIM: 4,"63C2"\r\n\r\nOK\r\n');
    expect(await h.command('AT+SPIC')).toBe('\r\n+SPIC: 2,10,3,10\r\n\r\nOK\r\n');
    expect(await h.command(csim('002000010831323334FFFFFFFF'))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00B0000009'))).toBe('\r\n+CSIM: 22,"0829435110325476989000"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CPIN?')).toBe('\r\n+CPIN: READY\r\n\r\nOK\r\n');
  });

  it('reads and updates records, with the card\'s status words for what is not allowed', async () => {
    const h = await modem();
    expect(await h.command(csim('00A4080C047FFF6F40'))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    const record = '4F574E' + 'FF'.repeat(11) + '07' + '91' + '448790674523' + 'FF'.repeat(6);
    expect(record.length).toBe(56);
    expect(await h.command(csim(`00DC01041C${record}`))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00B201041C'))).toBe(`\r\n+CSIM: 60,"${record}9000"\r\n\r\nOK\r\n`);
    expect(await h.command(csim('00B203041C'))).toBe('\r\n+CSIM: 4,"6A83"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00B0000001'))).toBe('\r\n+CSIM: 4,"6981"\r\n\r\nOK\r\n');
    // EF_IMSI is ADM-protected for updates.
    expect(await h.command(csim('00A4080C047FFF6F07'))).toBe('\r\n+CSIM: 4,"9000"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00D6000001FF'))).toBe('\r\n+CSIM: 4,"6982"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00A4080C047FFF6FFF'))).toBe('\r\n+CSIM: 4,"6A82"\r\n\r\nOK\r\n');
    expect(await h.command(csim('00EE000000'))).toBe('\r\n+CSIM: 4,"6D00"\r\n\r\nOK\r\n');
    expect(await h.command(csim('80B0000001'))).toBe('\r\n+CSIM: 4,"6E00"\r\n\r\nOK\r\n');
    expect(await h.command(csim('01B0000001'))).toBe('\r\n+CSIM: 4,"6881"\r\n\r\nOK\r\n');
  });

  it('answers STATUS with the current directory\'s FCP', async () => {
    const h = await modem();
    const probe = await h.command(csim('80F2000000'));
    const size = /"6C([0-9A-F]{2})"/.exec(probe)?.[1];
    expect(size).toBeDefined();
    const out = await h.command(csim(`80F20000${size}`));
    // MF: descriptor DF (7821), FID 3F00, PIN status template with PIN2 enabled, PIN1 not.
    const body = '82027821' + '83023F00' + '8A0105' + '8B032F0601' + 'C609900140830101830181';
    const fcp = '62' + hex(body.length / 2) + body;
    expect(size).toBe(hex(fcp.length / 2));
    expect(out).toBe(`\r\n+CSIM: ${fcp.length + 4},"${fcp}9000"\r\n\r\nOK\r\n`);
  });

  it('refuses what the module does not pass to the card', async () => {
    const h = await modem();
    expect(await h.command('AT+CSIM=9,"A0F200001"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CSIM=12,"A0F2000016"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CSIM=10,"A0F20000ZZ"')).toBe('\r\n+CME ERROR: 50\r\n');
    // SIM Application Toolkit: TERMINAL PROFILE, ENVELOPE (the manual's note).
    expect(await h.command(csim('8010000001FF'))).toBe('\r\n+CME ERROR: 3\r\n');
    expect(await h.command(csim('80C2000001FF'))).toBe('\r\n+CME ERROR: 3\r\n');
    const empty = await modem({ ...SIM767XX, sim: null });
    expect(await empty.command(csim('A0F2000016'))).toBe('\r\n+CME ERROR: 10\r\n');
  });
});
