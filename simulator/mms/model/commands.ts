// Commands of the MMS model-based test: each runs one AT command line on the module and the same
// step on the model, and checks that the module's answer is the model's.

import type fc from 'fast-check';
import { expect } from 'vitest';
import { clearBuffer, err, OK, validAddress, type List, type MmsModel, type MmsReal } from './model.js';

type Cmd = fc.AsyncCommand<MmsModel, MmsReal>;

const NAMES: Record<List, string> = { to: 'RECP', cc: 'CC', bcc: 'BCC' };
const NOT_EDITING = err('Not allowed to edit now');

export class Edit implements Cmd {
  constructor(readonly mode: 0 | 1) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    expect(await r.at(`AT+CMMSEDIT=${this.mode}`)).toBe(OK);
    m.editing = this.mode === 1;
    clearBuffer(m);
  }
  toString = () => `AT+CMMSEDIT=${this.mode}`;
}

export class AddAddress implements Cmd {
  constructor(
    readonly list: List,
    readonly address: string,
  ) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.at(this.toString());
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    if (!validAddress(this.address)) return void expect(out).toBe(err('Invalid parameter'));
    expect(out).toBe(OK);
    if (!m[this.list].includes(this.address)) m[this.list].push(this.address);
  }
  toString = () => `AT+CMMS${NAMES[this.list]}="${this.address}"`;
}

export class DeleteAddress implements Cmd {
  constructor(
    readonly list: List,
    readonly address: string | undefined,
  ) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.at(this.toString());
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    if (this.address === undefined) {
      expect(out).toBe(OK);
      m[this.list] = [];
      return;
    }
    const i = m[this.list].indexOf(this.address);
    if (i < 0) return void expect(out).toBe(err('Not find the address'));
    expect(out).toBe(OK);
    m[this.list].splice(i, 1);
  }
  toString = () => `AT+CMMSDEL${NAMES[this.list]}${this.address === undefined ? '' : `="${this.address}"`}`;
}

export class ReadList implements Cmd {
  constructor(readonly list: List) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const list = m.editing ? m[this.list] : [];
    const expected = list.length === 0 ? OK : `\r\n+CMMS${NAMES[this.list]}: ${list.map((a) => `"${a}"`).join(',')}\r\n${OK}`;
    expect(await r.at(this.toString())).toBe(expected);
  }
  toString = () => `AT+CMMS${NAMES[this.list]}?`;
}

export class AddText implements Cmd {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.withData(this.toString(), this.text);
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    if (m.files.length >= 5) return void expect(out).toBe('\r\n+CMMSDOWN: 182\r\n');
    expect(out).toBe(OK);
    m.files.push(this.name);
  }
  toString = () => `AT+CMMSDOWN="TEXT",${this.text.length},"${this.name}"`;
}

export class Title implements Cmd {
  constructor(readonly text: string) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.withData(this.toString(), this.text);
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    expect(out).toBe(OK);
    m.title = this.text;
  }
  toString = () => `AT+CMMSDOWN="TITLE",${this.text.length}`;
}

export class DeleteFile implements Cmd {
  constructor(readonly index: number) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.at(this.toString());
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    if (this.index < 1 || this.index > m.files.length) return void expect(out).toBe(err('Invalid parameter'));
    expect(out).toBe(OK);
    m.files.splice(this.index - 1, 1);
  }
  toString = () => `AT+CMMSDELFILE=${this.index}`;
}

export class Save implements Cmd {
  constructor(readonly index: 0 | 1 | undefined) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.at(this.toString());
    if (!m.editing) return void expect(out).toBe(NOT_EDITING);
    if (m.title === undefined && m.files.length === 0) return void expect(out).toBe(err('No content in the buffer'));
    const place = this.index ?? m.box.findIndex((e) => e === undefined);
    if (place < 0) return void expect(out).toBe(err('The mms storage is full'));
    expect(out).toBe(`\r\n+CMMSSAVE: ${place}\r\n${OK}`);
    m.box[place] = { title: m.title, files: [...m.files] };
  }
  toString = () => (this.index === undefined ? 'AT+CMMSSAVE' : `AT+CMMSSAVE=${this.index}`);
}

export class Delete implements Cmd {
  constructor(readonly index: 0 | 1 | undefined) {}
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    const out = await r.at(this.toString());
    if (this.index === undefined) {
      expect(out).toBe(OK);
      m.box = [undefined, undefined];
      return;
    }
    if (!m.box[this.index]) return void expect(out).toBe(err('The box is empty'));
    expect(out).toBe(OK);
    m.box[this.index] = undefined;
  }
  toString = () => (this.index === undefined ? 'AT+CMMSDELETE' : `AT+CMMSDELETE=${this.index}`);
}

export class Count implements Cmd {
  check = () => true;
  async run(m: MmsModel, r: MmsReal): Promise<void> {
    expect(await r.at('AT+CMMSDELETE?')).toBe(`\r\n+CMMSDELETE: ${m.box.filter(Boolean).length}\r\n${OK}`);
  }
  toString = () => 'AT+CMMSDELETE?';
}
