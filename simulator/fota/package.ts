// The firmware package of this simulator's FOTA (manual chapter 18). A real SIMCom package
// ("fbf_dfota.par" in the §18.2.1 example) is a vendor binary delta; the simulator has no
// firmware to patch, so it defines its own package: what a module checks before it installs an
// update — which module it is for, which firmware it applies to, what it installs, and that it
// arrived whole — in a text header, then the payload.
//
//     MODEMSIM-FOTA/1\n
//     model: <the +CGMM model it is for>\n
//     from: <the +CGMR revision it applies to, or * for any>\n
//     to: <the revision it installs>\n
//     size: <payload octets>\n
//     sha256: <the payload's SHA-256, 64 lower-case hex digits>\n
//     \n
//     <payload>
//
// Header lines in this order, values of printable ASCII without spaces (1-64 characters), the
// header at most 1024 octets. The payload is opaque (the "firmware image"). A package is
// refused when it is not one (format), is for another model (model), applies to another
// revision (base), or its payload is not the announced size or checksum (size, checksum).
// `fota package` (control) and buildPackage() make one.

import { createHash } from 'node:crypto';

export const PACKAGE_MAGIC = 'MODEMSIM-FOTA/1';
const MAX_HEADER = 1024;
const VALUE = /^[!-~]{1,64}$/;

export interface PackageHeader {
  model: string;
  /** '*' or a revision. */
  from: string;
  to: string;
}

export function buildPackage(header: PackageHeader, payload: Buffer): Buffer {
  for (const [k, v] of Object.entries(header)) if (!VALUE.test(v)) throw new RangeError(`package ${k} "${v}": 1-64 printable characters without spaces`);
  const text =
    `${PACKAGE_MAGIC}\n` +
    `model: ${header.model}\n` +
    `from: ${header.from}\n` +
    `to: ${header.to}\n` +
    `size: ${payload.length}\n` +
    `sha256: ${createHash('sha256').update(payload).digest('hex')}\n\n`;
  return Buffer.concat([Buffer.from(text, 'latin1'), payload]);
}

export type PackageFault = 'format' | 'model' | 'base' | 'size' | 'checksum';

export type PackageCheck = { ok: true; header: PackageHeader; payload: Buffer } | { ok: false; fault: PackageFault; detail: string };

/** Reads and checks a package for the module `model` running `revision` (see the file comment). */
export function checkPackage(bytes: Buffer, module: { model: string; revision: string }): PackageCheck {
  const end = bytes.subarray(0, MAX_HEADER + 2).indexOf('\n\n');
  if (end < 0) return { ok: false, fault: 'format', detail: 'no package header' };
  const lines = bytes.subarray(0, end).toString('latin1').split('\n');
  const keys = ['model', 'from', 'to', 'size', 'sha256'];
  if (lines[0] !== PACKAGE_MAGIC || lines.length !== keys.length + 1) return { ok: false, fault: 'format', detail: `not a ${PACKAGE_MAGIC} package` };
  const values: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) {
    const m = /^([a-z0-9]+): (.*)$/.exec(lines[i + 1]!);
    if (!m || m[1] !== keys[i] || !VALUE.test(m[2]!)) return { ok: false, fault: 'format', detail: `header line ${i + 2} is not "${keys[i]}: <value>"` };
    values[keys[i]!] = m[2]!;
  }
  if (!/^\d{1,10}$/.test(values.size!) || !/^[0-9a-f]{64}$/.test(values.sha256!)) return { ok: false, fault: 'format', detail: 'bad size or sha256' };
  const header = { model: values.model!, from: values.from!, to: values.to! };
  if (header.model !== module.model) return { ok: false, fault: 'model', detail: `the package is for ${header.model}, this module is ${module.model}` };
  if (header.from !== '*' && header.from !== module.revision) return { ok: false, fault: 'base', detail: `the package applies to ${header.from}, this module runs ${module.revision}` };
  const payload = bytes.subarray(end + 2);
  if (payload.length !== Number(values.size)) return { ok: false, fault: 'size', detail: `${payload.length} payload bytes, the header says ${values.size}` };
  if (createHash('sha256').update(payload).digest('hex') !== values.sha256) return { ok: false, fault: 'checksum', detail: 'the payload does not match its SHA-256' };
  return { ok: true, header, payload };
}
