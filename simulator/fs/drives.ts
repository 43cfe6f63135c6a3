// The module's drives and the manual's naming rules for each (§10.2, "General rules for naming"):
//
//   "C:"  local flash (EFS). Fully qualified file names at most 55 characters, not counting
//         "C:" (so "/dir/name" counts its leading "/"); file names cannot begin with "."; no
//         non-ASCII characters (§11.2.1 note 3: "SIM767XX Series do not support Non-ASCII
//         characters in file path"). AT+FSMKDIR/AT+FSRMDIR "Only support D:" (§10.2.2-10.2.3),
//         so users make no directories here; the one directory the manual names on "C:" is the
//         user directory "simdir" of AT+FSPRESET (§10.2.10), made when a file is first moved
//         there.
//   "D:"  the SD card. Fully qualified names of directories and files at most 55 characters,
//         not counting "D:/"; non-ASCII names allowed (§22.2.9: the {non-ascii} form "is only
//         for SD cards").
//
// Both: no \ / : * ? " < > | in a name; "/" separates names; a trailing "/" is dropped.
// Lengths count UTF-8 bytes (a non-ASCII character takes its bytes on the card).
//
// Deliberate choice the manual leaves open: names on "D:" compare case-insensitively (an SD card
// carries FAT, which keeps the case as written but finds "A.TXT" as "a.txt"); names on "C:" are
// case-sensitive.

export type DriveLetter = 'C' | 'D';

export const DRIVES: readonly DriveLetter[] = ['C', 'D'];

export interface DriveRules {
  readonly letter: DriveLetter;
  /** At most this many bytes in the fully qualified name, counted as `lengthOf` says. */
  readonly maxNameBytes: number;
  /** The part of the fully qualified name that counts toward the limit. */
  lengthOf(segments: readonly string[]): number;
  /** Whether a name may begin with ".". */
  readonly leadingDot: boolean;
  /** Whether names may hold characters outside printable ASCII. */
  readonly nonAscii: boolean;
  /** Whether names compare without regard to case. */
  readonly caseInsensitive: boolean;
  /** Whether AT+FSMKDIR / AT+FSRMDIR work here. */
  readonly userDirectories: boolean;
  /** The manual's "no memory" failure for this drive (§10.2.9). */
  readonly fullError: 'EFS_HAVE_NO_ENOUGH_MEMORY' | 'SD_CARD_HAVE_NO_ENOUGH_MEMORY';
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export const DRIVE_RULES: Readonly<Record<DriveLetter, DriveRules>> = {
  C: {
    letter: 'C',
    maxNameBytes: 55,
    lengthOf: (segments) => bytes('/' + segments.join('/')),
    leadingDot: false,
    nonAscii: false,
    caseInsensitive: false,
    userDirectories: false,
    fullError: 'EFS_HAVE_NO_ENOUGH_MEMORY',
  },
  D: {
    letter: 'D',
    maxNameBytes: 55,
    lengthOf: (segments) => bytes(segments.join('/')),
    leadingDot: true,
    nonAscii: true,
    caseInsensitive: true,
    userDirectories: true,
    fullError: 'SD_CARD_HAVE_NO_ENOUGH_MEMORY',
  },
};

/** AT+FSPRESET's user directory on "C:" (§10.2.10: "C:/simdir/"). */
export const USER_DIRECTORY = 'simdir';

/** The key a name is found under on a drive: folded to lower case where case does not count. */
export function nameKey(drive: DriveLetter, name: string): string {
  return DRIVE_RULES[drive].caseInsensitive ? name.toLowerCase() : name;
}
