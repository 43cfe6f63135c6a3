// A ModemManager-style logger: probes a modem the way ModemManager's generic AT plugin starts
// (ATE0, +CMEE, identification, PIN, registration) and logs the traffic exactly as MM's debug
// log prints it, in MM's current layout or its old one (`--layout old`). It exists to make
// genuine ModemManager-format captures against the simulator for the importer's tests; the
// bytes are real, the logging format is MM's:
//
//   ModemManager[1234]: <debug> [1732190000.123456] [modem0/ttyUSB2/at] --> 'AT+CGMI<CR>'
//   ModemManager[1234]: <debug> [1732190000.125001] [modem0/ttyUSB2/at] <-- '<CR><LF>SIMCOM INCORPORATED<CR><LF><CR><LF>OK<CR><LF>'
//   <debug> (ttyUSB2): --> 'AT+CGMI<CR>'                                     (old layout)
//
// MM escapes CR and LF as <CR> <LF> and other non-printable bytes as \<decimal>.
//
//   tsx conformance/importers/tools/mm-logger.ts --device /dev/pts/3 [--layout old] > mm.log

import { parseArgs } from 'node:util';
import { serialPort } from '../../targets/stream-target.js';

export function mmEscape(bytes: string): string {
  let out = '';
  for (const c of bytes) {
    const code = c.charCodeAt(0);
    if (c === '\r') out += '<CR>';
    else if (c === '\n') out += '<LF>';
    else if (code >= 0x20 && code < 0x7f) out += c;
    else out += `\\${code}`;
  }
  return out;
}

export const MM_PROBE = ['ATE0', 'AT+CMEE=1', 'AT+CGMI', 'AT+CGMM', 'AT+CGMR', 'AT+CGSN', 'AT+CPIN?', 'AT+CREG?', 'AT+CSQ', 'ATI'];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { device: { type: 'string' }, layout: { type: 'string' }, port: { type: 'string' } }, strict: true });
  if (!values.device) throw new Error('--device <path> is required');
  const port = values.port ?? 'ttyUSB2';
  const old = values.layout === 'old';
  const dev = serialPort(values.device, 115200);
  const log = (dir: '-->' | '<--', bytes: string) => {
    const ts = (Date.now() / 1000).toFixed(6);
    process.stdout.write(old ? `<debug> [${ts}] (${port}): ${dir} '${mmEscape(bytes)}'\n` : `ModemManager[${process.pid}]: <debug> [${ts}] [modem0/${port}/at] ${dir} '${mmEscape(bytes)}'\n`);
  };
  let pending = '';
  let wake: (() => void) | undefined;
  dev.onData((b) => {
    pending += b.toString('latin1');
    wake?.();
  });
  dev.onClose(() => wake?.());
  await dev.open();
  for (const cmd of MM_PROBE) {
    const bytes = cmd + '\r';
    log('-->', bytes);
    await dev.write(Buffer.from(bytes, 'latin1'));
    const deadline = Date.now() + 3000;
    // MM logs what each read returned; read until a final result code.
    while (Date.now() < deadline && !/(OK|ERROR|\+CM[ES] ERROR: [^\r]*)\r\n$/.test(pending)) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 100);
      });
      if (pending && !/(OK|ERROR|\+CM[ES] ERROR: [^\r]*)\r\n$/.test(pending)) continue;
    }
    log('<--', pending);
    pending = '';
  }
  await dev.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e: unknown) => {
    process.stderr.write(`mm-logger: ${(e as Error).message}\n`);
    process.exit(1);
  });
}
