// SIM767XX §17.2.2 AT+CCERTDOWN, §17.2.3 AT+CCERTLIST, §17.2.4 AT+CCERTDELE, §17.2.16
// AT+CCERTMOVE: the certificate store (simulator/ssl/certificate-store.ts).
//   AT+CCERTDOWN=<filename>,<len>  prompt, then exactly <len> bytes (1-10240) stored under the
//                                  name (replacing a file of that name); OK
//   AT+CCERTLIST                   +CCERTLIST: "<filename>" per stored file; OK
//   AT+CCERTDELE=<filename>        OK, or ERROR when there is no such file
//   AT+CCERTMOVE=<filename>        a file of the file system (named as AT+FSLS shows it, from
//                                  the current directory) moves into the store; ERROR when it
//                                  does not exist
// Names: 5-55 bytes ending in .pem or .der.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { currentDirectory, fileSystemOf, fromLineText } from '../../fs/index.js';
import { certificatesOf, validCertificateName } from '../../ssl/certificate-store.js';

/** How long AT+CCERTDOWN waits for its data (the manual's max response time, 120 s). */
const DOWNLOAD_TIMEOUT_MS = 120_000;

export const ccertdown: CommandHandler = {
  name: '+CCERTDOWN',
  write: (ctx) => {
    const name = String(ctx.arg('filename'));
    const length = Number(ctx.arg('len'));
    if (!validCertificateName(name)) return reply(ERROR);
    const store = certificatesOf(ctx.modem.instance);
    return {
      prompt: {
        end: { kind: 'length', length },
        timeoutMs: DOWNLOAD_TIMEOUT_MS,
        onInput: (input) => {
          if (input.kind !== 'data') return reply(ERROR);
          store.write(name, input.data);
          return reply(OK);
        },
      },
    };
  },
};

export const ccertlist: CommandHandler = {
  name: '+CCERTLIST',
  exec: (ctx) => reply(OK, certificatesOf(ctx.modem.instance).list().map((n) => `+CCERTLIST: "${n}"`)),
};

export const ccertdele: CommandHandler = {
  name: '+CCERTDELE',
  write: (ctx) => {
    const name = String(ctx.arg('filename'));
    if (!validCertificateName(name)) return reply(ERROR);
    return reply(certificatesOf(ctx.modem.instance).remove(name) ? OK : ERROR);
  },
};

export const ccertmove: CommandHandler = {
  name: '+CCERTMOVE',
  write: (ctx) => {
    const decoded = fromLineText(String(ctx.arg('filename')));
    if (!decoded.ok || !validCertificateName(decoded.value)) return reply(ERROR);
    const name = decoded.value;
    const fs = fileSystemOf(ctx.modem.instance);
    const path = fs.resolve(name, currentDirectory(ctx.state));
    if (!path.ok) return reply(ERROR);
    const data = fs.read(path.value);
    if (!data.ok) return reply(ERROR);
    certificatesOf(ctx.modem.instance).write(name, data.value);
    fs.remove(path.value);
    return reply(OK);
  },
};
