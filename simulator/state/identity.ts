// Module identity (manual §2.2.5, §2.2.13-2.2.16): manufacturer, model, revision and IMEI.
// The IMEI can be rewritten with AT+SIMEI (§3.2.10), which the module keeps in NVRAM.

import type { Identity } from '../profiles/profile.js';
import { defineSlice } from './modem-state.js';

declare module './modem-state.js' {
  interface ModemState {
    identity: Identity;
  }
}

export const identitySlice = defineSlice({
  key: 'identity',
  create: (profile) => ({ ...profile.identity }),
  nvram: {
    save: (id) => ({ imei: id.imei }),
    load: (id, data) => {
      const d = data as { imei?: unknown };
      if (typeof d.imei === 'string' && /^\d{15}$/.test(d.imei)) id.imei = d.imei;
    },
  },
});
