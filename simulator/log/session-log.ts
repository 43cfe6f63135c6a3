// The session log (--log): every byte both ways with its time, and every control action,
// in the modemsim transcript format, so a session log is itself a replayable transcript.
//
//   # modemsim-transcript 1
//   # module: SIM767XX-XXXX
//   # firmware: 2348B01SIM767XM5A
//   # profile: sim767xx
//   # source: modem-sim session log
//   @0.000 > AT\r
//   @0.002 < AT\r\r\nOK\r\n
//   @1.250 ! control: inject sms {"from":"+15551112222","text":"hello"}
//
// `>` is DTE→module, `<` module→DTE, `!` an event; times are seconds since the log started
// (virtual clock); bytes are escaped with escapeBytes (\r \n \\ \xHH). One line per chunk as
// it crossed the port, so chunk timing is kept.

import type { Modem } from '../core/modem.js';
import { escapeBytes } from '../core/escape.js';

export type LogSink = (line: string) => void;

export function transcriptHeader(modem: Modem, source: string): string[] {
  const id = modem.state.identity;
  const v = modem.state.v250;
  return [
    '# modemsim-transcript 1',
    `# module: ${id.model}`,
    `# firmware: ${id.revision}`,
    `# profile: ${modem.profile.name}`,
    `# settings: E${v.echo ? 1 : 0} V${v.verbose ? 1 : 0} Q${v.quiet ? 1 : 0} CMEE=${v.cmee}`,
    `# source: ${source}`,
  ];
}

/** Subscribes to the modem's events and writes log lines; returns a function that stops it. */
export function attachSessionLog(modem: Modem, sink: LogSink): () => void {
  const start = modem.clock.now();
  const stamp = () => `@${((modem.clock.now() - start) / 1000).toFixed(3)}`;
  for (const line of transcriptHeader(modem, 'modem-sim session log')) sink(line);
  const onRx = (b: Buffer) => sink(`${stamp()} > ${escapeBytes(b)}`);
  const onTx = (b: Buffer) => sink(`${stamp()} < ${escapeBytes(b)}`);
  const onLog = (m: string) => sink(`${stamp()} ! ${m.replace(/[\r\n]+/g, ' ')}`);
  modem.events.on('rx', onRx).on('tx', onTx).on('log', onLog);
  return () => {
    modem.events.off('rx', onRx).off('tx', onTx).off('log', onLog);
  };
}
