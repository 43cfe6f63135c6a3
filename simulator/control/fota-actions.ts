// Control actions of the FOTA service (chapter 18): the firmware the module runs and what an
// update installed, going back to the factory firmware, and making a package
// (simulator/fota/package.ts) to serve to AT+CFOTA or send with AT+LFOTA.

import { writeFileSync } from 'node:fs';
import type { Modem } from '../core/modem.js';
import { buildPackage } from '../fota/package.js';
import { ControlError, rangedParam, type ControlAction } from './action.js';

function status(modem: Modem) {
  if (modem.power !== 'on') return { power: modem.power };
  const f = modem.state.fota;
  return { revision: modem.state.identity.revision, factoryRevision: modem.profile.identity.revision, model: modem.state.identity.model, installed: f.installed, job: f.job, localSize: f.localSize };
}

export const fotaActions: readonly ControlAction[] = [
  {
    name: 'fota status',
    summary: 'The firmware revision the module runs, the one a FOTA installed, and a FOTA under way',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'fota reset',
    summary: 'Forget the firmware a FOTA installed: the module runs its factory revision from its next start',
    params: {},
    run: (modem) => {
      if (modem.power !== 'on') throw new ControlError('the module is off: power it on first');
      modem.state.fota.installed = undefined;
      modem.persist();
      return status(modem);
    },
  },
  {
    name: 'fota package',
    summary: 'Make a FOTA package for this module (or --model), from --from (default: its revision; * for any) to --to',
    params: {
      to: { type: 'string', description: 'the revision the package installs', required: true },
      from: { type: 'string', description: 'the revision it applies to (default: the module\'s; * for any)' },
      model: { type: 'string', description: 'the model it is for (default: the module\'s)' },
      size: { type: 'number', description: 'payload (firmware image) bytes, default 1024' },
      out: { type: 'string', description: 'write it to this file of the host (otherwise returned as base64)', localPath: true },
    },
    run: (modem, p) => {
      const identity = modem.power === 'on' ? modem.state.identity : modem.profile.identity;
      const size = rangedParam(p, 'size', 0, 8 * 1024 * 1024) ?? 1024;
      const payload = Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + 7) % 256));
      let pkg: Buffer;
      try {
        pkg = buildPackage({ model: p.model === undefined ? identity.model : String(p.model), from: p.from === undefined ? identity.revision : String(p.from), to: String(p.to) }, payload);
      } catch (e) {
        throw new ControlError((e as Error).message);
      }
      if (p.out === undefined) return { bytes: pkg.length, base64: pkg.toString('base64') };
      writeFileSync(String(p.out), pkg);
      return { bytes: pkg.length, path: String(p.out) };
    },
  },
];
