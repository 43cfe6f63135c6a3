import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function start() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  fileSystemOf(h.modem).write('C:/t1.txt', Buffer.from('Testcontent'));
  return h;
}

describe('AT+CFTRANTX (§11.2.2)', () => {
  it('sends the file after +CFTRANTX: DATA,<len>, then +CFTRANTX: 0', async () => {
    const h = await start();
    expect(await h.command('AT+CFTRANTX="c:/t1.txt"')).toBe('\r\n+CFTRANTX: DATA,11\r\nTestcontent\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",1,4')).toBe('\r\n+CFTRANTX: DATA,4\r\nestc\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",7')).toBe('\r\n+CFTRANTX: DATA,4\r\ntent\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",7,100')).toBe('\r\n+CFTRANTX: DATA,4\r\ntent\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",,3')).toBe('\r\n+CFTRANTX: DATA,3\r\nTes\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",11')).toBe('\r\n+CFTRANTX: 0\r\n\r\nOK\r\n');
  });

  it('without URCs in <transmode> 1: ">" and the bytes', async () => {
    const h = await start();
    expect(await h.command('AT+CFTRANTX="c:/t1.txt",0,10,1')).toBe('\r\n>Testconten\r\n\r\nOK\r\n');
  });

  it('sends binary exactly, in blocks of 2048 bytes', async () => {
    const h = await start();
    const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7) & 0xff));
    fileSystemOf(h.modem).write('D:/MyDir/bin', data, { parents: true });
    const out = Buffer.from(await h.command('AT+CFTRANTX="d:/mydir/bin"'), 'latin1');
    const blocks: Buffer[] = [];
    let at = 0;
    for (const len of [2048, 2048, 904]) {
      const header = Buffer.from(`${at === 0 ? '\r\n' : ''}+CFTRANTX: DATA,${len}\r\n`, 'latin1');
      expect(out.subarray(at, at + header.length).toString('latin1')).toBe(header.toString('latin1'));
      at += header.length;
      blocks.push(out.subarray(at, at + len));
      at += len + 2;
    }
    expect(Buffer.concat(blocks).equals(data)).toBe(true);
    expect(out.subarray(at).toString('latin1')).toBe('+CFTRANTX: 0\r\n\r\nOK\r\n');
  });

  it('answers ERROR for a relative path, a missing file, a location past the end', async () => {
    const h = await start();
    for (const bad of ['AT+CFTRANTX="t1.txt"', 'AT+CFTRANTX="c:/none"', 'AT+CFTRANTX="c:/t1.txt",12', 'AT+CFTRANTX="c:/t1.txt",0,1,2', 'AT+CFTRANTX=c:/t1.txt']) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
    fileSystemOf(h.modem).setSdCard(false);
    expect(await h.command('AT+CFTRANTX="d:/x"')).toBe('\r\nERROR\r\n');
  });
});
