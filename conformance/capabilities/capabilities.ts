// Capabilities files: per module profile, the features that module lacks (profiles/*.json). A
// file may `extend` another. Unknown feature names are an error (a typo must not silently let
// a test run or skip). Users can pass their own file (--capabilities my-module.json).
//
//   { "profile": "generic", "extends": "sim767xx", "module": "...", "note": "...",
//     "lacks": { "status.cbc": "why it is missing" } }

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getProfile, profileNames } from '../../simulator/profiles/index.js';
import { ConformanceError } from '../errors.js';
import { isFeature, type Feature } from './features.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'profiles');

export interface Capabilities {
  profile: string;
  module: string;
  /** Feature → reason it is missing. */
  lacks: Partial<Record<Feature, string>>;
}

interface CapabilitiesFile {
  profile: string;
  extends?: string;
  module?: string;
  note?: string;
  lacks?: Record<string, string>;
}

function readFile(path: string): CapabilitiesFile {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as CapabilitiesFile;
  } catch (e) {
    throw new ConformanceError('UNKNOWN_PROFILE', `cannot read capabilities file ${path}: ${(e as Error).message}`);
  }
}

/** Loads a capabilities file by profile name (built-in) or path. */
export function loadCapabilities(nameOrPath: string, seen: string[] = []): Capabilities {
  const path = nameOrPath.endsWith('.json') ? nameOrPath : join(DIR, `${nameOrPath.toLowerCase()}.json`);
  if (!existsSync(path)) {
    throw new ConformanceError('UNKNOWN_PROFILE', `no capabilities file for "${nameOrPath}" (looked for ${path}); built-in: ${builtInProfiles().join(', ')}`);
  }
  const file = readFile(path);
  if (seen.includes(file.profile)) throw new ConformanceError('UNKNOWN_PROFILE', `capabilities files extend each other in a loop: ${[...seen, file.profile].join(' → ')}`);
  const base = file.extends ? loadCapabilities(file.extends, [...seen, file.profile]) : undefined;
  const lacks: Partial<Record<Feature, string>> = { ...(base?.lacks ?? {}) };
  for (const [feature, reason] of Object.entries(file.lacks ?? {})) {
    if (!isFeature(feature)) throw new ConformanceError('UNKNOWN_PROFILE', `${path}: unknown feature "${feature}"`);
    lacks[feature] = reason;
  }
  return { profile: file.profile, module: file.module ?? base?.module ?? file.profile, lacks };
}

export function builtInProfiles(): string[] {
  return ['sim767xx', 'sim7600', 'broken-prompt', 'broken-factory-echo', 'generic'];
}

/** The profile whose model name +CGMM answers, or "generic". */
export function profileForModel(model: string): string {
  for (const name of profileNames()) {
    if (getProfile(name).identity.model.toLowerCase() === model.trim().toLowerCase() && !name.startsWith('broken-')) return name;
  }
  if (/SIM767|A767/i.test(model)) return 'sim767xx';
  if (/SIM7600/i.test(model)) return 'sim7600';
  return 'generic';
}
