// AT+CMGW="<number>" + text + Ctrl-Z in text mode (manual §7.2.14): "+CMGW: <index>" at a
// free index, with the "> " prompt (27.005 §3.5.4).
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class WriteSmsCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(
    readonly number: string,
    readonly text: string,
  ) {}
  check(model: Readonly<ModemModel>): boolean {
    return model.cmgf === 1 && model.cfun === 1 && model.pin === 'ready' && model.messages.size + model.foreign.size < model.capacity;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const x = await sendOk(model, real, `AT+CMGW="${this.number}"`, this.text + '\x1a');
    check(x.prompt === '> ', `AT+CMGW: the prompt should be "> ", got ${JSON.stringify(x.prompt)}`);
    const m = /^\+CMGW: (\d+)$/.exec(x.lines[x.lines.length - 1] ?? '');
    check(m !== null, `AT+CMGW: expected +CMGW: <index>, got ${JSON.stringify(x.lines)}`);
    const index = Number(m![1]);
    check(!model.messages.has(index) && !model.foreign.has(index), `AT+CMGW used index ${index}, which is taken`);
    model.messages.set(index, { number: this.number, text: this.text });
  }
  toString(): string {
    return `AT+CMGW="${this.number}" ${JSON.stringify(this.text)}`;
  }
}
