// The command table's schema: one record per command of the SIM767XX AT Command Manual v1.06
// (chapters 2-24), plus the result-code and error tables of chapter 25 and the per-service
// <err> tables of chapters 12-24. Records are generated from the manual's OCR text by
// scripts/gen-command-table.ts and committed under simulator/spec/generated/.
//
// Contract: every field that the manual gives is here, cleaned of OCR damage; a field the
// manual leaves empty ("-" or blank) is null, never guessed. Hand corrections live in the
// generator, each with a comment naming the manual page and what the OCR broke.

/** The four forms of an extended command (manual §1.5.2 table 1), plus the basic-command form. */
export type FormKind = 'test' | 'read' | 'write' | 'exec';

/** Parameter Saving Mode, manual §1.4. `null` where the manual prints "-" or nothing. */
export type SavingMode = 'NO_SAVE' | 'AUTO_SAVE' | 'AUTO_SAVE_REBOOT' | 'AT&W_SAVE';

/** How a command is written on the line (manual §1.5.2). */
export type CommandSyntaxKind =
  /** `AT+X`, `AT$X`, `AT#X`: extended syntax, separated by `;` from the next command. */
  | 'extended'
  /** `ATE1`, `AT&F0`, `ATD...`: a letter or `&`+letter with an optional number. */
  | 'basic'
  /** `+++` and `A/`: not preceded by AT. */
  | 'special';

/** One value of an enumerated parameter, as listed under "Defined Values". */
export interface ParamValue {
  /** The value exactly as written on the line: `1`, `"ME"` (quotes kept for strings). */
  value: string;
  description: string;
  /** True where the manual underlines it (the factory default). */
  isDefault?: boolean;
}

export interface ParamSpec {
  /** Name without angle brackets: `mem1`, `rssi`. */
  name: string;
  /**
   * `integer`: a decimal number on the line. `string`: a quoted string on the line.
   * `text`: a string the manual accepts with or without double quotes (file names of FSDEL...).
   * `hex`: hex digits (unquoted unless the manual shows quotes). `unknown`: the manual does
   * not say; validation then only checks presence.
   */
  type: 'integer' | 'string' | 'text' | 'hex' | 'unknown';
  /** Enumerated values, when the manual lists them. */
  values?: ParamValue[];
  /** Inclusive integer ranges (`0-31,99` gives two ranges: 0..31 and 99..99). */
  ranges?: Array<{ min: number; max: number }>;
  /** Maximum string length in characters, where the manual gives one. */
  maxLength?: number;
  /** Factory default as it would be written on the line (`0`, `"SM"`), if the manual gives one. */
  default?: string;
  /** The manual's description text, cleaned. */
  description: string;
}

/** One argument slot of a syntax line, in order. */
export interface ArgSlot {
  /** The parameter's name; for a literal slot, the literal as written. */
  name: string;
  /** True when the slot sits inside `[...]` in the syntax. */
  optional: boolean;
  /**
   * A fixed value the manual writes in this position instead of a parameter — `"CONNECTTO"`
   * in `AT+HTTPPARA="CONNECTTO",<conntimeout>`, `"TCP"`, `2` — kept as written (quotes
   * included for strings). The slot accepts only that value (case-insensitively).
   */
  literal?: string;
}

export interface FormSpec {
  /** The syntax line(s) as the manual prints them, cleaned: `AT+CPMS=<mem1>[,<mem2>[,<mem3>]]`. */
  syntax: string[];
  /** Argument slots of the (first) syntax line, for write forms and basic commands. */
  args: ArgSlot[];
  /**
   * When the form's syntax lines take different slots — keyword-dispatched commands
   * (`AT+HTTPPARA="URL",<url>` / `AT+HTTPPARA="CONNECTTO",<conntimeout>`) or mode-dependent
   * ones (`AT+CMGS=<da>[,<toda>]` in text mode / `AT+CMGS=<length>` in PDU mode) — the slots
   * of each line, in the manual's order (the first equals `args`). A command line is valid
   * when it fits one of them. Absent when every line takes the same slots.
   */
  alternatives?: ArgSlot[][];
  /** The response section, cleaned, one string per line (alternatives kept as printed). */
  response: string[];
}

/** An example block: the lines in order, as the manual prints them, cleaned. */
export interface ExampleBlock {
  lines: string[];
}

export interface CommandSpec {
  /**
   * Canonical name as it follows `AT`: `+CMGS`, `E`, `&F`, `D`, `I`; `+++` and `A/` for the
   * special ones. Upper case.
   */
  name: string;
  syntaxKind: CommandSyntaxKind;
  /** Title after the command in the section heading: "Send message". */
  title: string;
  /** Section number: "7.2.12". */
  section: string;
  chapter: number;
  /** The one-paragraph description that opens the section. */
  description: string;
  forms: Partial<Record<FormKind, FormSpec>>;
  /** "Defined Values", in the manual's order. */
  params: ParamSpec[];
  /**
   * What `AT<name>=?` answers before `OK`, line by line. Taken from the manual's example where
   * there is one, otherwise built from the test form's template and the parameter ranges.
   * Empty array: the test form answers only `OK`. Absent: no test form.
   */
  testAnswer?: string[];
  /** Where `testAnswer` came from. */
  testAnswerSource?: 'example' | 'template';
  savingMode: SavingMode | null;
  /** Max Response Time in milliseconds; null where the manual prints "-" or nothing. */
  maxResponseTimeMs: number | null;
  /** "3GPP TS 27.005", "V.25ter", "Vendor", ...; null where absent. */
  reference: string | null;
  examples: ExampleBlock[];
  notes: string[];
}

/** One row of a code table (chapter 25 or a per-service `<err>` table). */
export interface CodeEntry {
  code: number;
  text: string;
}

export interface ResultCodeEntry {
  verbose: string;
  numeric: number;
  description: string;
}

/** A per-service `<err>` table (e.g. §13.3.2 TCP/IP, §16.3.1 MQTT). */
export interface ServiceErrorTable {
  /** Section number of the table. */
  section: string;
  /** Service it belongs to: "HTP", "NTP", "TCP/IP", "HTTP(S)", "FTP(S)", "MQTT(S)", ... */
  service: string;
  /** The parameter the table describes: "err", "err_info", "statuscode", "errcode". */
  param: string;
  entries: CodeEntry[];
}

export interface ErrorTables {
  /** §25.1 */
  resultCodes: ResultCodeEntry[];
  /** §25.2 */
  ceer: CodeEntry[];
  /** §25.3 */
  cme: CodeEntry[];
  /** §25.4 */
  cms: CodeEntry[];
  services: ServiceErrorTable[];
}

/** A chapter as its overview table lists it, to check the parse against. */
export interface ChapterSummary {
  chapter: number;
  title: string;
  /** Command names listed in the chapter's overview table (or TOC where no table). */
  commands: string[];
}

/** Unsolicited result codes listed by a chapter's "Unsolicited Result Codes" section. */
export interface UrcEntry {
  chapter: number;
  /** The URC text or template as printed: `+CMTI: <mem>,<index>`. */
  urc: string;
  description: string;
}
