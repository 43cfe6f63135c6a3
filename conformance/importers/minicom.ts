// Plain terminal logs (a minicom capture file, a screen log, text pasted from a terminal):
// what the terminal showed, which is the module's output with the echo of what was typed.
// Direction, exact line endings and timing are lost, so the transcript is marked lossy:
//   - a line starting with AT (or A/) is taken as a command the user typed (sent with CR,
//     and expected back as its echo);
//   - other non-empty lines are module output, framed <CR><LF>line<CR><LF>;
//   - a line "> text" after AT+CMGS/AT+CMGW is the prompt and the text typed (sent with ^Z).

import type { Transcript } from '../transcript/transcript.js';
import { buildTranscript, type CapturedChunk } from './common.js';

export function importMinicom(text: string, options: { source?: string } = {}): Transcript {
  const chunks: CapturedChunk[] = [];
  let inPromptCommand = false;
  let block: string[] = [];
  // Consecutive output lines are one response block: <CR><LF>line<CR><LF>line...<CR><LF>.
  const flush = () => {
    if (block.length > 0) chunks.push({ dir: '<', bytes: `\r\n${block.join('\r\n')}\r\n` });
    block = [];
  };
  for (const raw of text.split(/\r\n|\n|\r/)) {
    const line = raw.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').trimEnd();
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (/^(AT|at|At|A\/)/.test(line)) {
      flush();
      chunks.push({ dir: '>', bytes: line + '\r' });
      chunks.push({ dir: '<', bytes: line + '\r' });
      inPromptCommand = /^AT\+CMG[SW]=/i.test(line);
      continue;
    }
    const prompt = /^> ?(.*)$/.exec(line);
    if (prompt && inPromptCommand) {
      flush();
      chunks.push({ dir: '<', bytes: '\r\n> ' });
      chunks.push({ dir: '>', bytes: prompt[1]! + '\x1a' });
      inPromptCommand = false;
      continue;
    }
    block.push(line);
  }
  flush();
  return buildTranscript(chunks, {
    source: `terminal log${options.source ? ` (${options.source})` : ''}`,
    lossy: 'terminal log: direction, line endings and timing reconstructed from the text',
  });
}
