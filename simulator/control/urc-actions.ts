// Control actions for unsolicited result codes: print any URC as the module would, now or in
// the middle of the next command — what a client's URC handling (and the conformance kit's
// URC-ordering suite) needs to be tested against. The URC goes through the module's URC queue,
// so it is held while a command runs and printed after its final result code (V.250 §5.7.3).

import { ControlError, type ControlAction } from './action.js';

export const urcActions: readonly ControlAction[] = [
  {
    name: 'raise urc',
    summary: 'Print an unsolicited result code (held while a command runs), now or during the next command',
    params: {
      text: { type: 'string', description: 'the URC line, e.g. +CMTI: "SM",3 (use \\n between lines of a multi-line URC)', required: true },
      during: { type: 'boolean', description: 'raise it while the next command line runs, instead of now' },
    },
    run: (modem, params) => {
      const lines = String(params.text).split(/\\n|\n/).filter((l) => l !== '');
      if (lines.length === 0) throw new ControlError('--text must not be empty');
      if (params.during) {
        modem.events.once('command', () => modem.urc(lines));
        return { raised: 'during the next command', lines };
      }
      modem.urc(lines);
      return { raised: 'now', lines };
    },
  },
];
