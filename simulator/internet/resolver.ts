// Name resolution for the module's data connections (+CDNSGIP, +CIPOPEN with a domain name, and
// every other service that takes a host name).
//
// Order: a dotted IPv4 address is itself; then the simulated internet's host table
// (simulator/network/world.ts `internet.hosts`, the one +CPING uses; the control action
// "set host" fills it); then, for localhost-style names only (RFC 6761 §6.3: "localhost" and
// names under ".localhost"), the host's own resolver. Any other name is not found: this
// simulator has no internet, and a lookup of a public name must not leave the machine.
// Resolution needs a bearer (the DNS servers are reached over it): callers check that first.

import { lookup } from 'node:dns/promises';
import type { ModemServices } from '../core/handler.js';
import { networkWorld } from '../network/world.js';

export type Resolution = { ok: true; address: string; source: 'literal' | 'hosts' | 'host-resolver' } | { ok: false; reason: 'not-found' | 'invalid-name' };

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Whether `text` is a dotted IPv4 address. */
export function isIpv4(text: string): boolean {
  return IPV4.test(text);
}

/**
 * A valid domain name per the manual (§13.2.17): at most 254 characters; labels of a-z, A-Z,
 * 0-9 and "-", at most 63 characters each, starting with a letter or digit.
 */
export function isValidDomainName(name: string): boolean {
  if (name.length === 0 || name.length > 254) return false;
  return name.split('.').every((label) => /^[A-Za-z0-9][A-Za-z0-9-]{0,62}$/.test(label));
}

export function isLocalhostName(name: string): boolean {
  const n = name.toLowerCase().replace(/\.$/, '');
  return n === 'localhost' || n.endsWith('.localhost');
}

/** Resolves `name` to an IPv4 address (see the file comment). */
export async function resolveName(services: Pick<ModemServices, 'instance' | 'profile' | 'clock'>, name: string): Promise<Resolution> {
  if (isIpv4(name)) return { ok: true, address: name, source: 'literal' };
  if (!isValidDomainName(name)) return { ok: false, reason: 'invalid-name' };
  const fixed = networkWorld(services).internet.hosts[name.toLowerCase()];
  if (fixed) return { ok: true, address: fixed, source: 'hosts' };
  if (!isLocalhostName(name)) return { ok: false, reason: 'not-found' };
  try {
    const { address } = await services.clock.outside(lookup(name, { family: 4 }));
    return { ok: true, address, source: 'host-resolver' };
  } catch {
    return { ok: false, reason: 'not-found' };
  }
}
