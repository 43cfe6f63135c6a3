// The model the HTTP client's model-based test checks the simulator against: what the module
// holds of the last response and how AT+HTTPREAD reaches it, written from the manual (§14.2.3
// READMODE, §14.2.4, §14.2.6, §14.2.9) and independent of the simulator's code:
//
//   content   the bytes the server sent as content (none before the first response)
//   position  where AT+HTTPREAD=<byte_size> goes on; a read ends there
//   readMode  0: no read may start before `position`; 1: any start within the content
//
// A read starting at or past the end of the content is ERROR; one that reaches past it gives
// what there is. The real side is a module and a real HTTP server on loopback whose next
// content the fetch command sets.

import { expect } from 'vitest';
import type { ModemHarness } from '../../testing/harness.js';

export interface HttpModel {
  content: Buffer | undefined;
  position: number;
  readMode: number;
}

export interface Real {
  h: ModemHarness;
  /** What the server sends as content to the next request. */
  serve(content: Buffer): void;
}

export function initialModel(): HttpModel {
  return { content: undefined, position: 0, readMode: 0 };
}

export const ERROR = '\r\nERROR\r\n';

/** Information lines then OK, framed as ATV1 prints them. */
export function answer(lines: string[]): string {
  return (lines.length ? '\r\n' + lines.map((l) => l + '\r\n').join('') : '') + '\r\nOK\r\n';
}

/** OK, then AT+HTTPREAD's data block (§14.2.6), bytes as latin1 text. */
export function readBlock(data: Buffer): string {
  return `\r\nOK\r\n\r\n+HTTPREAD: ${data.length}\r\n${data.toString('latin1')}\r\n+HTTPREAD: 0\r\n`;
}

export async function expectAnswer(real: Real, line: string, expected: string): Promise<void> {
  expect(await real.h.command(line), line).toBe(expected);
}
