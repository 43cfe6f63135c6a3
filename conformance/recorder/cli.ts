// `modem-sim record`: the recorder from the command line (dispatched by simulator/cli/main.ts).

import { parseArgs } from 'node:util';
import { startRecorder } from './recorder.js';

const HELP = `modem-sim record — record a client's session with a module, as a transcript

  modem-sim record --device <path|tcp:host:port> [--baud 115200] [--out session.txt] [--redact]

Prints the pty to give the client on the first line; Ctrl-C stops and closes the transcript.
--redact replaces IMEI, IMSI, ICCID and PINs by markers when the recording stops.
`;

export async function recordCommand(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      device: { type: 'string' },
      baud: { type: 'string' },
      out: { type: 'string' },
      redact: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help || !values.device) {
    process.stdout.write(HELP);
    if (!values.device && !values.help) process.exitCode = 2;
    return;
  }
  const baud = values.baud ? Number(values.baud) : 115200;
  if (!Number.isInteger(baud) || baud <= 0) throw new Error(`--baud needs a positive integer, got ${values.baud}`);
  const out = values.out ?? `session-${new Date().toISOString().replace(/[:.]/g, '-')}.txt`;
  const recorder = await startRecorder({ device: values.device, baud, out, redact: Boolean(values.redact) });
  process.stdout.write(recorder.path + '\n');
  process.stderr.write(`modem-sim record: ${values.device} @ ${baud} ↔ ${recorder.path}; writing ${out}; Ctrl-C to stop\n`);
  const stop = async () => {
    await recorder.stop();
    process.stderr.write(`modem-sim record: wrote ${out}\n`);
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
