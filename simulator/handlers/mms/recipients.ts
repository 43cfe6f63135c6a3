// SIM767XX §24.2.8-24.2.13: the recipients of the MMS being edited.
//
//   AT+CMMSRECP=<addr>   AT+CMMSCC=<addr>   AT+CMMSBCC=<addr>            OK: added
//   AT+CMMSRECP?         AT+CMMSCC?         AT+CMMSBCC?                  +CMMSRECP: "<addr>"[,"<addr>"...]
//   AT+CMMSDELRECP=<addr> AT+CMMSDELCC=<addr> AT+CMMSDELBCC=<addr>       OK: removed
//   AT+CMMSDELRECP       AT+CMMSDELCC       AT+CMMSDELBCC                OK: all of that list removed
//
// <addr>: "Mobile phone number or email address. As mobile phone number, the max length is 40;
// As email address, the max length is 60" (simulator/mms/message.ts addressKind): anything else
// +CME ERROR: 177. An address already in the list stays once. At most 20 recipients in all:
// beyond, 175 "The storage for address is full". Deleting an address the list lacks: 176 "Not
// find the address". The lists belong to the MMS being edited (edit mode, else 186); the read
// forms list them in any mode (nothing outside edit mode: the answer is OK alone).

import { reply, type CommandContext, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { MMS_ERR } from '../../mms/errors.js';
import { addressKind, MAX_RECIPIENTS, recipientCount, type MmsMessage } from '../../mms/message.js';
import { editedMessage, refuse } from './common.js';

type List = 'to' | 'cc' | 'bcc';

function listOf(ctx: CommandContext, list: List): readonly string[] {
  const edit = ctx.state.mms.edit;
  return edit.mode === 'editing' ? edit.message[list] : [];
}

function adder(name: string, list: List): CommandHandler {
  return {
    name,
    read: (ctx) => {
      const addrs = listOf(ctx, list);
      return reply(OK, addrs.length > 0 ? [`${name}: ${addrs.map((a) => `"${a}"`).join(',')}`] : []);
    },
    write: (ctx) => {
      const edited = editedMessage(ctx);
      if (!edited.ok) return edited.reply;
      const m: MmsMessage = edited.message;
      const addr = String(ctx.arg('addr'));
      if (!addressKind(addr)) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `"${addr}" is neither a phone number (40) nor an e-mail address (60)`);
      if (m[list].includes(addr)) return reply(OK);
      if (recipientCount(m) >= MAX_RECIPIENTS) return refuse(ctx, MMS_ERR.ADDRESS_STORAGE_FULL, `${MAX_RECIPIENTS} recipients already`);
      m[list].push(addr);
      return reply(OK);
    },
  };
}

function deleter(name: string, list: List): CommandHandler {
  return {
    name,
    exec: (ctx) => {
      const edited = editedMessage(ctx);
      if (!edited.ok) return edited.reply;
      edited.message[list] = [];
      return reply(OK);
    },
    write: (ctx) => {
      const edited = editedMessage(ctx);
      if (!edited.ok) return edited.reply;
      const addr = String(ctx.arg('addr'));
      const i = edited.message[list].indexOf(addr);
      if (i < 0) return refuse(ctx, MMS_ERR.ADDRESS_NOT_FOUND, `"${addr}" is not in the list`);
      edited.message[list].splice(i, 1);
      return reply(OK);
    },
  };
}

export const cmmsrecp = adder('+CMMSRECP', 'to');
export const cmmscc = adder('+CMMSCC', 'cc');
export const cmmsbcc = adder('+CMMSBCC', 'bcc');
export const cmmsdelrecp = deleter('+CMMSDELRECP', 'to');
export const cmmsdelcc = deleter('+CMMSDELCC', 'cc');
export const cmmsdelbcc = deleter('+CMMSDELBCC', 'bcc');
