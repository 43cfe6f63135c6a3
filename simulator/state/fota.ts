// Firmware updates (manual chapter 18, AT+CFOTA / AT+LFOTA): what runs now, and the firmware in
// flash.
//
// Lifecycle of a job: idle → (AT+CFOTA) downloading → (package verified) updating → the module
// restarts into the new firmware; a failed download or a refused package goes back to idle.
// AT+LFOTA=0,<size> announces the size of a local package; AT+LFOTA=1,<size> takes it over the
// UART (the channel's prompt) and goes to updating when it verifies.
//
// Saving: the jobs are volatile (AT+CFOTA is NO_SAVE). The firmware an update installed is
// flash: `installed` is in NVRAM, and at every start (react 'ready', before the boot URCs) the
// module's identity takes its revision (+CGMR, ATI), as a module booting the new image would.

import { defineSlice } from './modem-state.js';

export type FotaJob =
  | { status: 'idle' }
  | { status: 'downloading'; url: string }
  | { status: 'updating'; to: string };

export interface FotaState {
  job: FotaJob;
  /** AT+LFOTA=0,<size>: the size of the local package announced. */
  localSize?: number;
  /** The firmware a FOTA installed (NVRAM): its revision and the one it replaced. */
  installed?: { revision: string; replaced: string };
}

declare module './modem-state.js' {
  interface ModemState {
    fota: FotaState;
  }
}

const REVISION = /^[!-~]{1,64}$/;

export const fotaSlice = defineSlice({
  key: 'fota',
  create: () => ({ job: { status: 'idle' } }),
  nvram: {
    save: (f) => (f.installed ? { installed: f.installed } : {}),
    load: (f, data) => {
      const d = (data as { installed?: { revision?: unknown; replaced?: unknown } } | undefined)?.installed;
      if (d && typeof d.revision === 'string' && REVISION.test(d.revision) && typeof d.replaced === 'string') f.installed = { revision: d.revision, replaced: d.replaced };
    },
  },
  react: (state, _services, event) => {
    if (event.cause === 'ready' && state.fota.installed) state.identity.revision = state.fota.installed.revision;
  },
});
