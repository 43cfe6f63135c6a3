// SIM767XX §11.2.2 AT+CFTRANTX Transfer a file from EFS to host.
//
//   AT+CFTRANTX=<filepath>[,<location>][,<size>][,<transmode>]
//     <transmode> 0 (default):  +CFTRANTX: DATA,<len>      per block of the file
//                               <len bytes of the file>
//                               ...
//                               +CFTRANTX: 0
//                               OK
//     <transmode> 1:            ><the bytes>                (no "+CFTRANTX:" lines)
//                               OK
//     ERROR: a bad or relative path, no such file, <location> past its end
//
// <filepath> is a full path on "C:" or "D:" (note 1; the examples read "d:/MyDir/t1.txt"). The
// bytes from <location> (default 0), <size> of them or up to the end (notes 2-3), go out exactly
// as stored (binary), in blocks of the profile's transferBlockBytes. No space after the comma in
// "DATA,<len>": the examples print "DATA, 11" but the response template also prints "DATA,<len>",
// the A76XX manual's same example prints "DATA,11", and field logs of the Cat-1 firmware read
// "+CFTRANTX: DATA,475". The <transmode> 1 form follows the A76XX manual's example
// ("AT+CFTRANTX=...,0,10,1" / ">123456790" / "OK"); this manual prints only "> ... OK".

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { isFullPath } from '../../fs/index.js';
import { fsOf, refused, textArg } from '../fs/common.js';

export const cftrantx: CommandHandler = {
  name: '+CFTRANTX',
  write: (ctx) => {
    const text = textArg(ctx, 'filepath');
    if (!text.ok) return refused(ctx, text.error);
    const input = text.value;
    if (!isFullPath(input)) return refused(ctx, `"${input}" is not a full path (C:/... or D:/...)`);
    const fs = fsOf(ctx);
    const path = fs.resolve(input);
    if (!path.ok) return refused(ctx, path.error);
    const size = ctx.arg('size') as number | undefined;
    const data = fs.read(path.value, { offset: (ctx.arg('location') as number | undefined) ?? 0, ...(size !== undefined ? { length: size } : {}) });
    if (!data.ok) return refused(ctx, data.error);
    const bytes = data.value;
    if (ctx.arg('transmode') === 1) return reply(OK, ['>' + bytes.toString('latin1')]);
    const block = fs.profile.transferBlockBytes;
    const lines: string[] = [];
    for (let at = 0; at < bytes.length; at += block) {
      const piece = bytes.subarray(at, at + block);
      lines.push(`+CFTRANTX: DATA,${piece.length}`, piece.toString('latin1'));
    }
    lines.push('+CFTRANTX: 0');
    return reply(OK, lines);
  },
};
