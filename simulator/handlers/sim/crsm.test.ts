// AT+CRSM (§6.2.7): the module's restricted access, file IDs in decimal, SW1/SW2 in decimal.

import { describe, expect, it } from 'vitest';
import { SIM767XX } from '../../profiles/index.js';
import { ModemHarness } from '../../testing/harness.js';
import { fixtureSim, MANUAL_CARD } from '../../testing/manual-card.js';

async function modem(sim = MANUAL_CARD): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile: { ...SIM767XX, sim } });
  await h.command('ATE0');
  await h.command('AT+CMEE=1');
  return h;
}

const ok = (line: string) => `\r\n${line}\r\n\r\nOK\r\n`;

describe('AT+CRSM', () => {
  it('reads the files firmware reads: ICCID, IMSI, SPN, AD, SMSP', async () => {
    const h = await modem();
    expect(await h.command('AT+CRSM=176,12258,0,0,10')).toBe(ok('+CRSM: 144,0,"98683081672083169023"'));
    expect(await h.command('AT+CRSM=176,28423,0,0,9')).toBe(ok('+CRSM: 144,0,"084906102022201833"'));
    // EF_SPN: display condition 01, "China Telecom" in the GSM alphabet, FF padding.
    expect(await h.command('AT+CRSM=176,28486,0,0,17')).toBe(ok('+CRSM: 144,0,"014368696E612054656C65636F6DFFFFFF"'));
    expect(await h.command('AT+CRSM=176,28589,0,0,4')).toBe(ok('+CRSM: 144,0,"00000002"'));
    // P3 0: the whole file.
    expect(await h.command('AT+CRSM=176,28589,0,0,0')).toBe(ok('+CRSM: 144,0,"00000002"'));
    // Offset and length.
    expect(await h.command('AT+CRSM=176,28423,0,1,3')).toBe(ok('+CRSM: 144,0,"490610"'));
    // EF_SMSP record 1: the service centre +8613800230500 at bytes 26-37 (TS 31.102 §4.2.27).
    const smsp = await h.command('AT+CRSM=178,28482,1,4,40');
    expect(smsp).toBe(ok(`+CRSM: 144,0,"${'FF'.repeat(12)}FD${'FF'.repeat(12)}0891683108200305F0FFFFFFFFFFFF"`));
  });

  it('answers with status words for what the card refuses', async () => {
    const h = await modem(fixtureSim('pin-locked.json'));
    // EF_IMSI before the PIN: security status not satisfied; the ICCID is free to read.
    expect(await h.command('AT+CRSM=176,28423,0,0,9')).toBe(ok('+CRSM: 105,130,""'));
    expect(await h.command('AT+CRSM=176,12258,0,0,10')).toBe(ok('+CRSM: 144,0,"984405102091384028F6"'));
    await h.command('AT+CPIN="1234"');
    h.take();
    expect(await h.command('AT+CRSM=176,28423,0,0,9')).toBe(ok('+CRSM: 144,0,"082943511032547698"'));
    expect(await h.command('AT+CRSM=176,28671,0,0,1')).toBe(ok('+CRSM: 106,130,""'));
    expect(await h.command('AT+CRSM=176,28423,0,12,1')).toBe(ok('+CRSM: 107,0,""'));
    expect(await h.command('AT+CRSM=176,28423,0,5,9')).toBe(ok('+CRSM: 98,130,"32547698"'));
    expect(await h.command('AT+CRSM=178,28423,1,4,9')).toBe(ok('+CRSM: 105,129,""'));
    expect(await h.command('AT+CRSM=178,28480,3,4,28')).toBe(ok('+CRSM: 106,131,""'));
    expect(await h.command('AT+CRSM=214,28423,0,0,1,"FF"')).toBe(ok('+CRSM: 105,130,""'));
    expect(await h.command('AT+CRSM=203,28423')).toBe(ok('+CRSM: 105,129,""'));
  });

  it('updates what the PIN allows: forbidden PLMNs cleared, written back', async () => {
    const h = await modem({ ...MANUAL_CARD, forbiddenPlmns: ['46002', '46003'] });
    expect(await h.command('AT+CRSM=176,28539,0,0,12')).toBe(ok('+CRSM: 144,0,"64F02064F030FFFFFFFFFFFF"'));
    expect(await h.command('AT+CRSM=214,28539,0,0,12,"FFFFFFFFFFFFFFFFFFFFFFFF"')).toBe(ok('+CRSM: 144,0,""'));
    // EF_MSISDN record 1: no name, +8613800230500 (length 8, international, BCD, padding).
    const msisdn = 'FF'.repeat(14) + '0891' + '683108200305F0' + 'FFFFFF' + 'FFFF';
    expect(await h.command('AT+CRSM=176,28539,0,0,12')).toBe(ok('+CRSM: 144,0,"FFFFFFFFFFFFFFFFFFFFFFFF"'));
    expect(await h.command(`AT+CRSM=220,28480,1,4,28,"${msisdn}"`)).toBe(ok('+CRSM: 144,0,""'));
    expect(await h.command('AT+CRSM=178,28480,1,4,28')).toBe(ok(`+CRSM: 144,0,"${msisdn}"`));
  });

  it('answers GET RESPONSE and STATUS in the TS 51.011 layout the manual shows', async () => {
    const h = await modem();
    expect(await h.command('AT+CRSM=242')).toBe(ok('+CRSM: 144,0,"000000003F00040000FFBB01020000"'));
    // EF_IMSI: 9 bytes, transparent, READ PIN1 / UPDATE ADM.
    expect(await h.command('AT+CRSM=192,28423')).toBe(ok('+CRSM: 144,0,"000000096F0704001BFFBB01020000"'));
    // EF_ACM: cyclic, 5 records of 3 bytes, INCREASE allowed (PIN1).
    expect(await h.command('AT+CRSM=192,28473,0,0,15')).toBe(ok('+CRSM: 144,0,"0000000F6F390440121FBB01020303"'));
    // STATUS now names the USIM directory the last access selected.
    expect(await h.command('AT+CRSM=242')).toBe(ok('+CRSM: 144,0,"000000007FFF040000FFBB01020000"'));
  });

  it('refuses malformed commands', async () => {
    const h = await modem();
    expect(await h.command('AT+CRSM=176')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM=177,28423,0,0,9')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM=176,28423,0,0,300')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM=214,28539,0,0,2,"FF"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM=214,28539,0,0,1')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM=214,28539,0,0,1,"XY"')).toBe('\r\n+CME ERROR: 50\r\n');
    expect(await h.command('AT+CRSM="176"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CRSM=')).toBe('\r\nERROR\r\n');
    const empty = await ModemHarness.start({ profile: { ...SIM767XX, sim: null } });
    await empty.command('ATE0');
    await empty.command('AT+CMEE=1');
    expect(await empty.command('AT+CRSM=242')).toBe('\r\n+CME ERROR: 10\r\n');
  });
});
