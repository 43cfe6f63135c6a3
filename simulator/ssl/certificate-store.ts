// The module's certificate store (manual §17.2.2-17.2.4, §17.2.16): the area AT+CCERTDOWN
// writes, AT+CCERTLIST lists, AT+CCERTDELE deletes and AT+CCERTMOVE fills from the file
// system, and where AT+CSSLCFG's file names are looked up. It is the module's flash, so it
// outlives power cycles; with a state directory its files live under `<state-dir>/certs/`,
// written atomically before the command that wrote them is acknowledged.
//
// Names: 5-55 bytes ending in ".pem" or ".der" (case-insensitive), no path separators.

import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentKey } from '../core/attachments.js';
import type { Modem } from '../core/modem.js';
import { writeFileAtomic } from '../state/nvram-store.js';

/** Manual §17.2.2: "The length of filename is from 5 to 55 bytes", type ".pem" or ".der". */
export function validCertificateName(name: string): boolean {
  return Buffer.byteLength(name) >= 5 && Buffer.byteLength(name) <= 55 && /\.(pem|der)$/i.test(name) && !/[\\/:*?"<>|]/.test(name);
}

/** Manual §17.2.2: at most 10240 bytes per certificate file. */
export const MAX_CERTIFICATE_BYTES = 10240;

export class CertificateStore {
  private readonly files = new Map<string, Buffer>();

  constructor(private readonly dir: string | undefined) {
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    for (const name of readdirSync(dir)) {
      if (validCertificateName(name)) this.files.set(name, readFileSync(join(dir, name)));
      else if (name.includes('.tmp-')) rmSync(join(dir, name), { force: true }); // a crash mid-write
    }
  }

  /** Names in the order they were stored. */
  list(): string[] {
    return [...this.files.keys()];
  }

  read(name: string): Buffer | undefined {
    return this.files.get(name);
  }

  has(name: string): boolean {
    return this.files.has(name);
  }

  /** Stores (or replaces) a file; durable when this returns. */
  write(name: string, data: Buffer): void {
    if (this.dir) writeFileAtomic(join(this.dir, name), data);
    this.files.set(name, Buffer.from(data));
  }

  /** Removes a file; false when there was none. */
  remove(name: string): boolean {
    if (!this.files.has(name)) return false;
    if (this.dir) rmSync(join(this.dir, name), { force: true });
    this.files.delete(name);
    return true;
  }
}

const CERTIFICATES = new AttachmentKey<CertificateStore>('ssl.certificates');

/** The Modem's certificate store, made on first use (from disk, with a state directory). */
export function certificatesOf(modem: Modem): CertificateStore {
  return modem.attachments.getOrCreate(CERTIFICATES, () => new CertificateStore(modem.stateDir ? join(modem.stateDir, 'certs') : undefined));
}
