// The V.250 / manual §1.5 engine end to end: bytes in, bytes out, on a manual clock.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModemHarness } from '../testing/harness.js';
import { reply, type CommandHandler, type DataSink } from './handler.js';
import { OK } from './result.js';
import { MAX_COMMAND_LINE } from './line-assembler.js';

describe('command line rules', () => {
  it('answers AT with the echo and OK, framed by CR LF', async () => {
    const h = await ModemHarness.start();
    expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
    expect(await h.command('at')).toBe('at\r\r\nOK\r\n');
  });

  it('stops echoing after ATE0 and resumes after ATE1', async () => {
    const h = await ModemHarness.start();
    expect(await h.command('ATE0')).toBe('ATE0\r\r\nOK\r\n');
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
    expect(await h.command('ATE1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT')).toBe('AT\r\r\nOK\r\n');
  });

  it('uses numeric result codes under ATV0', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('ATV0')).toBe('0\r');
    expect(await h.command('ATI')).toBe('Manufacturer: SIMCOM INCORPORATED\r\nModel: SIM767XX-XXXX\r\nRevision: 2348B01SIM767XM5A\r\nIMEI: 351602000330570\r\n0\r');
    expect(await h.command('AT+NOSUCH')).toBe('4\r');
    expect(await h.command('ATV1')).toBe('\r\nOK\r\n');
  });

  it('sends no result codes under ATQ1, but still information text', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('ATQ1')).toBe('');
    expect(await h.command('AT')).toBe('');
    expect(await h.command('AT+CGMI')).toBe('\r\nSIMCOM INCORPORATED\r\n');
    expect(await h.command('ATQ0')).toBe('\r\nOK\r\n');
  });

  it('renders +CME ERROR per +CMEE, and keeps syntax errors plain', async () => {
    const h = await ModemHarness.start({ profile: { ...(await import('../profiles/index.js')).SIM767XX, sim: null } });
    await h.command('ATE0');
    expect(await h.command('AT+CMEE=0;+CIMI')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMEE=1;+CIMI')).toBe('\r\n+CME ERROR: 10\r\n');
    expect(await h.command('AT+CMEE=2;+CIMI')).toBe('\r\n+CME ERROR: SIM not inserted\r\n');
    expect(await h.command('AT+CMEE=7')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMEE=')).toBe('\r\nERROR\r\n');
  });

  it('runs several commands on one line and prints one final code', async () => {
    const h = await ModemHarness.start();
    expect(await h.command('ATE0Q0V1;+CMEE=1;+CGMI;+CGMR')).toBe('ATE0Q0V1;+CMEE=1;+CGMI;+CGMR\r\r\nSIMCOM INCORPORATED\r\n\r\n+CGMR: 2348B01SIM767XM5A\r\n\r\nOK\r\n');
  });

  it('stops a line at the first error, keeping what ran before it', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CMEE=1;+CMEE=9;E1')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMEE?')).toBe('\r\n+CMEE: 1\r\n\r\nOK\r\n');
  });

  it('refuses a line over 3071 characters without running any of it', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    const filler = ' '.repeat(MAX_COMMAND_LINE - '+CMEE=1;+CGMI'.length);
    expect(await h.command(`AT+CMEE=1;${filler}+CGMI`)).toBe('\r\nSIMCOM INCORPORATED\r\n\r\nOK\r\n');
    expect(await h.command(`AT+CMEE=0;${filler} +CGMI`)).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CMEE?')).toBe('\r\n+CMEE: 1\r\n\r\nOK\r\n');
  });

  it('repeats the previous line on A/', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CGMM');
    h.send('A/');
    await h.finish();
    expect(h.take()).toBe('\r\nSIM767XX-XXXX\r\n\r\nOK\r\n');
  });

  it('answers ERROR to unknown commands and to lines without AT', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+FOOBAR')).toBe('\r\nERROR\r\n');
    expect(await h.command('HELLO')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGMI?')).toBe('\r\nERROR\r\n');
  });

  it('ignores NUL bytes, stray ESC and empty lines', async () => {
    const h = await ModemHarness.start();
    h.send('\x00\x00\r\n\x1b\r\r\n');
    await h.finish();
    expect(h.take()).toBe('\r\r\r');
    expect(await h.command('\x00A\x00T')).toBe('AT\r\r\nOK\r\n');
  });

  it('edits with backspace', async () => {
    const h = await ModemHarness.start();
    expect(await h.command('ATX\bI')).toBe('ATX\bI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIM767XX-XXXX\r\nRevision: 2348B01SIM767XM5A\r\nIMEI: 351602000330570\r\n\r\nOK\r\n');
  });

  it('reads and writes S-registers, and a new S3/S4 changes the framing', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('ATS3?')).toBe('\r\n013\r\n\r\nOK\r\n');
    expect(await h.command('ATS4=64')).toBe('\r@OK\r@');
    expect(await h.command('ATS4=10')).toBe('\r\nOK\r\n');
    expect(await h.command('ATS3=300')).toBe('\r\nERROR\r\n');
  });

  it('answers =? from the command table', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    expect(await h.command('AT+CMEE=?')).toBe('\r\n+CMEE: (0-2)\r\n\r\nOK\r\n');
    expect(await h.command('AT+CSQ=?')).toBe('\r\n+CSQ: (0-31,99),(0-7,99)\r\n\r\nOK\r\n');
  });

  it('says "operation not supported" for a recognised command without behaviour', async () => {
    const h = await ModemHarness.start({ handlers: [] });
    await h.command('ATE0');
    // +CTBURST (chapter 19) is a test-equipment command the simulator does not model.
    expect(await h.command('AT+CTBURST?')).toMatch(/^\r\n(\+CME ERROR: operation not supported|ERROR)\r\n$/);
  });
});

describe('URCs', () => {
  it('holds a URC raised during a command until after the final result code', async () => {
    const slow: CommandHandler = {
      name: '+CGMI',
      exec: async (ctx) => {
        ctx.modem.urc('+TEST: 1');
        await ctx.modem.clock.sleep(5000);
        return reply(OK, ['SLOW']);
      },
    };
    const h = await ModemHarness.start({ handlers: [slow] });
    await h.command('ATE0');
    expect(await h.command('AT+CGMI')).toBe('\r\nSLOW\r\n\r\nOK\r\n\r\n+TEST: 1\r\n');
  });

  it('prints a URC at once when the port is idle', async () => {
    const h = await ModemHarness.start();
    h.modem.urc('+CMTI: "SM",1');
    await h.settle();
    expect(h.take()).toBe('\r\n+CMTI: "SM",1\r\n');
  });
});

describe('data prompt', () => {
  const promptHandler: CommandHandler = {
    name: '+CGMI',
    exec: () => ({
      prompt: {
        end: { kind: 'ctrl-z', maxLength: 10 },
        repromptOnCr: true,
        onInput: (input) => reply(OK, [input.kind === 'data' ? `GOT ${input.data.toString('latin1')}` : input.kind.toUpperCase()]),
      },
    }),
  };

  it('prints CR LF "> ", takes the body until Ctrl-Z, then answers', async () => {
    const h = await ModemHarness.start({ handlers: [promptHandler] });
    await h.command('ATE0');
    h.send('AT+CGMI\r');
    await h.settle();
    expect(h.take()).toBe('\r\n> ');
    h.send('hello\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\nGOT hello\r\n\r\nOK\r\n');
  });

  it('keeps body bytes that arrive with the command line, before the prompt', async () => {
    const h = await ModemHarness.start({ handlers: [promptHandler] });
    await h.command('ATE0');
    h.send('AT+CGMI\rabc\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nGOT abc\r\n\r\nOK\r\n');
  });

  it('cancels on ESC, reprompts after CR, refuses overlong input', async () => {
    const h = await ModemHarness.start({ handlers: [promptHandler] });
    await h.command('ATE0');
    h.send('AT+CGMI\rab\x1b');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nCANCELLED\r\n\r\nOK\r\n');
    h.send('AT+CGMI\rab\rcd\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\n> \r\nGOT ab\rcd\r\n\r\nOK\r\n');
    h.send('AT+CGMI\r' + 'x'.repeat(50) + '\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nOVERFLOW\r\n\r\nOK\r\n');
  });

  it('takes the byte after an escape byte literally (Ctrl-Z, ESC and the escape itself as data)', async () => {
    const escaping: CommandHandler = {
      name: '+CGMI',
      exec: () => ({
        prompt: {
          end: { kind: 'ctrl-z', maxLength: 10, escape: 0x03 },
          onInput: (input) => reply(OK, [input.kind === 'data' ? `GOT ${input.data.toString('hex')}` : input.kind.toUpperCase()]),
        },
      }),
    };
    const h = await ModemHarness.start({ handlers: [escaping] });
    await h.command('ATE0');
    h.send('AT+CGMI\ra\x03\x1ab\x03\x1b\x03\x03\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nGOT 611a621b03\r\n\r\nOK\r\n');
  });

  it('binary input keeps NUL, backspace, CR and ESC as data: only Ctrl-Z ends it (escape makes it data)', async () => {
    const binary: CommandHandler = {
      name: '+CGMI',
      exec: () => ({
        prompt: {
          end: { kind: 'ctrl-z', maxLength: 10, escape: 0x03, binary: true },
          repromptOnCr: false,
          onInput: (input) => reply(OK, [input.kind === 'data' ? `GOT ${input.data.toString('hex')}` : input.kind.toUpperCase()]),
        },
      }),
    };
    const h = await ModemHarness.start({ handlers: [binary] });
    await h.command('ATE0');
    h.send('AT+CGMI\r\x00\x08\r\x1b\x03\x1a\x03\x03z\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nGOT 00080d1b1a037a\r\n\r\nOK\r\n');
    h.send('AT+CGMI\r' + '\x1b'.repeat(11) + '\x1a');
    await h.finish();
    expect(h.take()).toBe('\r\n> \r\nOVERFLOW\r\n\r\nOK\r\n');
  });

  it('echoes the body under ATE1', async () => {
    const h = await ModemHarness.start({ handlers: [promptHandler] });
    h.send('AT+CGMI\rhi\x1a');
    await h.finish();
    expect(h.take()).toBe('AT+CGMI\r\r\n> hi\r\nGOT hi\r\n\r\nOK\r\n');
  });
});

describe('data mode', () => {
  function loopback(): { handler: CommandHandler; received: Buffer[]; sink: () => DataSink | undefined } {
    const received: Buffer[] = [];
    let sink: DataSink | undefined;
    const handler: CommandHandler = {
      name: '+CGMI',
      exec: () =>
        reply({ kind: 'basic', code: 'CONNECT' }, [], [
          {
            type: 'data-mode',
            open: (s) => {
              sink = s;
              return { write: (b) => received.push(b), hangup: () => undefined };
            },
          },
        ]),
    };
    return { handler, received, sink: () => sink };
  }

  it('passes bytes through, AT text included, and leaves on +++ with guard times', async () => {
    const lb = loopback();
    const h = await ModemHarness.start({ handlers: [lb.handler] });
    await h.command('ATE0');
    expect(await h.command('AT+CGMI')).toBe('\r\nCONNECT\r\n');
    expect(h.modem.port.mode).toBe('data');
    h.send('AT+CGMR\r');
    await h.settle();
    expect(Buffer.concat(lb.received).toString()).toBe('AT+CGMR\r');
    lb.sink()!.deliver(Buffer.from('from network'));
    await h.settle();
    expect(h.take()).toBe('from network');
    await h.advance(1100);
    h.send('+++');
    await h.settle();
    expect(h.take()).toBe('');
    await h.advance(1100);
    expect(h.take()).toBe('\r\nOK\r\n');
    expect(h.modem.port.mode).toBe('command');
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\n');
    expect(h.modem.port.mode).toBe('data');
  });

  it('treats +++ without guard time as data', async () => {
    const lb = loopback();
    const h = await ModemHarness.start({ handlers: [lb.handler] });
    await h.command('ATE0');
    await h.command('AT+CGMI');
    h.send('x+++');
    await h.advance(1100);
    expect(Buffer.concat(lb.received).toString()).toBe('x+++');
    expect(h.modem.port.mode).toBe('data');
  });

  it('prints NO CARRIER when the remote closes, and ATO then fails', async () => {
    const lb = loopback();
    const h = await ModemHarness.start({ handlers: [lb.handler] });
    await h.command('ATE0');
    await h.command('AT+CGMI');
    lb.sink()!.closed();
    await h.settle();
    expect(h.take()).toBe('\r\nNO CARRIER\r\n');
    expect(await h.command('ATO')).toBe('\r\nNO CARRIER\r\n');
  });

  it('acts on DTR per AT&D', async () => {
    const lb = loopback();
    const h = await ModemHarness.start({ handlers: [lb.handler] });
    await h.command('ATE0');
    await h.command('AT&D1');
    await h.command('AT+CGMI');
    h.modem.setDteSignals({ dtr: false });
    await h.settle();
    expect(h.take()).toBe('\r\nOK\r\n');
    expect(h.modem.port.mode).toBe('command');
    h.modem.setDteSignals({ dtr: true });
    await h.command('AT&D2');
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\n');
    h.modem.setDteSignals({ dtr: false });
    await h.settle();
    expect(h.take()).toBe('\r\nNO CARRIER\r\n');
  });

  it('reports DCD per AT&C', async () => {
    const lb = loopback();
    const h = await ModemHarness.start({ handlers: [lb.handler] });
    await h.command('AT&C1');
    expect(h.modem.signals.dcd).toBe(false);
    await h.command('AT+CGMI');
    expect(h.modem.signals.dcd).toBe(true);
    await h.advance(1100);
    h.send('+++');
    await h.advance(1100);
    await h.command('AT&C0');
    expect(h.modem.signals.dcd).toBe(true);
  });
});

describe('power and persistence', () => {
  it('prints the boot sequence after power-on and AT+CRESET, deaf until ready', async () => {
    const h = await ModemHarness.start({ realisticBoot: true, keepBoot: true });
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
    expect(await h.command('AT+CRESET')).toBe('AT+CRESET\r\r\nOK\r\n');
    expect(h.modem.power).toBe('off');
    h.send('AT\r');
    await h.advance(1000);
    expect(h.take()).toBe('');
    await h.advance(10_000);
    expect(h.take()).toBe('\r\n*ATREADY: 1\r\n\r\n+CPIN: READY\r\n\r\nSMS DONE\r\n');
  });

  it('powers down on AT+CPOF with the manual\'s words', async () => {
    const h = await ModemHarness.start();
    expect(await h.command('AT+CPOF')).toBe('AT+CPOF\r\r\nOK\r\n\r\nPOWERD DOWN\r\n');
    expect(h.modem.power).toBe('off');
    expect(await h.command('AT')).toBe('');
  });

  it('keeps AUTO_SAVE settings across a restart and loses NO_SAVE ones', async () => {
    const h = await ModemHarness.start();
    await h.command('ATE0');
    await h.command('AT+CSCS="UCS2";+CMEE=0');
    await h.command('AT+CRESET');
    await h.advance(10_000);
    h.take();
    expect(await h.command('AT+CSCS?;+CMEE?')).toBe('AT+CSCS?;+CMEE?\r\r\n+CSCS: "UCS2"\r\n\r\n+CMEE: 2\r\n\r\nOK\r\n');
  });

  it('writes settings to the state directory before acknowledging them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-'));
    const h = await ModemHarness.start({ stateDir: dir });
    await h.command('AT+CSCS="GSM"');
    expect(JSON.parse(readFileSync(join(dir, 'nvram.json'), 'utf8')).v250.charset).toBe('GSM');
    const again = await ModemHarness.start({ stateDir: dir });
    expect(await again.command('AT+CSCS?')).toContain('+CSCS: "GSM"');
  });

  it('saves E/Q/V with AT&W, restores them with ATZ and at power-on, resets with AT&F', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modemsim-'));
    const h = await ModemHarness.start({ stateDir: dir });
    await h.command('ATE0&W');
    await h.command('ATE1');
    expect(await h.command('ATZ')).toBe('ATZ\r\r\nOK\r\n');
    expect(await h.command('AT')).toBe('\r\nOK\r\n');
    const again = await ModemHarness.start({ stateDir: dir });
    expect(await again.command('AT')).toBe('\r\nOK\r\n');
    expect(await again.command('AT&F')).toBe('\r\nOK\r\n');
    expect(await again.command('AT')).toBe('AT\r\r\nOK\r\n');
  });
});
