// Final result codes as values (manual §25.1, 27.007 §9.2, 27.005 §3.2.5). Handlers return one
// of these; the codec renders it per ATV/ATQ/+CMEE (see render.ts).

/** Basic result codes of §25.1 with their ATV0 numbers. */
export const BASIC_RESULT_CODES = {
  OK: 0,
  CONNECT: 1,
  RING: 2,
  'NO CARRIER': 3,
  ERROR: 4,
  'NO DIALTONE': 6,
  BUSY: 7,
  'NO ANSWER': 8,
} as const;

export type BasicResultCode = keyof typeof BASIC_RESULT_CODES;

export type Final =
  /** A §25.1 code. `suffix` is printed after the verbose text in V1 only (`CONNECT 115200`). */
  | { kind: 'basic'; code: BasicResultCode; suffix?: string }
  /** `+CME ERROR: <err>` (27.007 §9.2), subject to +CMEE. */
  | { kind: 'cme'; code: number }
  /** `+CMS ERROR: <err>` (27.005 §3.2.5), subject to +CMEE. */
  | { kind: 'cms'; code: number }
  /**
   * A vendor final line printed as is, whatever +CMEE says (e.g. SIMCom's `+IP ERROR: ...`
   * lines followed by ERROR are info + basic; this is for codes the manual prints alone).
   */
  | { kind: 'text'; text: string; isError: boolean };

export const OK: Final = { kind: 'basic', code: 'OK' };
export const ERROR: Final = { kind: 'basic', code: 'ERROR' };

export function basic(code: BasicResultCode, suffix?: string): Final {
  return suffix === undefined ? { kind: 'basic', code } : { kind: 'basic', code, suffix };
}

export function cme(code: number): Final {
  return { kind: 'cme', code };
}

export function cms(code: number): Final {
  return { kind: 'cms', code };
}

/** Whether a final result code ends a command line's execution (everything but OK/CONNECT). */
export function isErrorFinal(final: Final): boolean {
  switch (final.kind) {
    case 'basic':
      return final.code !== 'OK' && final.code !== 'CONNECT';
    case 'cme':
    case 'cms':
      return true;
    case 'text':
      return final.isError;
  }
}

/** Frequently used CME codes (manual §25.3), named so handlers read clearly. */
export const CME = {
  OPERATION_NOT_ALLOWED: 3,
  OPERATION_NOT_SUPPORTED: 4,
  SIM_NOT_INSERTED: 10,
  SIM_PIN_REQUIRED: 11,
  SIM_PUK_REQUIRED: 12,
  SIM_FAILURE: 13,
  SIM_BUSY: 14,
  INCORRECT_PASSWORD: 16,
  SIM_PIN2_REQUIRED: 17,
  SIM_PUK2_REQUIRED: 18,
  MEMORY_FULL: 20,
  INVALID_INDEX: 21,
  NOT_FOUND: 22,
  TEXT_TOO_LONG: 24,
  INVALID_CHARACTERS: 25,
  NO_NETWORK_SERVICE: 30,
  NETWORK_TIMEOUT: 31,
  INCORRECT_PARAMETERS: 50,
  UNKNOWN: 100,
} as const;

/** Frequently used CMS codes (manual §25.4). */
export const CMS = {
  ME_FAILURE: 300,
  OPERATION_NOT_ALLOWED: 302,
  OPERATION_NOT_SUPPORTED: 303,
  INVALID_PDU_PARAMETER: 304,
  INVALID_TEXT_PARAMETER: 305,
  SIM_NOT_INSERTED: 310,
  SIM_PIN_REQUIRED: 311,
  SIM_FAILURE: 313,
  SIM_BUSY: 314,
  SIM_PUK_REQUIRED: 316,
  MEMORY_FAILURE: 320,
  INVALID_MEMORY_INDEX: 321,
  MEMORY_FULL: 322,
  SMSC_UNKNOWN: 330,
  NO_NETWORK_SERVICE: 331,
  NETWORK_TIMEOUT: 332,
  NO_CNMA_EXPECTED: 340,
  UNKNOWN: 500,
} as const;
