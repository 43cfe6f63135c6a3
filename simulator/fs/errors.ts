// Failures of the module's file system, as values (house style: modem errors are values). The
// codes are the error texts the manual lists for AT+FSCOPY (§10.2.9, "3) If any error: SD CARD
// NOT PLUGGED IN / FILE IS EXISTING / ..."), plus the few failures that list has no text for;
// the other commands of chapters 10-11 answer plain ERROR whatever the cause.

export type FsErrorCode =
  | 'SD_CARD_NOT_PLUGGED_IN'
  | 'FILE_IS_EXISTING'
  | 'FILE_NOT_EXISTING'
  | 'DIRECTORY_IS_EXISTED'
  | 'DIRECTORY_NOT_EXISTED'
  | 'INVALID_PATH_NAME'
  | 'INVALID_FILE_NAME'
  | 'SD_CARD_HAVE_NO_ENOUGH_MEMORY'
  | 'EFS_HAVE_NO_ENOUGH_MEMORY'
  | 'FILE_CREATE_ERROR'
  | 'READ_FILE_ERROR'
  | 'WRITE_FILE_ERROR'
  /** Not in the manual's list: a directory that still holds entries cannot be removed. */
  | 'DIRECTORY_NOT_EMPTY'
  /** Not in the manual's list: the drive does not offer the operation (directories on "C:"). */
  | 'NOT_SUPPORTED'
  /** Not in the manual's list: an offset beyond the end of the file. */
  | 'OUT_OF_RANGE';

export interface FsError {
  readonly code: FsErrorCode;
  /** For logs: what failed, naming the path. */
  readonly message: string;
}

export type FsResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: FsError };

export function ok<T>(value: T): FsResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: FsErrorCode, message: string): FsResult<T> {
  return { ok: false, error: { code, message } };
}

const MANUAL_TEXTS: Partial<Record<FsErrorCode, string>> = {
  SD_CARD_NOT_PLUGGED_IN: 'SD CARD NOT PLUGGED IN',
  FILE_IS_EXISTING: 'FILE IS EXISTING',
  FILE_NOT_EXISTING: 'FILE NOT EXISTING',
  DIRECTORY_IS_EXISTED: 'DIRECTORY IS EXISTED',
  DIRECTORY_NOT_EXISTED: 'DIRECTORY NOT EXISTED',
  INVALID_PATH_NAME: 'INVALID PATH NAME',
  INVALID_FILE_NAME: 'INVALID FILE NAME',
  SD_CARD_HAVE_NO_ENOUGH_MEMORY: 'SD CARD HAVE NO ENOUGH MEMORY',
  EFS_HAVE_NO_ENOUGH_MEMORY: 'EFS HAVE NO ENOUGH MEMORY',
  FILE_CREATE_ERROR: 'FILE CREATE ERROR',
  READ_FILE_ERROR: 'READ FILE ERROR',
  WRITE_FILE_ERROR: 'WRITE FILE ERROR',
};

/** The manual's text for a failure (§10.2.9), or undefined where it prints only ERROR. */
export function manualErrorText(code: FsErrorCode): string | undefined {
  return MANUAL_TEXTS[code];
}
