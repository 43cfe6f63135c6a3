// The MMS <err> codes of §24.3.2, used both as `+CME ERROR: <err>` of the chapter's commands and
// in the `+CMMSSEND: <err>` indication (§24.3.1, 0 = sent).
//
// The numbers 171-201 also name EPS session management causes in the general +CME ERROR table
// (§25.3: 177 "Operator determined barring"...). An MMS command's error is the MMS one, so with
// AT+CMEE=2 its text is the §24.3.2 text: the final line is written here (per +CMEE: 0 ERROR,
// 1 the number, 2 the MMS text) rather than looked up in the general table.

import type { CommandContext } from '../core/handler.js';
import { ERROR, cme, type Final } from '../core/result.js';

export const MMS_ERR = {
  UNKNOWN: 201,
  BUSY: 171,
  OVER_SIZE: 172,
  TIMEOUT: 173,
  NO_RECEIVER: 174,
  ADDRESS_STORAGE_FULL: 175,
  ADDRESS_NOT_FOUND: 176,
  INVALID_PARAMETER: 177,
  MEMORY: 180,
  INVALID_FILE_FORMAT: 181,
  STORAGE_FULL: 182,
  BOX_EMPTY: 183,
  SAVE_FAILED: 184,
  NOT_ALLOWED_TO_EDIT: 186,
  NO_CONTENT: 187,
  INVALID_PDU: 189,
  NETWORK: 190,
  READ_FILE_FAILED: 191,
} as const;

/** The §24.3.2 text of an MMS code, from the command table. */
export function mmsErrorText(ctx: Pick<CommandContext, 'modem'>, code: number): string | undefined {
  return ctx.modem.table.errors.services.find((t) => t.section === '24.3.2')?.entries.find((e) => e.code === code)?.text;
}

/** `+CME ERROR: <err>` with an MMS code, rendered per this channel's +CMEE. */
export function mmsError(ctx: Pick<CommandContext, 'modem' | 'settings'>, code: number): Final {
  const cmee = ctx.settings.cmee;
  if (cmee === 0) return ERROR;
  if (cmee === 1) return cme(code);
  return { kind: 'text', text: `+CME ERROR: ${mmsErrorText(ctx, code) ?? code}`, isError: true };
}
