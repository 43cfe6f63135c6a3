// SIM767XX §2.2.9 AT&F (factory defaults), §2.2.11 AT&W (save the user setting),
// §2.2.12 ATZ (restore the user setting).
//
// AT&W saves what ATE, ATQ, ATV, AT&C, AT&D and AT+IFC set (and the S-registers, V.250
// §6.1.2); ATZ restores it. The manual says the saved values "must be restored by ATZ" after a
// restart; the module also loads them at power-on (so ATE0&W survives a reboot, as users rely
// on), which V.250 §6.1.1 describes too.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const ampF: CommandHandler = {
  name: '&F',
  exec: () => reply(OK, [], [{ type: 'factory-reset' }]),
};

export const ampW: CommandHandler = {
  name: '&W',
  exec: () => reply(OK, [], [{ type: 'save-user-profile' }]),
};

export const atz: CommandHandler = {
  name: 'Z',
  exec: () => reply(OK, [], [{ type: 'load-user-profile' }]),
};
