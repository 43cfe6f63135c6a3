// SIM767XX §8.2.8 AT+LPSTATUS Query information about sleep/wakeup. Prints, one item a line as
// the manual's example does (its response syntax runs them together on one line; the example
// is taken as the real layout):
//   +LPSTATUS:
//   SLEEP:
//   DTR_LEVEL = <level>,      level of the DTR pin: 1 high (DTR off), 0 low (DTR on)
//   USB_PHY = <0|1>,          whether a USB host is connected
//   CSCLK = <status>.         the +CSCLK setting
//   If CSCLK = 1, ... (the wake-up hint, as printed by the module)
// The manual's example (DTR_LEVEL = 1, USB_PHY = 1) is a board with DTR not driven and USB
// plugged in; here DTR follows the DTE and USB is a control action ("set usb").

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';

export const WAKE_UP_HINT =
  'If CSCLK = 1, you can wake up the module by lowering the DTR and plugging in the USB; If CSCLK = 2, you can send data through the serial port and plug in the USB to wake up the module.';

export const lpstatus: CommandHandler = {
  name: '+LPSTATUS',
  exec: (ctx) =>
    reply(OK, [
      '+LPSTATUS:',
      'SLEEP:',
      `DTR_LEVEL = ${ctx.modem.uart.dtr ? 0 : 1},`,
      `USB_PHY = ${ctx.modem.uart.usbConnected ? 1 : 0},`,
      `CSCLK = ${ctx.state.serial.sleep}.`,
      WAKE_UP_HINT,
    ]),
};
