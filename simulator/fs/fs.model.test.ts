// Model-based test (fast-check commands) of the file system through its AT commands: uploads
// (+CFTRANRX) and files put from outside (`fs put`), directories (+FSMKDIR/+FSRMDIR), copies (+FSCOPY), renames, deletes, the current
// directory (+FSCD), listings (+FSLS, +FSLS?), sizes (+FSATTRI, +FSMEM), reads (+CFTRANTX), the SD
// card going and coming, and restarts, in any order, each answer compared with a map of paths
// (simulator/fs/model/model.ts). The drives are small so that they fill up. Run in memory, and on
// disk with a restart meaning a new simulator on the same state directory. A failure prints the
// seed and the command list.

import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { overlayProfile, SIM767XX } from '../profiles/index.js';
import { ModemHarness } from '../testing/harness.js';
import { SIM767XX_FILE_SYSTEM } from './profile.js';
import { CdCommand } from './model/cd-command.js';
import { CopyCommand } from './model/copy-command.js';
import { DeleteCommand } from './model/delete-command.js';
import { LookCommand } from './model/look-command.js';
import { DirectoryCommand } from './model/mkdir-command.js';
import { DRIVES, initialModel, type Real, type Target } from './model/model.js';
import { PutCommand } from './model/put-command.js';
import { ReadCommand } from './model/read-command.js';
import { RenameCommand } from './model/rename-command.js';
import { UploadCommand } from './model/upload-command.js';
import { WorldCommand } from './model/world-command.js';

const PROFILE = overlayProfile(SIM767XX, {
  name: 'fs-model',
  fileSystem: {
    ...SIM767XX_FILE_SYSTEM,
    local: { totalBytes: DRIVES.C.total, systemUsedBytes: DRIVES.C.base, blockBytes: DRIVES.C.block },
    sdCard: { totalBytes: DRIVES.D.total, systemUsedBytes: DRIVES.D.base, blockBytes: DRIVES.D.block, inserted: true },
  },
});

/** Names that collide on D: (case-insensitive) and not on C:. */
const name = fc.constantFrom('x', 'X', 'y.txt', 'Y.TXT');
const data = fc.uint8Array({ minLength: 1, maxLength: 150 });
const target: fc.Arbitrary<Target> = fc.oneof(
  name.map((n) => ({ relative: [n] })),
  name.map((n) => ({ drive: 'C' as const, names: [n] })),
  name.map((n) => ({ drive: 'D' as const, names: [n] })),
  fc.tuple(name, name).map(([a, b]) => ({ drive: 'D' as const, names: [a, b] })),
);
const place: fc.Arbitrary<Target> = fc.oneof(
  fc.constant<Target>({ drive: 'C', names: [] }),
  fc.constant<Target>({ drive: 'D', names: [] }),
  fc.constant<Target>({ relative: ['..'] }),
  name.map((n) => ({ relative: [n] })),
  name.map((n) => ({ drive: 'D' as const, names: [n] })),
);

const commands = [
  fc.tuple(name, data).map(([n, d]) => new UploadCommand(n, d)),
  fc.tuple(fc.constantFrom('C', 'D'), fc.array(name, { minLength: 1, maxLength: 2 }), data).map(([d, ns, bytes]) => new PutCommand(d as 'C' | 'D', ns, bytes)),
  place.map((t) => new CdCommand(t)),
  fc.tuple(fc.boolean(), name).map(([make, n]) => new DirectoryCommand(make, n)),
  fc.tuple(target, target).map(([a, b]) => new CopyCommand(a, b)),
  fc.tuple(name, name).map(([a, b]) => new RenameCommand(a, b)),
  fc.oneof(name, fc.constant('*.*')).map((n) => new DeleteCommand(n)),
  fc.constantFrom('list', 'count', 'mem').map((w) => new LookCommand(w as 'list' | 'count' | 'mem')),
  fc.tuple(fc.constantFrom('C', 'D'), fc.array(name, { minLength: 1, maxLength: 2 }), fc.boolean()).map(([d, ns, attri]) => new ReadCommand(d as 'C' | 'D', ns, attri)),
  fc.constantFrom('card-out', 'card-in', 'restart').map((e) => new WorldCommand(e as 'card-out' | 'card-in' | 'restart')),
];

async function start(stateDir?: string): Promise<ModemHarness> {
  const h = await ModemHarness.start({ profile: PROFILE, ...(stateDir ? { stateDir } : {}) });
  await h.command('ATE0');
  return h;
}

describe('file system through its AT commands (model-based)', () => {
  it('matches a map of paths, in memory (a restart is a power cycle)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 60, size: 'medium' }), async (cmds) => {
        const real: Real = {
          h: await start(),
          restart: async () => {
            real.h.modem.powerOff();
            real.h.modem.powerOn({ immediate: true });
            await real.h.settle();
            real.h.take();
            await real.h.command('ATE0');
          },
        };
        await fc.asyncModelRun(() => ({ model: initialModel(true), real }), cmds);
      }),
      { numRuns: 150 },
    );
  });

  it('matches a map of paths on disk (a restart is a new simulator on the same state directory)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40, size: 'medium' }), async (cmds) => {
        const stateDir = mkdtempSync(join(tmpdir(), 'modemsim-fs-model-'));
        try {
          const real: Real = {
            h: await start(stateDir),
            restart: async () => {
              real.h.modem.powerOff();
              real.h = await start(stateDir);
            },
          };
          await fc.asyncModelRun(() => ({ model: initialModel(false), real }), cmds);
        } finally {
          rmSync(stateDir, { recursive: true, force: true });
        }
      }),
      { numRuns: 30 },
    );
  });
});
