// SIM767XX §24.2.5 AT+CMMSDOWN Download the file data or title from UART.
//
//   AT+CMMSDOWN=<type>,<size>,<name>   "PIC", "TEXT", "AUDIO": a file of <size> bytes named <name>
//       data_mode 0:  >  then exactly <size> bytes, taken as binary  →  OK
//       data_mode 1:  OK at once: "only the file name and size will be recorded"; the data comes
//                     with AT+CMMSSEND (AT+CMMSCFG, §24.2.18)
//   AT+CMMSDOWN="TITLE",<size>         >  then the subject, 1-40 bytes  →  OK
//   AT+CMMSDOWN="ATTACH","<filename>"  OK: a file of the module's file system joins the MMS
//   AT+CMMSDOWN="PIC","<filename>"     OK: a picture file of the module's file system
//
// "VIDEO", "SDP" and "FILE" are "(not supported)": +CME ERROR: operation not supported.
// A picture must be JPG/GIF/PNG/TIFF, audio MIDI/WAV/AMR/MPEG (by their signatures; with
// data_mode 1, by the name's extension until the data comes), text and title UTF-8 or UCS2 with
// the byte order marks §24.2.5 names (simulator/mms/message.ts): otherwise 181 "Invalid file
// format". A file that cannot be read: 191 "Failed to read file in UE". A title with a <name>,
// a file without one, a title longer than 40 bytes: 177. More than 300 KB of files in one MMS
// (the largest message class of OMA-TS-MMS-CONF, "Content Rich"): 172 "The mms data is over size".
// A sixth file: "+CMMSDOWN: 182" as the note says ("can be passed up to 5 files, out of range will
// report an error like +CMMSDOWN: 182"). A new title replaces the old one.
//
// Only in edit mode (186 otherwise); not while the MMS is being sent (171). The data must come
// within 10 s plus 2 ms per byte (the manual gives no limit; as AT+CFTRANRX's default): 173
// "The operation is over time" otherwise, and nothing of it is kept.

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { CME, OK, cme } from '../../core/result.js';
import { currentDirectory, fileSystemOf, formatPath, fromLineText } from '../../fs/index.js';
import { MMS_ERR } from '../../mms/errors.js';
import { contentSize, decodeText, expectedTypeByName, fileContent, MAX_FILES, MAX_TITLE_BYTES, pictureType, type MmsMessage, type MmsPart, type PartKind } from '../../mms/message.js';
import { editedMessage, refuse } from './common.js';

/** The most octets of files one MMS carries (see the file comment). */
export const MAX_MMS_CONTENT = 300 * 1024;
const UNSUPPORTED = ['VIDEO', 'SDP', 'FILE'];

function promptTimeoutMs(size: number): number {
  return 10_000 + 2 * size;
}

function tooMany(ctx: CommandContext, m: MmsMessage): HandlerResult | undefined {
  if (m.parts.length < MAX_FILES) return undefined;
  ctx.modem.log(`${ctx.name}: the MMS holds ${MAX_FILES} files already`);
  return reply({ kind: 'text', text: `+CMMSDOWN: ${MMS_ERR.STORAGE_FULL}`, isError: true });
}

function overSize(ctx: CommandContext, m: MmsMessage, size: number): HandlerResult | undefined {
  if (contentSize(m) + size <= MAX_MMS_CONTENT) return undefined;
  return refuse(ctx, MMS_ERR.OVER_SIZE, `${contentSize(m)} + ${size} bytes is more than ${MAX_MMS_CONTENT}`);
}

function title(ctx: CommandContext, m: MmsMessage, size: number): HandlerResult {
  if (ctx.arg('name') !== undefined) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, 'a title takes no <name>');
  if (size > MAX_TITLE_BYTES) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `a title of ${size} bytes (1-${MAX_TITLE_BYTES})`);
  return {
    prompt: {
      end: { kind: 'length', length: size },
      timeoutMs: promptTimeoutMs(size),
      onInput: (input: PromptInput) => {
        if (input.kind !== 'data') return refuse(ctx, MMS_ERR.TIMEOUT, 'the title did not come in time');
        const text = decodeText(input.data);
        if (text === undefined) return refuse(ctx, MMS_ERR.INVALID_FILE_FORMAT, 'the title is not valid UTF-8 / UCS2');
        m.title = text;
        return reply(OK);
      },
    },
  };
}

function fromUart(ctx: CommandContext, m: MmsMessage, kind: PartKind, size: number): HandlerResult {
  const name = ctx.arg('name') as string | undefined;
  if (name === undefined || name === '') return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `a ${kind} file needs a <name>`);
  const limit = tooMany(ctx, m) ?? overSize(ctx, m, size);
  if (limit) return limit;
  if (ctx.state.mms.dataMode === 1) {
    const contentType = expectedTypeByName(kind, name);
    if (!contentType) return refuse(ctx, MMS_ERR.INVALID_FILE_FORMAT, `"${name}" does not name a ${kind} file`);
    m.parts.push({ kind, name, contentType, size });
    return reply(OK);
  }
  return {
    prompt: {
      end: { kind: 'length', length: size },
      timeoutMs: promptTimeoutMs(size),
      onInput: (input: PromptInput) => {
        if (input.kind !== 'data') return refuse(ctx, MMS_ERR.TIMEOUT, `the data of "${name}" did not come in time`);
        const content = fileContent(kind, name, input.data);
        if (!content) return refuse(ctx, MMS_ERR.INVALID_FILE_FORMAT, `"${name}" is not a ${kind} file`);
        m.parts.push({ kind, name, contentType: content.contentType, size: content.data.length, data: content.data });
        return reply(OK);
      },
    },
  };
}

function fromFileSystem(ctx: CommandContext, m: MmsMessage, kind: 'ATTACH' | 'PIC'): HandlerResult {
  const limit = tooMany(ctx, m);
  if (limit) return limit;
  const text = fromLineText(String(ctx.arg('filename')));
  if (!text.ok) return refuse(ctx, MMS_ERR.READ_FILE_FAILED, text.error.message);
  const fs = fileSystemOf(ctx.modem.instance);
  const path = fs.resolve(text.value, currentDirectory(ctx.state));
  if (!path.ok) return refuse(ctx, MMS_ERR.READ_FILE_FAILED, path.error.message);
  const data = fs.read(path.value);
  if (!data.ok) return refuse(ctx, MMS_ERR.READ_FILE_FAILED, `${formatPath(path.value)}: ${data.error.message}`);
  const over = overSize(ctx, m, data.value.length);
  if (over) return over;
  const name = path.value.segments.at(-1) ?? text.value;
  if (kind === 'PIC' && !pictureType(data.value)) return refuse(ctx, MMS_ERR.INVALID_FILE_FORMAT, `${formatPath(path.value)} is not a JPG/GIF/PNG/TIFF picture`);
  const content = fileContent(kind, name, data.value)!;
  const part: MmsPart = { kind, name, contentType: content.contentType, size: content.data.length, data: content.data };
  m.parts.push(part);
  return reply(OK);
}

export const cmmsdown: CommandHandler = {
  name: '+CMMSDOWN',
  write: (ctx) => {
    const edited = editedMessage(ctx);
    if (!edited.ok) return edited.reply;
    const m = edited.message;
    const type = String(ctx.args[0]).toUpperCase();
    if (ctx.arg('filename') !== undefined) return fromFileSystem(ctx, m, type === 'PIC' ? 'PIC' : 'ATTACH');
    if (UNSUPPORTED.includes(type)) {
      ctx.modem.log(`+CMMSDOWN: "${type}" is not supported`);
      return reply(cme(CME.OPERATION_NOT_SUPPORTED));
    }
    const size = Number(ctx.arg('size'));
    if (type === 'TITLE') return title(ctx, m, size);
    return fromUart(ctx, m, type as PartKind, size);
  },
};
