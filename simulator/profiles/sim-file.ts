// SIM profile files: a JSON description of the card in the slot, loaded by `modem-sim --sim
// <file>` and by the control action `insert sim --file <file>`. The fields are those of
// SimCard (profile.ts); fixtures/sim/ has examples.
//
//   {
//     "iccid": "89860318760238610932",      19-20 digits (required)
//     "imsi": "460010222028133",            6-15 digits (required)
//     "spn": "China Telecom",               up to 16 characters (default "")
//     "spnDisplayMode": 1,                  0 or 1 (default 0)
//     "pin": "1234", "puk": "12345678",     4-8 digits (defaults 1234 / 12345678)
//     "pin2": "4321", "puk2": "87654321",   (defaults 4321 / 87654321)
//     "pinEnabled": true,                   ask for the PIN at power-on (default false)
//     "retries": { "pin": 3, "puk": 10, "pin2": 0, "puk2": 10 },   tries left
//     "mncLength": 2, "msisdn": "+8613800000000", "smsc": "+8613800230500",
//     "acm": 0, "acmMax": 0, "forbiddenPlmns": ["46002"],
//     "files": { "6F3E": "01FFFFFF" }        raw EF contents (hex, or a list of records)
//   }
//
// Contract: a file that is not JSON, misses a required field or has a malformed one throws a
// ModemSimError (code BAD_OPTION) naming the file and the field; unknown fields are refused too
// (a typo must not silently give a different card).

import { readFileSync } from 'node:fs';
import { ModemSimError } from '../core/errors.js';
import { contentFits, findEf, resolveFileKey } from '../state/sim-card.js';
import type { SimCard } from './profile.js';

const KNOWN = new Set([
  'iccid', 'imsi', 'spn', 'spnDisplayMode', 'pin', 'puk', 'pin2', 'puk2', 'pinEnabled', 'retries',
  'mncLength', 'msisdn', 'smsc', 'acm', 'acmMax', 'forbiddenPlmns', 'files', '$comment',
]);

function fail(source: string, message: string): never {
  throw new ModemSimError('BAD_OPTION', `SIM profile ${source}: ${message}`);
}

function digits(source: string, o: Record<string, unknown>, key: string, min: number, max: number, fallback?: string): string {
  const v = o[key];
  if (v === undefined && fallback !== undefined) return fallback;
  if (typeof v !== 'string' || !new RegExp(`^\\d{${min},${max}}$`).test(v)) fail(source, `"${key}" must be a string of ${min}-${max} digits`);
  return v;
}

function count(source: string, v: unknown, key: string, max: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) fail(source, `"${key}" must be an integer 0-${max}`);
  return v;
}

/** Checks and converts parsed JSON into a SimCard; `source` names it in error messages. */
export function parseSimProfile(data: unknown, source = '(inline)'): SimCard {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail(source, 'must be a JSON object');
  const o = data as Record<string, unknown>;
  for (const key of Object.keys(o)) if (!KNOWN.has(key)) fail(source, `unknown field "${key}"; known: ${[...KNOWN].filter((k) => k !== '$comment').join(', ')}`);
  const card: SimCard = {
    iccid: digits(source, o, 'iccid', 19, 20),
    imsi: digits(source, o, 'imsi', 6, 15),
    spn: '',
    pin: digits(source, o, 'pin', 4, 8, '1234'),
    puk: digits(source, o, 'puk', 4, 8, '12345678'),
    pin2: digits(source, o, 'pin2', 4, 8, '4321'),
    puk2: digits(source, o, 'puk2', 4, 8, '87654321'),
    pinEnabled: false,
  };
  if (o.spn !== undefined) {
    if (typeof o.spn !== 'string' || o.spn.length > 16) fail(source, '"spn" must be a string of at most 16 characters');
    card.spn = o.spn;
  }
  if (o.pinEnabled !== undefined) {
    if (typeof o.pinEnabled !== 'boolean') fail(source, '"pinEnabled" must be true or false');
    card.pinEnabled = o.pinEnabled;
  }
  if (o.spnDisplayMode !== undefined) {
    if (o.spnDisplayMode !== 0 && o.spnDisplayMode !== 1) fail(source, '"spnDisplayMode" must be 0 or 1');
    card.spnDisplayMode = o.spnDisplayMode;
  }
  if (o.mncLength !== undefined) {
    if (o.mncLength !== 2 && o.mncLength !== 3) fail(source, '"mncLength" must be 2 or 3');
    card.mncLength = o.mncLength;
  }
  if (o.retries !== undefined) {
    if (typeof o.retries !== 'object' || o.retries === null) fail(source, '"retries" must be an object {pin, puk, pin2, puk2}');
    const r = o.retries as Record<string, unknown>;
    for (const k of Object.keys(r)) if (!['pin', 'puk', 'pin2', 'puk2'].includes(k)) fail(source, `"retries" has no "${k}"`);
    card.retries = { pin: count(source, r.pin, 'retries.pin', 3), puk: count(source, r.puk, 'retries.puk', 10), pin2: count(source, r.pin2, 'retries.pin2', 3), puk2: count(source, r.puk2, 'retries.puk2', 10) };
  }
  for (const key of ['msisdn', 'smsc'] as const) {
    const v = o[key];
    if (v === undefined) continue;
    if (typeof v !== 'string' || !/^\+?\d{1,20}$/.test(v)) fail(source, `"${key}" must be a phone number like "+8613800230500"`);
    card[key] = v;
  }
  card.acm = count(source, o.acm, 'acm', 0xffffff);
  card.acmMax = count(source, o.acmMax, 'acmMax', 0xffffff);
  if (o.forbiddenPlmns !== undefined) {
    if (!Array.isArray(o.forbiddenPlmns) || o.forbiddenPlmns.length > 4 || !o.forbiddenPlmns.every((p) => typeof p === 'string' && /^\d{5,6}$/.test(p))) {
      fail(source, '"forbiddenPlmns" must be up to 4 strings of 5-6 digits (MCC+MNC)');
    }
    card.forbiddenPlmns = o.forbiddenPlmns as string[];
  }
  if (o.files !== undefined) {
    if (typeof o.files !== 'object' || o.files === null || Array.isArray(o.files)) fail(source, '"files" must map file IDs to hex contents');
    const files: Record<string, string | string[]> = {};
    for (const [key, content] of Object.entries(o.files as Record<string, unknown>)) {
      const path = resolveFileKey(key);
      const def = path ? findEf(path) : undefined;
      if (!path || !def) fail(source, `"files": no elementary file "${key}" on this card`);
      if (!(typeof content === 'string' || (Array.isArray(content) && content.every((r) => typeof r === 'string'))) || !contentFits(def, content as string | string[])) {
        const shape = def.structure === 'transparent' ? `${def.size} bytes of hex` : `${def.records} records of ${def.size} bytes of hex`;
        fail(source, `"files"."${key}" (${def.name}) must be ${shape}`);
      }
      files[key] = content as string | string[];
    }
    card.files = files;
  }
  return card;
}

/** Reads and checks a SIM profile file. */
export function loadSimProfile(path: string): SimCard {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new ModemSimError('BAD_OPTION', `cannot read SIM profile ${path}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ModemSimError('BAD_OPTION', `SIM profile ${path} is not valid JSON: ${(e as Error).message}`);
  }
  return parseSimProfile(data, path);
}
