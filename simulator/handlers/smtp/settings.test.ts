// The commands of chapter 22 that compose the mail and its settings: exact answers, defaults,
// clearing, bad input, and that nothing survives a power cycle (Parameter Saving Mode "-").

import { describe, expect, it } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import { ModemHarness } from '../../testing/harness.js';

async function modem(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

async function prompt(h: ModemHarness, line: string, data: string | Buffer): Promise<string> {
  h.take();
  h.send(`${line}\r`);
  await h.settle();
  h.send(data);
  await h.finish();
  return h.take();
}

const OK = '\r\nOK\r\n';
const ERROR = '\r\nERROR\r\n';

describe('AT+CSMTPSCFG', () => {
  it('reads, sets and resets the SSL and PDP contexts', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSCFG=?')).toBe(OK);
    expect(await h.command('AT+CSMTPSCFG="sslCtxId"')).toBe('\r\n+CSMTPSCFG: "sslCtxId",0\r\n' + OK);
    expect(await h.command('AT+CSMTPSCFG="pdpCtxId"')).toBe('\r\n+CSMTPSCFG: "pdpCtxId",1\r\n' + OK);
    expect(await h.command('AT+CSMTPSCFG="sslCtxId",9')).toBe(OK);
    expect(await h.command('AT+CSMTPSCFG="CID",2')).toBe(OK);
    expect(await h.command('AT+CSMTPSCFG="sslctxid"')).toBe('\r\n+CSMTPSCFG: "sslCtxId",9\r\n' + OK);
    expect(await h.command('AT+CSMTPSCFG="pdpCtxId"')).toBe('\r\n+CSMTPSCFG: "pdpCtxId",2\r\n' + OK);
    expect(await h.command('AT+CSMTPSCFG')).toBe(OK);
    expect(await h.command('AT+CSMTPSCFG="sslCtxId"')).toBe('\r\n+CSMTPSCFG: "sslCtxId",0\r\n' + OK);
    expect(await h.command('AT+CSMTPSCFG="CID"')).toBe('\r\n+CSMTPSCFG: "CID",1\r\n' + OK);
  });

  it('refuses contexts out of range and unknown keywords', async () => {
    const h = await modem();
    for (const line of ['AT+CSMTPSCFG="sslCtxId",10', 'AT+CSMTPSCFG="pdpCtxId",0', 'AT+CSMTPSCFG="CID",16', 'AT+CSMTPSCFG="ctx",1', 'AT+CSMTPSCFG=1']) {
      expect(await h.command(line), line).toBe(ERROR);
    }
  });
});

describe('AT+CSMTPSSRV', () => {
  it('sets the server, defaults the type to 2, clears to "",465,2', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSSRV?')).toBe('\r\n+CSMTPSSRV: "",465,2\r\n' + OK);
    expect(await h.command('AT+CSMTPSSRV="10.0.0.1",25,1')).toBe(OK);
    expect(await h.command('AT+CSMTPSSRV?')).toBe('\r\n+CSMTPSSRV: "10.0.0.1",25,1\r\n' + OK);
    expect(await h.command('AT+CSMTPSSRV="mail.example.com",587')).toBe(OK);
    expect(await h.command('AT+CSMTPSSRV?')).toBe('\r\n+CSMTPSSRV: "mail.example.com",587,2\r\n' + OK);
    expect(await h.command('AT+CSMTPSSRV')).toBe(OK);
    expect(await h.command('AT+CSMTPSSRV?')).toBe('\r\n+CSMTPSSRV: "",465,2\r\n' + OK);
  });

  it('refuses an empty server, ports and types out of range, a server longer than 127', async () => {
    const h = await modem();
    for (const line of ['AT+CSMTPSSRV="",25', 'AT+CSMTPSSRV="a",0', 'AT+CSMTPSSRV="a",65536', 'AT+CSMTPSSRV="a",25,4', 'AT+CSMTPSSRV="a"', `AT+CSMTPSSRV="${'a'.repeat(128)}",25`]) {
      expect(await h.command(line), line).toBe(ERROR);
    }
    expect(await h.command(`AT+CSMTPSSRV="${'a'.repeat(127)}",25`)).toBe(OK);
  });
});

describe('AT+CSMTPSAUTH', () => {
  it('takes a user and password with flag 1, forgets them with flag 0 or the execute form', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSAUTH=?')).toBe('\r\n+CSMTPSAUTH: (0,1)\r\n' + OK);
    expect(await h.command('AT+CSMTPSAUTH=1,"u","p"')).toBe(OK);
    expect(await h.command('AT+CSMTPSAUTH?')).toBe('\r\n+CSMTPSAUTH: 1,"u","p"\r\n' + OK);
    expect(await h.command('AT+CSMTPSAUTH=0')).toBe(OK);
    expect(await h.command('AT+CSMTPSAUTH?')).toBe('\r\n+CSMTPSAUTH: 0,"",""\r\n' + OK);
    expect(await h.command('AT+CSMTPSAUTH=1,"u",""')).toBe(OK);
    expect(await h.command('AT+CSMTPSAUTH')).toBe(OK);
    expect(await h.command('AT+CSMTPSAUTH?')).toBe('\r\n+CSMTPSAUTH: 0,"",""\r\n' + OK);
  });

  it('refuses flag 0 with credentials, flag 1 without, an empty user', async () => {
    const h = await modem();
    for (const line of ['AT+CSMTPSAUTH=0,"u","p"', 'AT+CSMTPSAUTH=1', 'AT+CSMTPSAUTH=1,"u"', 'AT+CSMTPSAUTH=1,"","p"', 'AT+CSMTPSAUTH=2,"u","p"']) {
      expect(await h.command(line), line).toBe(ERROR);
    }
  });
});

describe('AT+CSMTPSFROM', () => {
  it('sets the sender with or without a name, clears it', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSFROM="a@b.c"')).toBe(OK);
    expect(await h.command('AT+CSMTPSFROM?')).toBe('\r\n+CSMTPSFROM: "a@b.c",""\r\n' + OK);
    expect(await h.command('AT+CSMTPSFROM=""')).toBe(ERROR);
    expect(await h.command(`AT+CSMTPSFROM="a@b.c","${'n'.repeat(64)}"`)).toBe(ERROR);
    expect(await h.command('AT+CSMTPSFROM')).toBe(OK);
    expect(await h.command('AT+CSMTPSFROM?')).toBe('\r\n+CSMTPSFROM: "",""\r\n' + OK);
  });
});

describe('AT+CSMTPSRCPT', () => {
  it('sets recipients by kind and index, lists them in that order, clears one, a kind, all', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSRCPT=?')).toBe('\r\n+CSMTPSRCPT: (0-2),(0-4)\r\n' + OK);
    expect(await h.command('AT+CSMTPSRCPT?')).toBe(OK);
    await h.command('AT+CSMTPSRCPT=2,4,"bcc@x"');
    await h.command('AT+CSMTPSRCPT=0,1,"to1@x","One"');
    await h.command('AT+CSMTPSRCPT=0,0,"to0@x"');
    await h.command('AT+CSMTPSRCPT=1,2,"cc@x","Cee"');
    expect(await h.command('AT+CSMTPSRCPT?')).toBe(
      '\r\n+CSMTPSRCPT: 0,0,"to0@x",""\r\n+CSMTPSRCPT: 0,1,"to1@x","One"\r\n+CSMTPSRCPT: 1,2,"cc@x","Cee"\r\n+CSMTPSRCPT: 2,4,"bcc@x",""\r\n' + OK,
    );
    expect(await h.command('AT+CSMTPSRCPT=0,1,"new@x"')).toBe(OK);
    expect(await h.command('AT+CSMTPSRCPT=0,0')).toBe(OK);
    expect(await h.command('AT+CSMTPSRCPT?')).toBe('\r\n+CSMTPSRCPT: 0,1,"new@x",""\r\n+CSMTPSRCPT: 1,2,"cc@x","Cee"\r\n+CSMTPSRCPT: 2,4,"bcc@x",""\r\n' + OK);
    expect(await h.command('AT+CSMTPSRCPT=1')).toBe(OK);
    expect(await h.command('AT+CSMTPSRCPT?')).toBe('\r\n+CSMTPSRCPT: 0,1,"new@x",""\r\n+CSMTPSRCPT: 2,4,"bcc@x",""\r\n' + OK);
    expect(await h.command('AT+CSMTPSRCPT')).toBe(OK);
    expect(await h.command('AT+CSMTPSRCPT?')).toBe(OK);
  });

  it('refuses kinds and indexes out of range, an empty address, a name without an address', async () => {
    const h = await modem();
    for (const line of ['AT+CSMTPSRCPT=3,0,"a@x"', 'AT+CSMTPSRCPT=0,5,"a@x"', 'AT+CSMTPSRCPT=0,0,""', 'AT+CSMTPSRCPT=0,0,,"name"', `AT+CSMTPSRCPT=0,0,"${'a'.repeat(128)}"`]) {
      expect(await h.command(line), line).toBe(ERROR);
    }
  });
});

describe('AT+CSMTPSSUB and AT+CSMTPSBODY', () => {
  it('take exactly the announced bytes at the prompt, any bytes, and print them back', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSSUB?')).toBe('\r\n+CSMTPSSUB: 0,"UTF-8"\r\n' + OK);
    expect(await prompt(h, 'AT+CSMTPSSUB=6,"iso-8859-1"', Buffer.from([0x41, 0x0d, 0x0a, 0x1a, 0x1b, 0xe9]))).toBe('\r\n> \r\nOK\r\n');
    expect(await h.command('AT+CSMTPSSUB?')).toBe('\r\n+CSMTPSSUB: 6,"iso-8859-1"\r\nA\r\n\x1a\x1b\xe9\r\n' + OK);
    expect(await h.command('AT+CSMTPSSUB')).toBe(OK);
    expect(await h.command('AT+CSMTPSSUB?')).toBe('\r\n+CSMTPSSUB: 0,"UTF-8"\r\n' + OK);
    expect(await h.command('AT+CSMTPSBODY?')).toBe('\r\n+CSMTPSBODY: 0\r\n' + OK);
    expect(await prompt(h, 'AT+CSMTPSBODY=3', 'abc')).toBe('\r\n> \r\nOK\r\n');
    expect(await h.command('AT+CSMTPSBODY?')).toBe('\r\n+CSMTPSBODY: 3\r\nabc\r\n' + OK);
    expect(await h.command('AT+CSMTPSBODY')).toBe(OK);
    expect(await h.command('AT+CSMTPSBODY?')).toBe('\r\n+CSMTPSBODY: 0\r\n' + OK);
  });

  it('refuse lengths out of range and character sets that cannot label a header', async () => {
    const h = await modem();
    for (const line of ['AT+CSMTPSSUB=0', 'AT+CSMTPSSUB=512', 'AT+CSMTPSSUB=5,"utf 8"', 'AT+CSMTPSSUB=5,""', 'AT+CSMTPSBODY=0', 'AT+CSMTPSBODY=5121', 'AT+CSMTPSBODY="5"']) {
      expect(await h.command(line), line).toBe(ERROR);
    }
    expect(await prompt(h, 'AT+CSMTPSBODY=5120', 'x'.repeat(5120))).toBe('\r\n> \r\nOK\r\n');
    expect(await prompt(h, 'AT+CSMTPSSUB=511', 's'.repeat(511))).toBe('\r\n> \r\nOK\r\n');
  });
});

describe('AT+CSMTPSBCH', () => {
  it('sets the body character set, back to utf-8 by the execute form', async () => {
    const h = await modem();
    expect(await h.command('AT+CSMTPSBCH?')).toBe('\r\n+CSMTPSBCH: "utf-8"\r\n' + OK);
    expect(await h.command('AT+CSMTPSBCH="ISO-8859-15"')).toBe(OK);
    expect(await h.command('AT+CSMTPSBCH?')).toBe('\r\n+CSMTPSBCH: "ISO-8859-15"\r\n' + OK);
    expect(await h.command(`AT+CSMTPSBCH="${'a'.repeat(20)}"`)).toBe(ERROR);
    expect(await h.command('AT+CSMTPSBCH=""')).toBe(ERROR);
    expect(await h.command('AT+CSMTPSBCH')).toBe(OK);
    expect(await h.command('AT+CSMTPSBCH?')).toBe('\r\n+CSMTPSBCH: "utf-8"\r\n' + OK);
  });
});

describe('AT+CSMTPSFILE', () => {
  it('selects files by name or path, lists full paths and sizes, clears one or all', async () => {
    const h = await modem();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/a.txt', Buffer.from('12345'));
    fs.write('D:/dir/b.bin', Buffer.alloc(1000), { parents: true });
    expect(await h.command('AT+CSMTPSFILE=?')).toBe('\r\n+CSMTPSFILE: (1-10)\r\n' + OK);
    expect(await h.command('AT+CSMTPSFILE?')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE=3,"a.txt"')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE=1,"D:/dir/b.bin"')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE?')).toBe('\r\n+CSMTPSFILE: 1,"D:/dir/b.bin",1000\r\n+CSMTPSFILE: 3,"C:/a.txt",5\r\n' + OK);
    expect(await h.command('AT+CSMTPSFILE=3')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE?')).toBe('\r\n+CSMTPSFILE: 1,"D:/dir/b.bin",1000\r\n' + OK);
    expect(await h.command('AT+CSMTPSFILE')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE?')).toBe(OK);
  });

  it('refuses a missing file or a directory (609), a second file of the same name (604), more than 10 MB (603)', async () => {
    const h = await modem();
    const fs = fileSystemOf(h.modem);
    fs.write('C:/a.txt', Buffer.from('x'));
    fs.write('D:/a.txt', Buffer.from('y'));
    fs.mkdir('D:/dir');
    fs.write('D:/big1.bin', Buffer.alloc(6 * 1024 * 1024));
    fs.write('D:/big2.bin', Buffer.alloc(4 * 1024 * 1024 + 1));
    expect(await h.command('AT+CSMTPSFILE=1,"nothere.txt"')).toBe('\r\n+CSMTPS: 609\r\n' + ERROR);
    expect(await h.command('AT+CSMTPSFILE=1,"D:/dir"')).toBe('\r\n+CSMTPS: 609\r\n' + ERROR);
    expect(await h.command('AT+CSMTPSFILE=1,"C:/a.txt"')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE=2,"D:/a.txt"')).toBe('\r\n+CSMTPS: 604\r\n' + ERROR);
    expect(await h.command('AT+CSMTPSFILE=1,"D:/a.txt"')).toBe(OK); // the same index is replaced
    expect(await h.command('AT+CSMTPSFILE=2,"D:/big1.bin"')).toBe(OK);
    expect(await h.command('AT+CSMTPSFILE=3,"D:/big2.bin"')).toBe('\r\n+CSMTPS: 603\r\n' + ERROR);
    expect(await h.command('AT+CSMTPSFILE=11,"C:/a.txt"')).toBe(ERROR);
    expect(await h.command('AT+CSMTPSFILE?')).toBe('\r\n+CSMTPSFILE: 1,"D:/a.txt",1\r\n+CSMTPSFILE: 2,"D:/big1.bin",6291456\r\n' + OK);
  });
});

describe('AT+CSMTPSCLEAN and power cycles', () => {
  const compose = async (h: ModemHarness) => {
    fileSystemOf(h.modem).write('C:/f.txt', Buffer.from('f'));
    for (const line of ['AT+CSMTPSCFG="sslCtxId",2', 'AT+CSMTPSSRV="s",25,3', 'AT+CSMTPSAUTH=1,"u","p"', 'AT+CSMTPSFROM="a@b"', 'AT+CSMTPSRCPT=0,0,"c@d"', 'AT+CSMTPSBCH="x"', 'AT+CSMTPSFILE=1,"f.txt"']) {
      expect(await h.command(line), line).toBe(OK);
    }
    await prompt(h, 'AT+CSMTPSSUB=1', 's');
    await prompt(h, 'AT+CSMTPSBODY=1', 'b');
  };
  const fresh =
    '+CSMTPSCFG: "sslCtxId",0|+CSMTPSSRV: "",465,2|+CSMTPSAUTH: 0,"",""|+CSMTPSFROM: "",""||+CSMTPSSUB: 0,"UTF-8"|+CSMTPSBODY: 0|+CSMTPSBCH: "utf-8"|';
  const readAll = async (h: ModemHarness) => {
    const out: string[] = [];
    for (const line of ['AT+CSMTPSCFG="sslCtxId"', 'AT+CSMTPSSRV?', 'AT+CSMTPSAUTH?', 'AT+CSMTPSFROM?', 'AT+CSMTPSRCPT?', 'AT+CSMTPSSUB?', 'AT+CSMTPSBODY?', 'AT+CSMTPSBCH?', 'AT+CSMTPSFILE?']) {
      out.push((await h.command(line)).replace(/\r\nOK\r\n$/, '').trim());
    }
    return out.join('|');
  };

  it('AT+CSMTPSCLEAN gives every value of a fresh module back', async () => {
    const h = await modem();
    await compose(h);
    expect(await readAll(h)).not.toBe(fresh);
    expect(await h.command('AT+CSMTPSCLEAN')).toBe(OK);
    expect(await readAll(h)).toBe(fresh);
  });

  it('nothing is kept across a restart (saving mode "-")', async () => {
    const h = await modem();
    await compose(h);
    h.modem.powerOff();
    h.modem.powerOn({ immediate: true });
    await h.settle();
    await h.command('ATE0');
    expect(await readAll(h)).toBe(fresh);
  });
});
