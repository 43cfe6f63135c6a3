// The model-based and property tests as a conformance suite, so they run against every target
// like the others:
//
//  - model: fc.commands over the small model (model.ts) with fc.asyncModelRun. Commands whose
//    feature the target lacks (capabilities) or does not implement (probed at setup: an
//    "operation not supported" answer) are left out and named in the log.
//  - parser robustness: arbitrary bytes in arbitrary chunks with arbitrary pauses, then a line
//    end, never break the next command.
//
// Runs are bounded: on hardware by a time limit (fc.interruptAfterTimeLimit; reaching it is
// not a failure unless failOnInterrupt is set), on the simulator by the number of runs. A
// failure prints the seed and the replay path, and the command to replay exactly that case.

import fc from 'fast-check';
import { escapeBytes } from '../../simulator/core/escape.js';
import { isUnsupported, Pending, type TestContext } from '../runner/suite.js';
import { defineSuite } from '../runner/suite.js';
import { fail } from '../runner/expect.js';
import type { Target } from '../targets/target.js';
import { DeleteSmsCommand } from './commands/delete-sms.js';
import { EnterPinCommand } from './commands/enter-pin.js';
import { ErrorFormatCommand } from './commands/error-format.js';
import { ListSmsCommand } from './commands/list-sms.js';
import { PinLockCommand } from './commands/pin-lock.js';
import { ReadSmsCommand } from './commands/read-sms.js';
import { SetCfunCommand } from './commands/set-cfun.js';
import { SetCmeeCommand } from './commands/set-cmee.js';
import { SetCmgfCommand } from './commands/set-cmgf.js';
import { SetEchoCommand } from './commands/set-echo.js';
import { WriteSmsCommand } from './commands/write-sms.js';
import { settleSim, type ModelReal, type ModemModel } from './model.js';

export interface PropertyBudget {
  numRuns: number;
  /** Stop starting new runs after this long (ms of wall time). */
  timeLimitMs: number;
  /** Count reaching the time limit as a failure. */
  failOnInterrupt: boolean;
  seed?: number;
  path?: string;
  /** fc.commands' own replay path (printed in the counterexample as replayPath="..."). */
  commandsReplayPath?: string;
}

/** Set by the CLI (--seed, --path, --model-runs, --model-time-limit); defaults by target kind. */
export const modelSettings: { budget?: Partial<PropertyBudget> } = {};

export function budgetFor(target: Target): PropertyBudget {
  const base: PropertyBudget = target.info.kind === 'sim' ? { numRuns: 40, timeLimitMs: 60_000, failOnInterrupt: false } : target.info.simulated ? { numRuns: 10, timeLimitMs: 60_000, failOnInterrupt: false } : { numRuns: 5, timeLimitMs: 120_000, failOnInterrupt: false };
  return { ...base, ...modelSettings.budget };
}

function fcParameters<Ts>(b: PropertyBudget): fc.Parameters<Ts> {
  return {
    numRuns: b.numRuns,
    plugins: [fc.interruptAfterTimeLimit(b.timeLimitMs, { failOnInterrupt: b.failOnInterrupt }) as fc.Plugin<Ts>],
    ...(b.seed !== undefined ? { seed: b.seed } : {}),
    ...(b.path !== undefined ? { path: b.path } : {}),
  };
}

/** Runs fc.check and turns a failure into a message with seed, path and how to replay it. */
async function checkProperty<Ts>(ctx: TestContext, property: fc.IAsyncProperty<Ts>, budget: PropertyBudget, suiteTest: string): Promise<void> {
  const details = await fc.check(property, fcParameters<Ts>(budget));
  ctx.log(`${details.numRuns} run(s)${details.interrupted ? ' (time limit reached)' : ''}, seed ${details.seed}`);
  if (!details.failed) return;
  const profile = ctx.target.info.profile && ctx.target.info.profile !== 'sim767xx' ? ` --profile ${ctx.target.info.profile}` : '';
  const commandsPath = /replayPath="([^"]*)"/.exec(fc.stringify(details.counterexample))?.[1];
  const replay = `modem-conformance --target ${ctx.target.info.spec.startsWith('sim') ? 'sim' : ctx.target.info.spec}${profile} --suite model --only "${suiteTest}" --seed=${details.seed} --path="${details.counterexamplePath ?? ''}"${commandsPath ? ` --replay-path="${commandsPath}"` : ''}`;
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance ?? '');
  fail(
    `property failed after ${details.numRuns} run(s)${details.interrupted ? ' (interrupted)' : ''}\n` +
      `  counterexample: ${fc.stringify(details.counterexample)}\n` +
      `  error: ${error}\n` +
      `  seed: ${details.seed}  path: ${details.counterexamplePath ?? ''}\n` +
      `  replay: ${replay}`,
  );
}

/** Which model features the target answers (anything but "operation not supported"). */
async function probe(target: Target): Promise<{ sms: boolean; cfun: boolean; cpin: boolean; clck: boolean; excluded: string[] }> {
  const supported = async (line: string) => {
    const x = await target.command(line, { timeoutMs: 10_000 });
    return x.final !== undefined && !isUnsupported(x.final);
  };
  const sms = (await supported('AT+CMGF?')) && (await supported('AT+CPMS?')) && (await supported('AT+CMGL=?'));
  const cfun = await supported('AT+CFUN?');
  const cpin = await supported('AT+CPIN?');
  const clck = await supported('AT+CLCK="SC",2');
  const excluded = [
    ...(sms ? [] : ['SMS storage (+CMGF/+CPMS/+CMGW/+CMGR/+CMGL/+CMGD)']),
    ...(cfun ? [] : ['+CFUN']),
    ...(cpin ? [] : ['+CPIN (PIN state, error format)']),
    ...(clck ? [] : ['+CLCK']),
  ];
  return { sms, cfun, cpin, clck, excluded };
}

async function initialModel(real: ModelReal, pinAllowed: boolean): Promise<ModemModel> {
  const target = real.target;
  const features = real.features;
  await target.command('ATE1');
  await target.command('AT+CMEE=2');
  const model: ModemModel = { echo: true, cmee: 2, cmgf: 0, cfun: 1, pin: 'ready', messages: new Map(), foreign: new Set(), capacity: 0 };
  if (features.cfun) await target.command('AT+CFUN=1', { timeoutMs: 30_000 });
  // The lock is unknown until read: a SIM asking for its PIN is then no mismatch.
  await settleSim(model, real);
  if (model.pin === 'pin-required') {
    await target.command(`AT+CPIN="${real.pin}"`);
    await settleSim(model, real);
  }
  if (pinAllowed && features.clck) {
    const x = await target.command('AT+CLCK="SC",2');
    model.pinLock = x.lines[0] === '+CLCK: 1';
  }
  if (features.sms) {
    await target.command('AT+CMGF=1');
    model.cmgf = 1;
    const cpms = await target.command('AT+CPMS="SM","SM","SM"');
    const m = /^\+CPMS: (\d+),(\d+)/.exec(cpms.lines[0] ?? '');
    model.capacity = m ? Number(m[2]) : 0;
    const list = await target.command('AT+CMGL="ALL"');
    for (const l of list.lines) {
      const i = /^\+CMGL: (\d+),/.exec(l);
      if (i) model.foreign.add(Number(i[1]));
    }
  } else await target.command('AT+CMGF?');
  return model;
}

const smsText = fc.stringMatching(/^[A-Za-z0-9 .,!?]{1,40}$/);
const smsNumber = fc.stringMatching(/^\+?[1-9][0-9]{4,11}$/);

/**
 * Undoes the last run: back to full functionality with the SIM READY (entering the PIN if it
 * asks), its messages deleted, the lock off. Runs before each run and at the end.
 */
async function cleanUp(real: ModelReal, model: ModemModel | undefined): Promise<void> {
  if (!model) return;
  const t = real.target;
  if (model.cfun !== 1 && real.features.cfun) {
    await t.command('AT+CFUN=1', { timeoutMs: 30_000 });
    if (model.cfun === 0) await settleSim(model, real).catch(() => undefined);
    model.cfun = 1;
  }
  if (model.pin === 'pin-required') {
    await t.command(`AT+CPIN="${real.pin}"`);
    await settleSim(model, real).catch(() => undefined);
  }
  for (const index of model.messages.keys()) await t.command(`AT+CMGD=${index}`);
  model.messages.clear();
  if (model.pinLock) await t.command(`AT+CLCK="SC",0,"${real.pin}"`);
}

export const modelSuite = defineSuite({
  id: 'model',
  title: 'Model-based and property tests',
  description: 'fc.commands over a small independent model (settings, SMS storage, PIN lock, CFUN); parser robustness under arbitrary bytes, chunking and timing.',
  tests: [
    {
      name: 'settings, SMS storage, PIN lock and CFUN follow the model',
      spec: '§2.2.6, §3.2.1, §3.2.8, §6.2.3, §7.2.3, §7.2.10-7.2.15',
      timeoutMs: 600_000,
      async run(ctx) {
        const target = ctx.target;
        const features = await probe(target);
        if (!features.cfun && !features.sms) throw new Pending('the target implements none of the modelled commands beyond ATE/+CMEE');
        if (features.excluded.length > 0) ctx.log(`left out (not implemented by the target): ${features.excluded.join('; ')}`);
        const pinAllowed = target.info.simulated || ctx.options.allow.includes('changes-pin');
        const arbitraries: Array<fc.Arbitrary<fc.AsyncCommand<ModemModel, ModelReal>>> = [
          fc.boolean().map((on) => new SetEchoCommand(on)),
          fc.constantFrom(0 as const, 1 as const, 2 as const).map((n) => new SetCmeeCommand(n)),
        ];
        if (features.cpin) arbitraries.push(fc.constant(new ErrorFormatCommand()), fc.constant(new EnterPinCommand()));
        if (features.cfun) arbitraries.push(fc.constantFrom(0 as const, 1 as const, 4 as const, 1 as const).map((f) => new SetCfunCommand(f)));
        if (features.sms) {
          arbitraries.push(
            fc.constantFrom(0 as const, 1 as const, 1 as const).map((m) => new SetCmgfCommand(m)),
            fc.tuple(smsNumber, smsText).map(([n, t]) => new WriteSmsCommand(n, t)),
            fc.nat().map((p) => new ReadSmsCommand(p)),
            fc.nat().map((p) => new DeleteSmsCommand(p)),
            fc.constant(new ListSmsCommand()),
          );
        }
        if (pinAllowed && features.clck) arbitraries.push(fc.boolean().map((l) => new PinLockCommand(l)));
        const real: ModelReal = { target, pin: ctx.options.pin, trail: [], features: { sms: features.sms, cfun: features.cfun, cpin: features.cpin, clck: features.clck } };
        let last: ModemModel | undefined;
        const replayPath = budgetFor(target).commandsReplayPath;
        const property = fc.asyncProperty(fc.commands(arbitraries, { maxCommands: 20, ...(replayPath ? { replayPath } : {}) }), async (cmds) => {
          await cleanUp(real, last);
          real.trail = [];
          const model = await initialModel(real, pinAllowed);
          last = model;
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        });
        try {
          await checkProperty(ctx, property, budgetFor(target), 'settings, SMS storage, PIN lock and CFUN follow the model');
        } finally {
          await cleanUp(real, last);
          await target.command('AT+CFUN=1', { timeoutMs: 30_000 });
        }
      },
    },
    {
      name: 'arbitrary bytes, chunking and timing never break the next command',
      spec: '§1.5.2 (a line ends with <CR>); V.250 §5.2.1',
      timeoutMs: 600_000,
      async run(ctx) {
        const target = ctx.target;
        // No 'A'/'a': garbage must never form a command (ATD, AT+CRESET, AT&W on a real module).
        const chunks = fc.array(fc.record({ bytes: fc.uint8Array({ minLength: 1, maxLength: 24 }).map((a) => a.map((b) => (b === 0x41 || b === 0x61 ? 0x42 : b))), pauseMs: fc.integer({ min: 0, max: 300 }) }), { minLength: 1, maxLength: 6 });
        const property = fc.asyncProperty(chunks, async (pieces) => {
          for (const p of pieces) {
            await target.write(p.bytes);
            if (p.pauseMs > 0) await target.sleep(p.pauseMs);
          }
          await target.write('\r');
          await target.drain(300);
          const x = await target.command('AT', { timeoutMs: 5000 });
          const ok = x.final === 'OK' || x.final === '0';
          if (!ok) {
            throw new Error(`after ${JSON.stringify(pieces.map((p) => escapeBytes(p.bytes)))} the next AT got ${JSON.stringify(x.raw)}`);
          }
          // Settings may not have changed: no byte sequence without "A" is a command.
          const echo = await target.command('AT+CMEE?');
          if (echo.lines[0] !== '+CMEE: 2' && !isUnsupported(echo.final)) throw new Error(`garbage changed +CMEE: ${JSON.stringify(echo.raw)}`);
        });
        await checkProperty(ctx, property, budgetFor(target), 'arbitrary bytes, chunking and timing never break the next command');
      },
    },
  ],
});
