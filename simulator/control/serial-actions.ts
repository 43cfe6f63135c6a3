// Control actions of the serial interface (manual chapter 8): the circuits a DTE drives, the
// USB cable, and the UART's state. Over the in-process binding the DTE drives DTR/RTS itself
// (`port.set`); pty and TCP have no circuits, so these actions stand in for them.

import type { ControlAction } from './action.js';

export const serialActions: readonly ControlAction[] = [
  {
    name: 'set dte',
    summary: 'Drive the DTE circuits: DTR (AT&D, +CSCLK=1 sleep) and RTS (+IFC flow control)',
    params: {
      dtr: { type: 'boolean', description: 'DTR on (asserted, pin low) or off' },
      rts: { type: 'boolean', description: 'RTS on or off' },
    },
    run: (modem, p) => {
      const change: { dtr?: boolean; rts?: boolean } = {};
      if (p.dtr !== undefined) change.dtr = p.dtr as boolean;
      if (p.rts !== undefined) change.rts = p.rts as boolean;
      modem.setDteSignals(change);
      return modem.signals;
    },
  },
  {
    name: 'set usb',
    summary: 'Plug or unplug a USB host (+LPSTATUS USB_PHY; a connected USB keeps the module awake)',
    params: { connected: { type: 'boolean', description: 'whether a USB host is connected', required: true } },
    run: (modem, p) => {
      modem.serial.usbConnected = p.connected as boolean;
      return modem.serial.status();
    },
  },
  {
    name: 'serial status',
    summary: 'The UART now: line rate and framing, flow control, sleep, +CMUX DLCs, AT channels',
    params: {},
    run: (modem) => ({ ...modem.serial.status(), signals: modem.signals }),
  },
];
