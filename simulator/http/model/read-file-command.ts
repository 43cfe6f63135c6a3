import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import { fileSystemOf } from '../../fs/index.js';
import type { HttpModel, Real } from './model.js';

/** AT+HTTPREADFILE="<name>": the whole content to C:/<name> (+HTTPREADFILE: 0), or 711 before a response. */
export class ReadFileCommand implements AsyncCommand<HttpModel, Real> {
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    let out = await real.h.command(this.toString());
    if (!out.includes('+HTTPREADFILE:')) out += await real.h.waitForOutput('+HTTPREADFILE:');
    real.h.take();
    expect(out, this.toString()).toBe(`\r\nOK\r\n\r\n+HTTPREADFILE: ${m.content ? 0 : 711}\r\n`);
    if (!m.content) return;
    const file = fileSystemOf(real.h.modem).read('C:/model.bin');
    expect(file.ok && file.value, 'C:/model.bin').toEqual(m.content);
  }
  toString(): string {
    return 'AT+HTTPREADFILE="model.bin"';
  }
}
