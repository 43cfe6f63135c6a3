// SIM767XX §6.2.7 AT+CRSM Restricted SIM access (3GPP TS 27.007 §8.18).
//
//   AT+CRSM=<command>[,<fileid>[,<p1>,<p2>,<p3>[,<data>]]]   +CRSM: <sw1>,<sw2>[,<response>]
//
// <command>: 176 READ BINARY, 178 READ RECORD, 192 GET RESPONSE, 214 UPDATE BINARY,
// 220 UPDATE RECORD, 242 STATUS, 203 RETRIEVE DATA, 219 SET DATA. <fileid> is decimal (the
// manual: convert the hex IDs of its list); the module finds the file itself (USIM application
// first, then MF, then DF_TELECOM). Failures inside the card come back as status words
// (106,130 file not found; 105,130 security status not satisfied — e.g. EF_IMSI before the
// PIN), not as +CME ERROR. <response> is printed quoted, empty after an update, as the
// manual's example prints it.
//
// GET RESPONSE and STATUS answer in the TS 51.011 §9.2.1 layout the module uses (its example:
// STATUS on the MF, `000000003F00040000FFBB01020000`); see sim-apdu.ts gsmResponse. The
// manual prints that string with 29 digits — one 0 of the leading run lost (an odd number of
// hex digits cannot be bytes); the 15-byte form is the one that parses as §9.2.1.
// READ BINARY/RECORD with <p3> 0 read the whole file or record; a longer <p3> than the file
// holds returns what there is with 98,130 (6282, end of file).
// RETRIEVE/SET DATA work on BER-TLV files, which this card has none of: 105,129 (6981).
// Refused by the module: a missing <fileid> (STATUS aside) or <data> for an update, values
// outside 0-255, non-hex data, <data> not <p3> bytes long: +CME ERROR: incorrect parameters;
// AT+CSIMSLEEP=1 in force: +CME ERROR: operation not allowed (the manual requires 0 first).

import { reply, type CommandHandler } from '../../core/handler.js';
import { cme, CME, ERROR, OK } from '../../core/result.js';
import { splitArguments } from '../../spec/arguments.js';
import { gsmResponse, locateFileId, readBinary, readRecord, selectPath, SW, updateBinary, updateRecord, type ApduResponse } from '../../state/sim-apdu.js';
import { simUnavailable } from '../../state/sim.js';

const COMMANDS = new Set([176, 178, 192, 214, 220, 242, 203, 219]);

interface CrsmArgs {
  command: number;
  fileid?: number;
  p1: number;
  p2: number;
  p3: number;
  data?: string;
}

function parse(argText: string): CrsmArgs | 'syntax' | 'params' {
  const split = splitArguments(argText);
  if (!split.ok || split.tokens.length === 0 || split.tokens.length > 6) return 'syntax';
  const t = split.tokens;
  const int = (i: number): number | undefined | null => {
    const tok = t[i];
    if (!tok) return undefined;
    return !tok.quoted && /^\d+$/.test(tok.text) ? Number(tok.text) : null;
  };
  const command = int(0);
  if (command === undefined || command === null) return 'syntax';
  if (!COMMANDS.has(command)) return 'params';
  const fileid = int(1);
  const [p1, p2, p3] = [int(2), int(3), int(4)];
  if (fileid === null || p1 === null || p2 === null || p3 === null) return 'syntax';
  if (fileid !== undefined && fileid > 0xffff) return 'params';
  if ([p1, p2, p3].some((v) => v !== undefined && v > 255)) return 'params';
  const data = t[5]?.text;
  if (data !== undefined && !/^([0-9A-Fa-f]{2})*$/.test(data)) return 'params';
  return { command, fileid, p1: p1 ?? 0, p2: p2 ?? 0, p3: p3 ?? 0, data };
}

function respond(r: ApduResponse) {
  return reply(OK, [`+CRSM: ${r.sw >> 8},${r.sw & 0xff},"${r.data}"`]);
}

export const crsm: CommandHandler = {
  name: '+CRSM',
  argumentCheck: 'own',
  write: (ctx) => {
    const a = parse(ctx.argText);
    if (a === 'syntax') return reply(ERROR);
    if (a === 'params') return reply(cme(CME.INCORRECT_PARAMETERS));
    const sim = ctx.state.sim;
    const unusable = sim.lock.status === 'blocked' || sim.lock.status === 'locked' ? undefined : simUnavailable(sim, false);
    if (unusable) return reply(unusable);
    if (sim.sleepAllowed) return reply(cme(CME.OPERATION_NOT_ALLOWED));
    if (a.fileid === undefined && a.command !== 242) return reply(cme(CME.INCORRECT_PARAMETERS));
    const isUpdate = a.command === 214 || a.command === 220;
    if (isUpdate && (a.data === undefined || a.data.length === 0 || (a.p3 !== 0 && a.data.length !== a.p3 * 2))) {
      return reply(cme(CME.INCORRECT_PARAMETERS));
    }
    const card = sim.uicc!;
    const channel = sim.crsmChannel;
    if (a.fileid !== undefined) {
      const path = locateFileId(a.fileid.toString(16).padStart(4, '0'));
      if (!path) return respond({ sw: SW.FILE_NOT_FOUND, data: '' });
      selectPath(channel, path);
    }
    const target = channel.ef ?? channel.dir;
    switch (a.command) {
      case 242:
        return respond({ sw: SW.OK, data: gsmResponse(channel.dir) });
      case 192: {
        const data = gsmResponse(target);
        return respond({ sw: SW.OK, data: a.p3 > 0 && a.p3 * 2 < data.length ? data.slice(0, a.p3 * 2) : data });
      }
      case 176:
        return respond(readBinary(card, sim.security, channel, (a.p1 << 8) | a.p2, a.p3, 'terminal'));
      case 178:
        return respond(readRecord(card, sim.security, channel, a.p1, a.p2, a.p3, 'terminal'));
      case 214:
        return respond(updateBinary(card, sim.security, channel, (a.p1 << 8) | a.p2, a.data!));
      case 220:
        return respond(updateRecord(card, sim.security, channel, a.p1, a.p2, a.data!));
      default:
        // 203 RETRIEVE DATA, 219 SET DATA: BER-TLV files only.
        return respond({ sw: channel.ef ? SW.INCOMPATIBLE_STRUCTURE : SW.NO_EF_SELECTED, data: '' });
    }
  },
};
