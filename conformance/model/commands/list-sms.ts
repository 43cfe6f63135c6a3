// AT+CMGL="ALL" in text mode (manual §7.2.10): exactly the model's messages (and whatever
// was stored before the run), each header followed by its text.
import type { AsyncCommand } from 'fast-check';
import { check, sendOk, type ModelReal, type ModemModel } from '../model.js';

export class ListSmsCommand implements AsyncCommand<ModemModel, ModelReal> {
  check(model: Readonly<ModemModel>): boolean {
    return model.cmgf === 1 && model.cfun === 1 && model.pin === 'ready';
  }
  async run(model: ModemModel, real: ModelReal): Promise<void> {
    const x = await sendOk(model, real, 'AT+CMGL="ALL"');
    const listed = new Map<number, string>();
    for (let i = 0; i < x.lines.length; i++) {
      const m = /^\+CMGL: (\d+),/.exec(x.lines[i]!);
      if (m) listed.set(Number(m[1]), x.lines[i + 1] ?? '');
    }
    const ours = [...listed.keys()].filter((k) => !model.foreign.has(k)).sort((a, b) => a - b);
    const expected = [...model.messages.keys()].sort((a, b) => a - b);
    check(JSON.stringify(ours) === JSON.stringify(expected), `AT+CMGL="ALL" lists ${JSON.stringify(ours)}, the model has ${JSON.stringify(expected)}`);
    for (const [index, m] of model.messages) {
      if (!m.text.includes('\n')) check(listed.get(index) === m.text, `AT+CMGL: index ${index} text ${JSON.stringify(listed.get(index))}, model ${JSON.stringify(m.text)}`);
    }
  }
  toString(): string {
    return 'AT+CMGL="ALL"';
  }
}
