// What the chapter 22 handlers share: the sender-busy rule and quoting.

import type { CommandContext } from '../../core/handler.js';

/**
 * Whether a +CSMTPSSEND session is running: the commands that change the mail or its settings
 * then answer ERROR (manual §22.2.7, applied to the chapter: see simulator/state/smtp.ts).
 */
export function sending(ctx: CommandContext): boolean {
  return ctx.state.smtp.sender.status === 'sending';
}

/** A string parameter as the module prints it. */
export function quoted(text: string): string {
  return `"${text}"`;
}

/** A MIME charset name (RFC 2978 §2.3 mime-charset characters), as a header must carry it. */
export const CHARSET_NAME = /^[A-Za-z0-9!#$%&'+\-^_`{}~]+$/;
