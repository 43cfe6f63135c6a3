// SIM767XX §18.2.2 AT+LFOTA Start Local FOTA Service.
//
//   AT+LFOTA=0,<file size>   OK: "initial parameters", the size of the package to come
//   AT+LFOTA=1,<file size>   >  then exactly <file size> bytes, the package  →  OK, then
//                            +CFOTA: 100 and the restart of §18.3 (simulator/fota/update.ts)
//     ERROR at once: no AT+LFOTA=0 with this size before, or more than the module takes
//     >  then ERROR: the package did not come within the 300 s of "Max Response Time", or it is
//                    refused (another model, another revision, damaged: simulator/fota/package.ts)
//   AT+LFOTA=?   +LFOTA: (0-1),(1-<max>): the manual prints "<File Size>" where the module
//                gives the range of sizes it takes (8 MiB, its FOTA partition here)
//   +CME ERROR: 529 "During FOTA updating" while an update is under way.
//
// The manual shows no indication after the transfer; the chapter's one (§18.3, "+CFOTA: 100
// FOTA COMPLETE, it will restart in 8s") is given here too, as the update is the same.

import { reply, type CommandHandler, type PromptInput } from '../../core/handler.js';
import { ERROR, OK, cme } from '../../core/result.js';
import { checkPackage } from '../../fota/package.js';
import { install, MAX_PACKAGE_BYTES } from '../../fota/update.js';
import { DURING_FOTA, fotaBusy } from './common.js';

const TRANSFER_TIMEOUT_MS = 300_000;

export const lfota: CommandHandler = {
  name: '+LFOTA',
  test: () => reply(OK, [`+LFOTA: (0-1),(1-${MAX_PACKAGE_BYTES})`]),
  write: (ctx) => {
    const { state, modem: services } = ctx;
    if (fotaBusy(state)) return reply(cme(DURING_FOTA));
    const size = Number(ctx.arg('file size'));
    if (size > MAX_PACKAGE_BYTES) {
      services.log(`+LFOTA: ${size} bytes, at most ${MAX_PACKAGE_BYTES} fit`);
      return reply(ERROR);
    }
    if (ctx.arg('ops') === 0) {
      state.fota.localSize = size;
      return reply(OK);
    }
    if (state.fota.localSize !== size) {
      services.log(`+LFOTA: AT+LFOTA=0,${size} first (announced: ${state.fota.localSize ?? 'none'})`);
      return reply(ERROR);
    }
    return {
      prompt: {
        end: { kind: 'length', length: size },
        timeoutMs: TRANSFER_TIMEOUT_MS,
        onInput: (input: PromptInput) => {
          state.fota.localSize = undefined;
          if (input.kind !== 'data') {
            services.log(`+LFOTA: the package did not come in time (${input.kind === 'timeout' ? input.partial.length : 0} of ${size} bytes)`);
            return reply(ERROR);
          }
          const checked = checkPackage(input.data, state.identity);
          if (!checked.ok) {
            services.log(`+LFOTA: package refused (${checked.fault}): ${checked.detail}`);
            return reply(ERROR);
          }
          if (fotaBusy(state)) return reply(cme(DURING_FOTA));
          state.fota.job = { status: 'updating', to: checked.header.to };
          return reply(OK, [], [{ type: 'task', run: async () => install(services, state, checked.header) }]);
        },
      },
    };
  },
};
