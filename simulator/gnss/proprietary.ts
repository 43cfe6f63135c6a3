// The receiver commands +CGNSSCMD passes to the GNSS chip (§21.2.11). The manual names two:
// "PAIR006" (its Defined Values) and "$PCAS02,1000*2E" (its example). The simulated chip knows
// the restart and power commands of those two families and the CASIC rate command:
//
//   PAIR002 / PAIR003   GNSS subsystem power on / off (navigation resumes / sleeps)
//   PAIR004 / 005 / 006 hot / warm / cold start;  PAIR007 full cold start (assistance data too)
//       — Airoha's PAIR numbering for its AG33xx chips (the module's +CGNSSPROD names an
//         AG3352), as in Quectel's LC26G/LC76G protocol specification
//   PCAS02,<ms>         fix interval: 1000 only (this product outputs at 1 Hz: +CGNSSNMEARATE=?
//                       answers (1)); CASIC's 100/200/250/500 are refused
//   PCAS10,<0-3>        CASIC restart: 0 hot, 1 warm, 2 cold, 3 factory (cold, assistance too)
//
// A command is given bare ("PAIR006": the module frames it and adds the checksum) or framed
// ("$PCAS02,1000*2E": the checksum must be right). Anything else answers ERROR ("If send false"):
// the simulator does not pretend to have sent what it cannot model. PAIR commands are
// acknowledged on the NMEA output as the chip does: $PAIR001,<command>,0*hh.

import { frameSentence, nmeaChecksum } from './nmea.js';
import type { StartKind } from '../state/gnss.js';

export type ChipAction =
  | { kind: 'restart'; start: StartKind; forgetAssistance: boolean }
  | { kind: 'power'; on: boolean }
  | { kind: 'none' };

export interface ChipCommand {
  /** The sentence as the chip receives it. */
  sentence: string;
  action: ChipAction;
  /** Sentences the chip answers with on its NMEA output. */
  replies: string[];
}

/** Parses a +CGNSSCMD string; undefined when it is malformed or not a command the chip knows. */
export function chipCommand(text: string): ChipCommand | undefined {
  let body: string;
  if (text.startsWith('$')) {
    const m = /^\$([^*$]+)\*([0-9A-Fa-f]{2})$/.exec(text);
    if (!m || nmeaChecksum(m[1]!) !== m[2]!.toUpperCase()) return undefined;
    body = m[1]!;
  } else {
    if (!/^[A-Z0-9,.\-]+$/.test(text)) return undefined;
    body = text;
  }
  const [name, ...args] = body.split(',');
  const action = actionOf(name!, args);
  if (!action) return undefined;
  const replies = name!.startsWith('PAIR') ? [frameSentence(`PAIR001,${name!.slice(4)},0`)] : [];
  return { sentence: frameSentence(body), action, replies };
}

function actionOf(name: string, args: string[]): ChipAction | undefined {
  const none = args.length === 0;
  switch (name) {
    case 'PAIR002':
      return none ? { kind: 'power', on: true } : undefined;
    case 'PAIR003':
      return none ? { kind: 'power', on: false } : undefined;
    case 'PAIR004':
      return none ? { kind: 'restart', start: 'hot', forgetAssistance: false } : undefined;
    case 'PAIR005':
      return none ? { kind: 'restart', start: 'warm', forgetAssistance: false } : undefined;
    case 'PAIR006':
      return none ? { kind: 'restart', start: 'cold', forgetAssistance: false } : undefined;
    case 'PAIR007':
      return none ? { kind: 'restart', start: 'cold', forgetAssistance: true } : undefined;
    case 'PCAS02':
      return args.length === 1 && args[0] === '1000' ? { kind: 'none' } : undefined;
    case 'PCAS10': {
      if (args.length !== 1) return undefined;
      const rs = ['0', '1', '2', '3'].indexOf(args[0]!);
      if (rs < 0) return undefined;
      return { kind: 'restart', start: (['hot', 'warm', 'cold', 'cold'] as const)[rs]!, forgetAssistance: rs === 3 };
    }
    default:
      return undefined;
  }
}
