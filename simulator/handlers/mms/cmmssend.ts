// SIM767XX §24.2.7 AT+CMMSSEND Send MMS, and the indication of §24.3.1.
//
//   AT+CMMSSEND=<address>   OK, later +CMMSSEND: <err>: the MMS being edited, to <address> only
//   AT+CMMSSEND             OK, later +CMMSSEND: <err>: to its recipients (+CMMSRECP/CC/BCC)
//     with files recorded by AT+CMMSCFG="data_mode",1:  >  then their data, one file after the
//     other in the order they were added (as many bytes as each was announced with)  →  OK ...
//
// <err> 0 when the MMSC accepted it; otherwise a §24.3.2 code (simulator/mms/send.ts says which).
// The MMS goes as an M-Send.req (OMA-TS-MMS-ENC-V1_2, simulator/mms/compose.ts) in an HTTP POST
// to the MMSC of AT+CMMSCURL, through the proxy of AT+CMMSPROTO if one is set, on the PDP
// context of AT+CMMSCFG="CID", within AT+CMMSCFG="mmssend_timeout".
//
// At once, with +CME ERROR: "It can only be performed in edit mode" (186); a send under way
// (171); no title and no file (187); no recipient and no <address> (174); an <address> that is
// no phone number or e-mail address, or no usable MMSC URL (177). The data of "data_mode" 1
// must come within "mmssend_timeout" ("the AT command can exit the transparent mode after the
// timeout"): 173 otherwise; a file that is not what it was announced as: 181. That data is not
// kept in the module (data_mode 1: "Do not download the file into the module"): the next
// AT+CMMSSEND asks for it again. The MMS stays in the edit buffer after it is sent.

import { reply, type CommandContext, type CommandHandler, type HandlerResult, type PromptInput } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { composeSendRequest } from '../../mms/compose.js';
import { MMS_ERR } from '../../mms/errors.js';
import { addressKind, fileContent, recipientCount, type MmsMessage } from '../../mms/message.js';
import { encodeSendRequest } from '../../mms/pdu/m-send-req.js';
import { parseMmscUrl, postMms, proxyOf, type MmscUrl } from '../../mms/send.js';
import { editedMessage, refuse, sameCycle } from './common.js';

/** The message with the data of its recorded files filled in from `data`, or the file that is not what it claims. */
function withData(m: MmsMessage, data: Buffer): { ok: true; message: MmsMessage } | { ok: false; name: string } {
  let at = 0;
  const parts = [];
  for (const p of m.parts) {
    if (p.data) {
      parts.push(p);
      continue;
    }
    const bytes = data.subarray(at, at + p.size);
    at += p.size;
    const content = fileContent(p.kind, p.name, bytes);
    if (!content) return { ok: false, name: p.name };
    parts.push({ ...p, contentType: content.contentType, size: content.data.length, data: content.data });
  }
  return { ok: true, message: { ...m, parts } };
}

function start(ctx: CommandContext, message: MmsMessage, mmsc: MmscUrl, address: string | undefined): HandlerResult {
  const { state, modem: services } = ctx;
  const mms = state.mms;
  const transactionId = `T${services.clock.now().toString(16)}${(mms.transactions++).toString(16).padStart(4, '0')}`;
  const pdu = encodeSendRequest(composeSendRequest({ transactionId, message, config: mms.sendConfig, ...(address !== undefined ? { sendTo: address } : {}) }));
  mms.sending = true;
  const job = {
    services,
    state,
    cid: mms.cid,
    mmsc,
    ...(proxyOf(mms.proto) ? { proxy: proxyOf(mms.proto)! } : {}),
    userAgent: mms.userAgent,
    uaProfile: mms.uaProfile,
    pdu,
    transactionId,
    timeoutMs: mms.sendTimeoutMs,
  };
  services.log(`mms: sending ${pdu.length} bytes (transaction ${transactionId}) to ${mmsc.host}:${mmsc.port}${mmsc.path}${job.proxy ? ` via ${job.proxy.host}:${job.proxy.port}` : ''}`);
  const run = async () => {
    const code = await postMms(job);
    if (!sameCycle(ctx)) return;
    mms.sending = false;
    services.urc(`+CMMSSEND: ${code}`);
  };
  return reply(OK, [], [{ type: 'task', run }]);
}

function send(ctx: CommandContext, address: string | undefined): HandlerResult {
  const edited = editedMessage(ctx);
  if (!edited.ok) return edited.reply;
  const m = edited.message;
  if (address !== undefined && !addressKind(address)) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `"${address}" is neither a phone number (40) nor an e-mail address (60)`);
  if (m.title === undefined && m.parts.length === 0) return refuse(ctx, MMS_ERR.NO_CONTENT, 'the MMS has no title and no file');
  if (address === undefined && recipientCount(m) === 0) return refuse(ctx, MMS_ERR.NO_RECEIVER, 'no recipient (AT+CMMSRECP/CC/BCC)');
  const mmsc = parseMmscUrl(ctx.state.mms.mmscUrl);
  if (!mmsc) return refuse(ctx, MMS_ERR.INVALID_PARAMETER, `no usable MMSC URL (AT+CMMSCURL: "${ctx.state.mms.mmscUrl}")`);
  const pending = m.parts.filter((p) => !p.data).reduce((n, p) => n + p.size, 0);
  if (pending === 0) return start(ctx, m, mmsc, address);
  return {
    prompt: {
      end: { kind: 'length', length: pending },
      timeoutMs: ctx.state.mms.sendTimeoutMs,
      onInput: (input: PromptInput) => {
        if (input.kind !== 'data') return refuse(ctx, MMS_ERR.TIMEOUT, `the data of the recorded files did not come within ${ctx.state.mms.sendTimeoutMs} ms`);
        const filled = withData(m, input.data);
        if (!filled.ok) return refuse(ctx, MMS_ERR.INVALID_FILE_FORMAT, `"${filled.name}" is not the file it was recorded as`);
        if (ctx.state.mms.sending) return refuse(ctx, MMS_ERR.BUSY, 'an MMS is being sent');
        return start(ctx, filled.message, mmsc, address);
      },
    },
  };
}

export const cmmssend: CommandHandler = {
  name: '+CMMSSEND',
  exec: (ctx) => send(ctx, undefined),
  write: (ctx) => send(ctx, String(ctx.arg('address'))),
};
