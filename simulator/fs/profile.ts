// What a module profile says about the file system: the size of each drive, whether an SD card is
// in the slot, and the timing of the file commands. `Profile.fileSystem` (profiles/profile.ts);
// omitted, the SIM767XX values below.

export interface DriveProfile {
  /** +FSMEM <total> in bytes. */
  totalBytes: number;
  /** Bytes in use before any user file: the firmware's own files, which no listing shows. */
  systemUsedBytes: number;
  /** Space is taken in blocks: a file of n bytes uses n rounded up to a whole block (0 for 0). */
  blockBytes: number;
}

export interface FileSystemProfile {
  /** "C:", the module's flash. */
  local: DriveProfile;
  /** "D:", the SD card slot: null when the module has none; `inserted` at power-on. */
  sdCard: (DriveProfile & { inserted: boolean }) | null;
  /** +CFTRANTX sends a file in blocks of at most this many bytes, each after "+CFTRANTX: DATA,<len>". */
  transferBlockBytes: number;
  /** +CFTRANRX: how long the module waits for the data after ">", before ERROR: this long... */
  uploadTimeoutMs: number;
  /** ...plus the time the data takes at this many bytes per second (a slow host is not cut off). */
  uploadMinBytesPerSecond: number;
  /** +FSCOPY copies in pieces of this many bytes and reports <percent> after each. */
  copyChunkBytes: number;
  /** +FSCOPY's speed in bytes per second. */
  copyBytesPerSecond: number;
}

/**
 * The SIM767XX of the manual. "C:": +FSMEM's example on page 191 reads "C:(11348480, 2201600)",
 * so a fresh module has 11348480 bytes with 2201600 taken by the firmware; both are whole
 * 512-byte blocks. "D:": the manual gives no size; SIMCom's own example string for a module with
 * a card reads "D:(255533056, 42754048)" (a 256 MB card); FAT clusters of 4096 bytes. A card is
 * in the slot: the manual's examples use "D:" throughout chapter 10 without comment.
 *
 * Timing the manual does not give (assumptions, stated as such): +CFTRANTX blocks of 2048 bytes;
 * +CFTRANRX waits 10 s for its data plus 2 ms per byte; +FSCOPY copies 4096-byte pieces at
 * 200 kB/s (about 20 ms per report).
 */
export const SIM767XX_FILE_SYSTEM: FileSystemProfile = {
  local: { totalBytes: 11_348_480, systemUsedBytes: 2_201_600, blockBytes: 512 },
  sdCard: { totalBytes: 255_533_056, systemUsedBytes: 0, blockBytes: 4096, inserted: true },
  transferBlockBytes: 2048,
  uploadTimeoutMs: 10_000,
  uploadMinBytesPerSecond: 500,
  copyChunkBytes: 4096,
  copyBytesPerSecond: 200_000,
};
