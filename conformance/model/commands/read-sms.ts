// AT+CMGR=<index> in text mode (manual §7.2.11): "+CMGR: "STO UNSENT","<number>",..." and the
// text, for a message this run wrote.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class ReadSmsCommand implements AsyncCommand<ModemModel, ModelReal> {
  constructor(readonly pick: number) {}
  check(model: Readonly<ModemModel>): boolean {
    return model.cmgf === 1 && model.cfun === 1 && model.pin === 'ready' && model.messages.size > 0;
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const indices = [...model.messages.keys()].sort((a, b) => a - b);
    const index = indices[this.pick % indices.length]!;
    const expected = model.messages.get(index)!;
    const x = await sendOk(model, real, `AT+CMGR=${index}`);
    check(x.lines[0]?.startsWith(`+CMGR: "STO UNSENT","${expected.number}"`) === true, `AT+CMGR=${index}: header ${JSON.stringify(x.lines[0])}`);
    check(x.lines.slice(1).join('\n') === expected.text, `AT+CMGR=${index}: text ${JSON.stringify(x.lines.slice(1))}, model ${JSON.stringify(expected.text)}`);
  }
  toString(): string {
    return `AT+CMGR=<message #${this.pick}>`;
  }
}
