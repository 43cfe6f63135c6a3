import type { AsyncCommand } from 'fast-check';
import { expect } from 'vitest';
import type { HttpModel, Real } from './model.js';

/** The server's next content is `content`; AT+HTTPACTION=0 fetches it: +HTTPACTION: 0,200,<len>. */
export class FetchCommand implements AsyncCommand<HttpModel, Real> {
  constructor(readonly content: Buffer) {}
  check(): boolean {
    return true;
  }
  async run(m: HttpModel, real: Real): Promise<void> {
    real.serve(this.content);
    let out = await real.h.command('AT+HTTPACTION=0');
    if (!out.includes('+HTTPACTION:')) out += await real.h.waitForOutput('+HTTPACTION:');
    real.h.take();
    expect(out, this.toString()).toBe(`\r\nOK\r\n\r\n+HTTPACTION: 0,200,${this.content.length}\r\n`);
    m.content = this.content;
    m.position = 0;
  }
  toString(): string {
    return `AT+HTTPACTION=0 /* ${this.content.length} bytes */`;
  }
}
