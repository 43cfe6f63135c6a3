// New-message indications to the TE under +CNMI (27.005 §3.4.1; manual §7.2.9):
//   <mode> 0: indications are buffered in the TA (flushed by a later +CNMI <mode> 1/2 with <bfr> 0);
//   <mode> 1: discarded while the TA-TE link is reserved (data mode), otherwise sent at once;
//   <mode> 2: buffered while the link is reserved and flushed after it, otherwise sent at once.
// "Sent at once" still waits for the end of a running command: the channel holds URCs until the
// final result code (manual §1.5 / 27.007 §3.2), and holds them during data mode until it ends.

import type { Modem } from '../core/modem.js';

export type IndicationOutcome = 'sent' | 'buffered' | 'discarded';

export function indicate(modem: Modem, lines: string[]): IndicationOutcome {
  const sms = modem.state.sms;
  const reserved = modem.port.mode === 'data';
  if (sms.cnmi.mode === 0) {
    sms.buffered.push(lines);
    return 'buffered';
  }
  if (reserved && sms.cnmi.mode === 1) {
    modem.log(`+CNMI mode 1: link reserved, indication discarded: ${lines[0]}`);
    return 'discarded';
  }
  modem.urc(lines);
  return reserved ? 'buffered' : 'sent';
}
