// The result codes of chapter 22 (manual §22.3 "Summary of result codes for SMTPS"): the <err>
// of "+CSMTPSSEND: <err>" and "+CSMTPS: <err>". The manual's table lost the code column of its
// first nine rows; they are restored (generator correction, p.384) from the same table in
// SIMCom's A76XX Series AT Command Manual V1.09 §32.3: 0, then 600-607.

export const SMTP_ERR = {
  OK: 0,
  BUSY: 600,
  NETWORK: 601,
  SOCKET: 602,
  OVER_SIZE: 603,
  DUPLICATE_FILE: 604,
  TIMEOUT: 605,
  TRANSFER_FAILED: 606,
  MEMORY: 607,
  INVALID_PARAMETER: 608,
  EFS: 609,
  SERVER: 610,
  AUTHENTICATION: 611,
  USER_CANCEL: 612,
  UNKNOWN: 655,
} as const;

export type SmtpErr = (typeof SMTP_ERR)[keyof typeof SMTP_ERR];

/** A session that ended before the mail was accepted, with the <err> to report. */
export class SmtpFailure extends Error {
  constructor(
    readonly err: SmtpErr,
    message: string,
  ) {
    super(message);
    this.name = 'SmtpFailure';
  }
}
