// Control actions for the board around the module (manual chapter 9): supply voltage,
// temperature, the ADC inputs and the levels on input GPIOs, and a look at all of it.
//
//   set supply --mv 3350            VBAT in millivolts (+CBC); checked against +CVALARM/+CPMVT
//   set temperature --celsius 90    module temperature (+CPMUTEMP); checked against +CMTE
//   set adc --channel 1|2 --mv 500  voltage on ADC (1) or ADC2 (2)
//   set gpio --gpio 3 --level 1     level applied to a GPIO pin (read by +CGGETV on an input)
//   hardware status
//
// The physical values persist while the module is off and over restarts; with the module on,
// the supervision reacts at once (warnings, +CMTE, power-off: state/hardware-monitor.ts).

import type { Modem } from '../core/modem.js';
import { checkHardware } from '../state/hardware-monitor.js';
import { ControlError, type ControlAction } from './action.js';

function status(modem: Modem) {
  const hw = modem.state.hardware;
  return {
    power: modem.power,
    supplyMv: hw.supplyMv,
    temperatureC: hw.temperatureC,
    adcMv: hw.adcMv,
    voltageAlarm: hw.voltageAlarm,
    voltagePowerOff: hw.voltagePowerOff,
    temperatureAlarm: hw.temperatureAlarm,
    gpio: Object.fromEntries(hw.gpios.map((n) => [n, { ...hw.gpio[n], input: hw.gpioInputs[n] ?? 0 }])),
  };
}

function supervise(modem: Modem): void {
  if (modem.ready) checkHardware(modem.state.hardware, modem.services());
}

function within(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ControlError(`--${name} must be a number from ${min} to ${max}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const hardwareActions: readonly ControlAction[] = [
  {
    name: 'set supply',
    summary: 'Supply voltage (VBAT) in mV: +CBC reads it, +CVALARM/+CPMVT act on it',
    params: { mv: { type: 'number', description: 'millivolts, 0-6000', required: true } },
    run: (modem, p) => {
      modem.state.hardware.supplyMv = Math.round(within(p.mv, 'mv', 0, 6000));
      supervise(modem);
      return status(modem);
    },
  },
  {
    name: 'set temperature',
    summary: 'Module temperature in °C: +CPMUTEMP reads it, +CMTE reports extremes',
    params: { celsius: { type: 'number', description: 'degrees Celsius, -60 to 150', required: true } },
    run: (modem, p) => {
      modem.state.hardware.temperatureC = within(p.celsius, 'celsius', -60, 150);
      supervise(modem);
      return status(modem);
    },
  },
  {
    name: 'set adc',
    summary: 'Voltage on an ADC input (1: +CADC, 2: +CADC2)',
    params: {
      channel: { type: 'number', description: '1 or 2', required: true },
      mv: { type: 'number', description: 'millivolts, 0-1800', required: true },
    },
    run: (modem, p) => {
      const channel = within(p.channel, 'channel', 1, 2);
      if (!Number.isInteger(channel)) throw new ControlError('--channel must be 1 or 2');
      modem.state.hardware.adcMv[channel - 1] = within(p.mv, 'mv', 0, 1800);
      return status(modem);
    },
  },
  {
    name: 'set gpio',
    summary: 'Level applied to a GPIO pin from outside (read by +CGGETV when it is an input)',
    params: {
      gpio: { type: 'number', description: 'GPIO number (+CGDRT=? lists them)', required: true },
      level: { type: 'number', description: '0 low, 1 high', required: true },
    },
    run: (modem, p) => {
      const hw = modem.state.hardware;
      const n = p.gpio as number;
      if (!hw.gpios.includes(n)) throw new ControlError(`--gpio must be one of ${hw.gpios.join(', ')}`);
      if (p.level !== 0 && p.level !== 1) throw new ControlError('--level must be 0 or 1');
      hw.gpioInputs[n] = p.level;
      return status(modem);
    },
  },
  {
    name: 'hardware status',
    summary: 'Supply, temperature, ADC inputs, alarms and GPIOs',
    params: {},
    run: (modem) => status(modem),
  },
];
