// Control actions of the power lifecycle (manual §3.2.3-3.2.4): what pulling the plug, pressing
// PWRKEY or the reset line does to a real module.

import type { ControlAction } from './action.js';

export const powerActions: readonly ControlAction[] = [
  {
    name: 'reboot',
    summary: 'Reset the module (like the RESET pin): NO_SAVE state is lost, boot URCs follow',
    params: {},
    run: (modem) => {
      modem.reboot();
      return { power: modem.power };
    },
  },
  {
    name: 'power off',
    summary: 'Cut the power: the UART goes silent, NVRAM is kept',
    params: {},
    run: (modem) => {
      modem.powerOff();
      return { power: modem.power };
    },
  },
  {
    name: 'power on',
    summary: 'Power the module on (boot sequence follows)',
    params: {},
    run: (modem) => {
      modem.powerOn();
      return { power: modem.power };
    },
  },
  {
    name: 'status',
    summary: 'Power state, identity and circuits',
    params: {},
    run: (modem) => ({ power: modem.power, profile: modem.profile.name, identity: modem.state.identity, signals: modem.signals, mode: modem.port.mode }),
  },
];
