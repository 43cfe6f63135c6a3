// Installing a verified package (manual §18.3): "+CFOTA: 100 FOTA COMPLETE, it will restart in
// 8s". The new firmware is in flash (the fota slice's NVRAM) before the indication; 8 s later the
// module restarts, spends FOTA_INSTALL_MS applying the image (our figure: the manual gives none;
// field reports put a DFOTA install at tens of seconds), then boots: the profile's boot URCs,
// and the identity's revision is the package's (simulator/state/fota.ts).

import type { ModemServices } from '../core/handler.js';
import type { ModemState } from '../state/modem-state.js';
import type { PackageHeader } from './package.js';

export const RESTART_AFTER_MS = 8000;
export const FOTA_INSTALL_MS = 20_000;
/** The largest package the module takes (its FOTA partition): AT+LFOTA's and AT+CFOTA's bound. */
export const MAX_PACKAGE_BYTES = 8 * 1024 * 1024;

export function install(services: ModemServices, state: ModemState, header: PackageHeader): void {
  state.fota.installed = { revision: header.to, replaced: state.identity.revision };
  state.fota.job = { status: 'updating', to: header.to };
  services.persist();
  services.log(`fota: ${state.identity.revision} -> ${header.to} installed; restarting in ${RESTART_AFTER_MS} ms`);
  services.urc('+CFOTA: 100');
  services.setTimer(RESTART_AFTER_MS, () => services.instance.reboot(FOTA_INSTALL_MS + services.profile.boot.resetDelayMs));
}
