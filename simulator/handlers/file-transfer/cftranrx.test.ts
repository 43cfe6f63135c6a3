import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function start() {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

/** Sends the command, answers the prompt with `data`, returns everything printed. */
async function upload(h: ModemHarness, line: string, data: Buffer | string): Promise<string> {
  h.take();
  h.send(line + '\r');
  await h.settle();
  const prompt = h.take();
  h.send(data);
  await h.finish();
  return prompt + h.take();
}

describe('AT+CFTRANRX (§11.2.1)', () => {
  it('takes exactly <len> bytes after ">", binary, and keeps them', async () => {
    const h = await start();
    const data = Buffer.from([0x00, 0x1a, 0x1b, 0x0d, 0x0a, 0x2b, 0x2b, 0x2b, 0xff, 0x41]);
    expect(await upload(h, 'AT+CFTRANRX="c:/t1.txt",10', data)).toBe('\r\n> \r\nOK\r\n');
    expect(fileSystemOf(h.modem).read('C:/t1.txt')).toEqual({ ok: true, value: data });
  });

  it('writes at <location>, over the file and growing it', async () => {
    const h = await start();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/t2.txt', Buffer.from('0123456789'));
    expect(await upload(h, 'AT+CFTRANRX="C:/t2.txt",10,10', 'abcdefghij')).toBe('\r\n> \r\nOK\r\n');
    expect(await upload(h, 'AT+CFTRANRX="C:/t2.txt",2,0', 'XY')).toBe('\r\n> \r\nOK\r\n');
    expect(fs.read('C:/t2.txt')).toEqual({ ok: true, value: Buffer.from('XY23456789abcdefghij') });
    expect(await h.command('AT+CFTRANRX="C:/t2.txt",1,21')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CFTRANRX="C:/new.txt",1,5')).toBe('\r\nERROR\r\n');
    expect(await upload(h, 'AT+CFTRANRX="C:/new.txt",1,0', 'n')).toBe('\r\n> \r\nOK\r\n');
  });

  it('answers ERROR before ">" for what it cannot write', async () => {
    const h = await start();
    fileSystemOf(h.modem).write('C:/exists', Buffer.from('x'));
    for (const bad of [
      'AT+CFTRANRX="exists",1', // not a full path
      'AT+CFTRANRX="C:/exists",1', // the file exists (note 1)
      'AT+CFTRANRX="D:/x.txt",1', // "Support C:"
      'AT+CFTRANRX="C:/nodir/x.txt",1',
      'AT+CFTRANRX="C:/.x",1',
      'AT+CFTRANRX={non-ascii}"433A2FE6B58B2E747874",3', // C:/测.txt: no non-ASCII names (note 3)
      'AT+CFTRANRX="C:/x",0',
      'AT+CFTRANRX=C:/x,1',
      'AT+CFTRANRX="C:/big",9146881', // one byte more than C: has free
    ]) {
      expect(await h.command(bad), bad).toBe('\r\nERROR\r\n');
    }
  });

  it('answers ERROR after ">" when the data does not come, keeping nothing', async () => {
    const h = await start();
    h.send('AT+CFTRANRX="C:/slow",100\r');
    await h.settle();
    h.send('only some');
    await h.settle();
    expect(h.take()).toBe('\r\n> ');
    await h.advance(10_199);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\nERROR\r\n');
    expect(fileSystemOf(h.modem).exists('C:/slow')).toBe(false);
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
  });
});
