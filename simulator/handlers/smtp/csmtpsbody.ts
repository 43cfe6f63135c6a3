// SIM767XX §22.2.7 AT+CSMTPSBODY E-mail body.
//   AT+CSMTPSBODY=<body_len>   "> ", then exactly <body_len> bytes (1-5120), then OK
//   AT+CSMTPSBODY?             +CSMTPSBODY: <body_len> then the body (none when empty)
//   AT+CSMTPSBODY              clears the body
// While a mail is being sent, "the command will return ERROR directly".

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { sending } from './common.js';

export const csmtpsbody: CommandHandler = {
  name: '+CSMTPSBODY',
  read: (ctx) => {
    const body = ctx.state.smtp.body;
    const lines = [`+CSMTPSBODY: ${body.length}`];
    if (body.length > 0) lines.push(body.toString('latin1'));
    return reply(OK, lines);
  },
  write: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    return {
      prompt: {
        end: { kind: 'length', length: Number(ctx.arg('body_len')) },
        onInput: (input) => {
          if (input.kind !== 'data' || sending(ctx)) return reply(ERROR);
          ctx.state.smtp.body = Buffer.from(input.data);
          return reply(OK);
        },
      },
    };
  },
  exec: (ctx) => {
    if (sending(ctx)) return reply(ERROR);
    ctx.state.smtp.body = Buffer.alloc(0);
    return reply(OK);
  },
};
