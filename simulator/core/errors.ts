// Misuse of the library (not modem errors, which are values: see result.ts) throws this, with
// a stable `code` and a message that says how to fix it.

export type ModemSimErrorCode =
  | 'UNKNOWN_PROFILE'
  | 'NOT_POWERED'
  | 'PORT_NOT_FOUND'
  | 'PORT_IN_USE'
  | 'PTY_UNAVAILABLE'
  | 'BAD_OPTION'
  | 'STATE_DIR';

export class ModemSimError extends Error {
  constructor(
    readonly code: ModemSimErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ModemSimError';
  }
}
