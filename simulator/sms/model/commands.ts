// The commands of the model-based SMS test, one class each: check() reads the model only,
// run() drives the simulator and compares with the model, then updates it. toString() reads
// like the AT traffic.

import type fc from 'fast-check';
import { expect } from 'vitest';
import { CAPACITY, checkPdu, expectedText, firstFree, handPdu, packAscii, STAT_NAMES, used, type ModelMessage, type Real, type SmsModel } from './model.js';
import { ModemControl } from '../../control/control.js';

type Cmd = fc.AsyncCommand<SmsModel, Real>;

function body(lines: string): string {
  return lines.replace(/^\r\n/, '');
}

export class SetFormat implements Cmd {
  constructor(readonly text: boolean) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    expect(await r.at(`AT+CMGF=${this.text ? 1 : 0}`)).toBe('\r\nOK\r\n');
    m.textMode = this.text;
  }
  toString = () => `AT+CMGF=${this.text ? 1 : 0}`;
}

export class Write implements Cmd {
  constructor(
    readonly stat: 0 | 1 | 2 | 3,
    readonly text: string,
  ) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const line = m.textMode ? `AT+CMGW="+15551112222",145,"${STAT_NAMES[this.stat]}"` : `AT+CMGW=${handPdu(this.stat, this.text).length / 2 - 1},${this.stat}`;
    const free = firstFree(m);
    if (free < 0) {
      expect(await r.at(line)).toBe('\r\n+CMS ERROR: 322\r\n');
      return;
    }
    expect(await r.at(line)).toBe('\r\n> ');
    r.h.send((m.textMode ? this.text : handPdu(this.stat, this.text)) + '\x1a');
    await r.h.finish();
    expect(r.h.take()).toBe(`\r\n+CMGW: ${free}\r\n\r\nOK\r\n`);
    const msg: ModelMessage = { stat: this.stat, body: this.text, party: '+15551112222' };
    if (!m.textMode) msg.pdu = handPdu(this.stat, this.text);
    m.slots[free] = msg;
  }
  toString = () => `AT+CMGW (${STAT_NAMES[this.stat]}) "${this.text}"`;
}

export class Receive implements Cmd {
  constructor(readonly text: string) {}
  check = (m: Readonly<SmsModel>) => firstFree(m as SmsModel) >= 0;
  async run(m: SmsModel, r: Real) {
    const free = firstFree(m);
    await new ModemControl(r.h.modem).run('inject sms', { from: '+15550001111', text: this.text });
    await r.h.settle();
    expect(r.h.take()).toBe(`\r\n+CMTI: "ME",${free}\r\n`);
    m.slots[free] = { stat: 0, body: this.text, party: '+15550001111' };
  }
  toString = () => `<network> "${this.text}" → +CMTI`;
}

export class Send implements Cmd {
  constructor(readonly text: string) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const pdu = `0011000B915155112122F20000A7${packAscii(this.text)}`;
    expect(await r.at(m.textMode ? 'AT+CMGS="+15551112222"' : `AT+CMGS=${pdu.length / 2 - 1}`)).toBe('\r\n> ');
    r.h.send((m.textMode ? this.text : pdu) + '\x1a');
    await r.h.finish();
    expect(r.h.take()).toBe(`\r\n+CMGS: ${m.nextMr}\r\n\r\nOK\r\n`);
    m.nextMr = (m.nextMr + 1) & 0xff;
  }
  toString = () => `AT+CMGS "${this.text}"`;
}

export class Read implements Cmd {
  constructor(
    readonly index: number,
    readonly andDelete: boolean,
  ) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const name = this.andDelete ? '+CMGRD' : '+CMGR';
    const out = await r.at(`AT${name}=${this.index}`);
    if (this.index >= CAPACITY) return expect(out).toBe('\r\n+CMS ERROR: 321\r\n');
    const msg = m.slots[this.index];
    if (!msg) return expect(out).toBe('\r\nOK\r\n');
    const [header, data, ...rest] = body(out).split('\r\n');
    expect(rest).toEqual(['', 'OK', '']);
    expect(header!.startsWith(`${name}: `)).toBe(true);
    const fields = header!.slice(name.length + 2);
    if (m.textMode) {
      const e = expectedText(msg);
      expect(fields).toMatch(e.header);
      expect(data).toBe(e.data);
    } else checkPdu(msg, fields, data!);
    if (this.andDelete) m.slots[this.index] = null;
    else if (msg.stat === 0) msg.stat = 1;
  }
  toString = () => `AT${this.andDelete ? '+CMGRD' : '+CMGR'}=${this.index}`;
}

export class List implements Cmd {
  constructor(readonly filter: 0 | 1 | 2 | 3 | 4) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const arg = m.textMode ? `"${[...STAT_NAMES, 'ALL'][this.filter]}"` : String(this.filter);
    const raw = await r.at(`AT+CMGL=${arg}`);
    const expected = m.slots.map((s, i) => ({ s, i })).filter(({ s }) => s && (this.filter === 4 || s.stat === this.filter));
    if (expected.length === 0) return expect(raw).toBe('\r\nOK\r\n');
    const out = body(raw).split('\r\n');
    expect(out.slice(-3)).toEqual(['', 'OK', '']);
    const entries = out.slice(0, -3);
    expect(entries.length).toBe(expected.length * 2);
    expected.forEach(({ s, i }, k) => {
      const header = entries[2 * k]!;
      const prefix = `+CMGL: ${i},`;
      expect(header.startsWith(prefix), header).toBe(true);
      if (m.textMode) {
        const e = expectedText(s!);
        expect(header.slice(prefix.length)).toMatch(new RegExp(e.header.source.replace(/\$$/, ',?$').replace(/,,"/, ',,"')));
        expect(entries[2 * k + 1]).toBe(e.data);
      } else checkPdu(s!, header.slice(prefix.length), entries[2 * k + 1]!);
    });
    for (const { s } of expected) if (s!.stat === 0) s!.stat = 1;
  }
  toString = () => `AT+CMGL=${this.filter}`;
}

export class Delete implements Cmd {
  constructor(
    readonly index: number,
    readonly delflag: 0 | 1 | 2 | 3 | 4,
  ) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const out = await r.at(`AT+CMGD=${this.index},${this.delflag}`);
    if (this.delflag === 0) {
      if (this.index >= CAPACITY) return expect(out).toBe('\r\n+CMS ERROR: 321\r\n');
      m.slots[this.index] = null;
    } else {
      const gone = { 1: [1], 2: [1, 3], 3: [1, 2, 3], 4: [0, 1, 2, 3] }[this.delflag];
      m.slots = m.slots.map((s) => (s && gone.includes(s.stat) ? null : s));
    }
    expect(out).toBe('\r\nOK\r\n');
  }
  toString = () => `AT+CMGD=${this.index},${this.delflag}`;
}

export class MarkRead implements Cmd {
  constructor(readonly index: number) {}
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const out = await r.at(`AT+CMGMT=${this.index}`);
    if (this.index >= CAPACITY) return expect(out).toBe('\r\n+CMS ERROR: 321\r\n');
    expect(out).toBe('\r\nOK\r\n');
    const s = m.slots[this.index];
    if (s && s.stat === 0) s.stat = 1;
  }
  toString = () => `AT+CMGMT=${this.index}`;
}

export class Counts implements Cmd {
  check = () => true;
  async run(m: SmsModel, r: Real) {
    const n = used(m);
    expect(await r.at('AT+CPMS?')).toBe(`\r\n+CPMS: "ME",${n},${CAPACITY},"ME",${n},${CAPACITY},"ME",${n},${CAPACITY}\r\n\r\nOK\r\n`);
  }
  toString = () => 'AT+CPMS?';
}
