// Misuse of the conformance kit (a bad target string, an unreadable transcript, a missing
// device) throws this, with a stable `code` and a message that says how to fix it. What a
// module answers is never an exception: it is data (an Exchange, a test result).

export type ConformanceErrorCode =
  | 'BAD_TARGET'
  | 'TARGET_UNAVAILABLE'
  | 'TARGET_CLOSED'
  | 'TIMEOUT'
  | 'BAD_TRANSCRIPT'
  | 'BAD_CAPTURE'
  | 'BAD_OPTION'
  | 'UNKNOWN_SUITE'
  | 'UNKNOWN_PROFILE';

export class ConformanceError extends Error {
  constructor(
    readonly code: ConformanceErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ConformanceError';
  }
}
