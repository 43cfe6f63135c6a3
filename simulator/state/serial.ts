// Settings of the serial interface (manual chapter 8): line rate and framing, flow control,
// UART sleep, URC routing and pacing, the RI pin and the +CMUX parameters. What the UART does
// with them at run time (the bytes on the wire, sleep, the multiplexer) lives in
// simulator/serial/serial-interface.ts; this slice is only the configuration.
//
// Saving (manual §1.4 and the sections): +IPREX is AUTO_SAVE (§8.2.4) and gives +IPR its
// power-on value (§8.2.3: "after reboot the baud rate is set to value of IPREX"); +IPR, +ICF,
// +IFC, +CSCLK, +CMUX, +CATR, +CFGRI and +CURCD are NO_SAVE. AT&W stores +IFC (§2.2.11 lists
// it with ATE/ATQ/ATV/AT&C/AT&D), so ATZ and power-on restore it and AT&F resets it.
//
// Factory values are the manual's read examples: +IPR/+IPREX 115200, +ICF: 2,2, +IFC: 0,0,
// +CSCLK: 0, +CATR: 0, +CFGRI: 0,60,120, +CURCD: 0,1, +CMUX: 0,0,5,64,0,0,0.

import { defineSlice } from './modem-state.js';

/** The rates of +IPR and +IPREX (manual §8.2.3-8.2.4 "Defined Values"). */
export const SUPPORTED_RATES = [600, 1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200, 230400, 460800] as const;
export const FACTORY_RATE = 115200;

/** +ICF <format> (§8.2.5): 1 8 data + parity, 2 8 data, 3 7 data + parity, 4 7 data; one stop bit. */
export type IcfFormat = 1 | 2 | 3 | 4;
/** +ICF <parity>: 0 odd, 1 even, 2 none. */
export type IcfParity = 0 | 1 | 2;

/** +IFC (§8.2.6): 0 none, 2 hardware (RTS for the module's output, CTS for the DTE's). */
export type FlowControl = 0 | 2;

/** +CSCLK <status> (§8.2.7): 0 off, 1 DTR sleep, 2 RX sleep. */
export type SleepMode = 0 | 1 | 2;

/** +CMUX parameters (§8.2.9), as the read command reports them. */
export interface MuxParameters {
  subset: number;
  /** 27.007 <port_speed> code; the read form reports the code of the line rate in use. */
  portSpeed: number;
  /** Maximum information field length of a frame. */
  n1: number;
  t1: number;
  n2: number;
  t2: number;
}

export const FACTORY_MUX: Readonly<MuxParameters> = { subset: 0, portSpeed: 5, n1: 64, t1: 0, n2: 0, t2: 0 };

export interface SerialSettings {
  /** +IPR: the rate the UART runs at (bit/s). */
  baud: number;
  /** +IPREX: the rate at power-on (AUTO_SAVE). */
  savedBaud: number;
  format: IcfFormat;
  parity: IcfParity;
  /** +IFC <DCE>: how the module's output is paced by the DTE (RTS). */
  dceFlow: FlowControl;
  /** +IFC <DTE>: how the DTE's output is paced by the module (CTS). */
  dteFlow: FlowControl;
  sleep: SleepMode;
  /** +CATR <port>: 0 all ports, 1 USB1, 2 RIL, 3 UART, 4 USB2 port 1 (see handlers/serial/catr.ts). */
  urcPort: number;
  /** +CFGRI: whether RI is pulled on URCs, and for how long (ms) for URCs and for SMS. */
  ri: { enabled: boolean; urcMs: number; smsMs: number };
  /** +CURCD <delay_time>: URCs go out this many ms after they arise. */
  urcDelayMs: number;
  mux: MuxParameters;
}

declare module './modem-state.js' {
  interface ModemState {
    serial: SerialSettings;
  }
}

export const FACTORY_RI = { enabled: false, urcMs: 60, smsMs: 120 } as const;

function isRate(n: unknown): n is number {
  return typeof n === 'number' && (SUPPORTED_RATES as readonly number[]).includes(n);
}

export const serialSlice = defineSlice({
  key: 'serial',
  create: () => ({
    baud: FACTORY_RATE,
    savedBaud: FACTORY_RATE,
    format: 2,
    parity: 2,
    dceFlow: 0,
    dteFlow: 0,
    sleep: 0,
    urcPort: 0,
    ri: { ...FACTORY_RI },
    urcDelayMs: 0,
    mux: { ...FACTORY_MUX },
  }),
  nvram: {
    save: (s) => ({ iprex: s.savedBaud }),
    load: (s, data) => {
      const d = data as { iprex?: unknown };
      if (isRate(d.iprex)) {
        s.savedBaud = d.iprex;
        s.baud = d.iprex;
      }
    },
  },
  userProfile: {
    save: (s) => ({ dceFlow: s.dceFlow, dteFlow: s.dteFlow }),
    load: (s, data) => {
      const d = data as { dceFlow?: unknown; dteFlow?: unknown };
      if (d.dceFlow === 0 || d.dceFlow === 2) s.dceFlow = d.dceFlow;
      if (d.dteFlow === 0 || d.dteFlow === 2) s.dteFlow = d.dteFlow;
    },
  },
  factoryReset: (s) => {
    s.dceFlow = 0;
    s.dteFlow = 0;
  },
});

/** The line framing +ICF selects. */
export function icfFraming(format: IcfFormat, parity: IcfParity): { dataBits: 7 | 8; parity: 'none' | 'odd' | 'even' } {
  const dataBits = format === 1 || format === 2 ? 8 : 7;
  const hasParity = format === 1 || format === 3;
  return { dataBits, parity: !hasParity ? 'none' : parity === 0 ? 'odd' : 'even' };
}
