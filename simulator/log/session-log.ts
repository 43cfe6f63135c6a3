// The session log (--log): every byte both ways with its time, and every control action,
// in the modemsim transcript format (conformance/transcript/FORMAT.md), so a session log is
// itself a replayable transcript. It is written through the format's own serializer.
//
//   # modemsim-transcript 1
//   # module: SIM767XX-XXXX
//   # firmware: 2348B01SIM767XM5A
//   # profile: sim767xx
//   # settings: E1 V1 Q0 CMEE=2
//   # source: modem-sim session log
//   @0.000 > AT\r
//   @0.002 < AT\r\r\nOK\r\n
//   @1.250 ! control: inject sms {"from":"+15551112222","text":"hello"}
//
// `>` is DTE→module, `<` module→DTE, `!` an event; times are seconds since the log started
// (virtual clock); bytes are escaped (\r \n \\ \xHH). One line per chunk as it crossed the
// port, so chunk timing is kept.

import type { Modem } from '../core/modem.js';
import { formatEntry, formatHeaderLines } from '../../conformance/transcript/format.js';
import type { HeaderField } from '../../conformance/transcript/transcript.js';

export type LogSink = (line: string) => void;

/** The header fields describing `modem` now (module, firmware, profile, settings). */
export function transcriptHeaderFields(modem: Modem, source: string): HeaderField[] {
  const id = modem.state.identity;
  const v = modem.state.v250;
  return [
    { key: 'module', value: id.model },
    { key: 'firmware', value: id.revision },
    { key: 'profile', value: modem.profile.name },
    { key: 'settings', value: `E${v.echo ? 1 : 0} V${v.verbose ? 1 : 0} Q${v.quiet ? 1 : 0} CMEE=${v.cmee}` },
    { key: 'source', value: source },
  ];
}

export function transcriptHeader(modem: Modem, source: string): string[] {
  return formatHeaderLines(transcriptHeaderFields(modem, source));
}

/** Subscribes to the modem's events and writes log lines; returns a function that stops it. */
export function attachSessionLog(modem: Modem, sink: LogSink): () => void {
  const start = modem.clock.now();
  const at = () => (modem.clock.now() - start) / 1000;
  for (const line of transcriptHeader(modem, 'modem-sim session log')) sink(line);
  const data = (dir: '>' | '<') => (b: Buffer) => {
    for (const line of formatEntry({ kind: 'data', dir, at: at(), segments: [b.toString('latin1')] })) sink(line);
  };
  const onRx = data('>');
  const onTx = data('<');
  const onLog = (m: string) => {
    for (const line of formatEntry({ kind: 'event', at: at(), text: m })) sink(line);
  };
  modem.events.on('rx', onRx).on('tx', onTx).on('log', onLog);
  return () => {
    modem.events.off('rx', onRx).off('tx', onTx).off('log', onLog);
  };
}
