// The SMS settings AT&V prints (manual §2.2.7 example): `+CSMP: 17, 167, 0, 241` (after the
// network registration settings) and `+CMGF: 0; +CSDH: 0; +CSCA: "+8613800230500",145;
// +CPMS: "ME",2,10,"ME",2,10,"ME",2,10` (after +CFUN). The spaces inside the example's +CSMP
// are taken as OCR artefacts: +CSMP? prints none. Two reporters, so the list in
// v25ter/configuration.ts can place each where the manual does.

import type { ModemState } from '../../state/modem-state.js';
import { smsProfile } from '../../sms/profile.js';
import { MessageStorage } from '../../sms/storage.js';
import type { Profile } from '../../profiles/profile.js';
import { SIM767XX } from '../../profiles/sim767xx.js';

export function smsTextParameters(s: ModemState): string[] {
  const c = s.sms.csmp;
  return [`+CSMP: ${c.fo},${typeof c.vp === 'number' ? c.vp : `"${c.vp}"`},${c.pid},${c.dcs}`];
}

/** `profile`: the memories' sizes come from it; AT&V reporters see only the state, so the SIM767XX's by default. */
export function smsSettings(s: ModemState, profile: Profile = SIM767XX): string[] {
  const storage = new MessageStorage(s.sms, smsProfile(profile));
  const cpms = s.sms.mem.map((m) => `"${m}",${storage.used(m)},${storage.total(m)}`).join(',');
  return [`+CMGF: ${s.sms.textMode ? 1 : 0}`, `+CSDH: ${s.sms.showHeader ? 1 : 0}`, `+CSCA: "${s.sms.sca.number}",${s.sms.sca.toa}`, `+CPMS: ${cpms}`];
}
