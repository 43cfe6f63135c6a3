// Control actions of the power lifecycle (manual §3.2.3-3.2.4): what pulling the plug, pressing
// PWRKEY or the reset line does to a real module.

import type { Modem } from '../core/modem.js';
import type { ControlAction } from './action.js';

/** An action of the power lifecycle: it acts on the module and reports the power state. */
function lifecycle(name: string, summary: string, act: (modem: Modem) => void): ControlAction {
  return {
    name,
    summary,
    params: {},
    run: (modem) => {
      act(modem);
      return { power: modem.power };
    },
  };
}

export const powerActions: readonly ControlAction[] = [
  lifecycle('reboot', 'Reset the module (like the RESET pin): NO_SAVE state is lost, boot URCs follow', (modem) => modem.reboot()),
  lifecycle('power off', 'Cut the power: the UART goes silent, NVRAM is kept', (modem) => modem.powerOff()),
  lifecycle('power on', 'Power the module on (boot sequence follows)', (modem) => modem.powerOn()),
  {
    name: 'status',
    summary: 'Power state, identity and circuits',
    params: {},
    run: (modem) => ({ power: modem.power, profile: modem.profile.name, identity: modem.state.identity, signals: modem.signals, mode: modem.port.mode }),
  },
];
