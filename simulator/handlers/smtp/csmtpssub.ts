// SIM767XX §22.2.6 AT+CSMTPSSUB E-mail subject.
//   AT+CSMTPSSUB=<subject_len>[,<subject_character>]   "> ", then exactly <subject_len> bytes
//                                                      (1-511, any bytes: "it can input any binary
//                                                      data"), then OK; <subject_character> is the
//                                                      character set the bytes are in (default
//                                                      "UTF-8"; a MIME charset name), which labels
//                                                      the "Subject:" header
//   AT+CSMTPSSUB?                                      +CSMTPSSUB: <subject_len>,"<subject_character>"
//                                                      then the subject on its own line (none when
//                                                      empty)
//   AT+CSMTPSSUB                                       clears the subject (and the character set)
// The manual spells the read answer three ways ("+SMTPSUB:" in the syntax, "+SMTPSSUB:" and
// "+CSMTPSSUB:" in the examples): the command's own name is used.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { DEFAULT_SUBJECT_CHARSET } from '../../state/smtp.js';
import { CHARSET_NAME, quoted, sending } from './common.js';

export const csmtpssub: CommandHandler = {
  name: '+CSMTPSSUB',
  read: (ctx) => {
    const { bytes, charset } = ctx.state.smtp.subject;
    const lines = [`+CSMTPSSUB: ${bytes.length},${quoted(charset)}`];
    if (bytes.length > 0) lines.push(bytes.toString('latin1'));
    return reply(OK, lines);
  },
  write: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    const length = Number(ctx.arg('subject_len'));
    const charset = (ctx.arg('subject_character') as string | undefined) ?? DEFAULT_SUBJECT_CHARSET;
    if (!CHARSET_NAME.test(charset)) return reply(ERROR);
    return {
      prompt: {
        end: { kind: 'length', length },
        onInput: (input) => {
          if (input.kind !== 'data' || sending(ctx)) return reply(ERROR);
          ctx.state.smtp.subject = { bytes: Buffer.from(input.data), charset };
          return reply(OK);
        },
      },
    };
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.subject = { bytes: Buffer.alloc(0), charset: DEFAULT_SUBJECT_CHARSET };
    return reply(OK);
  },
};
