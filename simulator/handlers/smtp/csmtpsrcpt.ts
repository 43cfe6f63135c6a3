// SIM767XX §22.2.5 AT+CSMTPSRCPT Recipient address and name (TO/CC/BCC): five of each kind.
//   AT+CSMTPSRCPT=<kind>,<index>,<raddr>[,<rname>]   sets one (<raddr> 1-127, <rname> up to 63)
//   AT+CSMTPSRCPT=<kind>,<index>                     clears that one
//   AT+CSMTPSRCPT=<kind>                             clears every recipient of the kind
//   AT+CSMTPSRCPT                                    clears all
//   AT+CSMTPSRCPT?                                   one line per recipient, by kind then index:
//                                                    +CSMTPSRCPT: <kind>,<index>,"<raddr>","<rname>"
// TO and CC recipients go into the "To:"/"Cc:" headers, every kind into RCPT TO.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { RECIPIENTS_PER_KIND } from '../../state/smtp.js';
import { quoted, sending } from './common.js';

export const csmtpsrcpt: CommandHandler = {
  name: '+CSMTPSRCPT',
  read: (ctx) => {
    const lines: string[] = [];
    ctx.state.smtp.recipients.forEach((list, kind) =>
      list.forEach((r, index) => {
        if (r) lines.push(`+CSMTPSRCPT: ${kind},${index},${quoted(r.address)},${quoted(r.name)}`);
      }),
    );
    return reply(OK, lines);
  },
  write: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    const kind = Number(ctx.arg('kind'));
    const index = ctx.arg('index') as number | undefined;
    const address = ctx.arg('raddr') as string | undefined;
    const name = ctx.arg('rname') as string | undefined;
    const list = ctx.state.smtp.recipients[kind]!;
    if (index === undefined) {
      if (address !== undefined || name !== undefined) return reply(ERROR);
      list.fill(undefined);
      return reply(OK);
    }
    if (address === undefined) {
      if (name !== undefined) return reply(ERROR);
      list[index] = undefined;
      return reply(OK);
    }
    if (address === '') return reply(ERROR);
    list[index] = { address, name: name ?? '' };
    return reply(OK);
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.recipients = ctx.state.smtp.recipients.map(() => Array.from({ length: RECIPIENTS_PER_KIND }, () => undefined));
    return reply(OK);
  },
};
