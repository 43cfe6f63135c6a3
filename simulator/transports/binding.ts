// The in-process transport: a serialport binding (the @serialport/bindings-interface contract,
// modelled on @serialport/binding-mock) whose ports are simulated modems. An application's own
// tests open the simulator exactly as they open hardware:
//
//     const binding = createSimulatorBinding();
//     binding.attach('/dev/ttyModem0', modem);
//     const port = new SerialPortStream({ binding, path: '/dev/ttyModem0', baudRate: 115200 });
//
// Each binding has its own registry of paths (no global state). Like a real port it is
// asynchronous: a write is answered on a later turn. set({dtr, rts}) drives the module's DTR
// and RTS; get() reports CTS, DSR, DCD (and RI, an extra field) from the module.
//
// The wire: the port's baudRate, dataBits, parity and stopBits (from open(), then update())
// meet the module's (+IPR, +ICF, manual §8.2.3-8.2.5; 115200 8N1 from the factory). When they
// differ, each side reads what a real UART would make of the other's bits (see
// simulator/serial/uart-line.ts): a DTE opened at 9600 against a module at 115200 reads
// garbage, and after AT+IPR=9600 ... OK the DTE must update() its rate to go on. Attach with
// `{ lineSettings: 'ignore' }` to pass bytes unchanged whatever the settings. Output is paced
// on the modem's clock (`baudRate: 'module'` follows the module's rate).
//
// Errors: opening an unknown path rejects with code PORT_NOT_FOUND; opening a port that is
// already open rejects with PORT_IN_USE; reads pending when the port closes reject with
// `canceled: true` as the interface requires.

// Types only: the package's "exports" map hides its .d.ts, so tsconfig "paths" points at it.
import type { BindingInterface, BindingPortInterface, OpenOptions, PortInfo, PortStatus, SetOptions, UpdateOptions } from '@serialport/bindings-interface';
import { ModemSimError } from '../core/errors.js';
import type { Modem } from '../core/modem.js';
import { bitsPerCharacter, transcode, type Framing, type Parity } from '../serial/uart-line.js';
import { OutputShaper, type ShapingOptions } from './output-shaper.js';

class CanceledError extends Error {
  readonly canceled = true;
}

export interface AttachOptions extends ShapingOptions {
  /** 'simulate' (default): mismatched rate or framing garbles bytes as on a real line; 'ignore': bytes pass unchanged. */
  lineSettings?: 'simulate' | 'ignore';
}

interface Attachment {
  modem: Modem;
  shaping: AttachOptions;
  open?: SimulatorPortBinding;
}

export interface SimulatorPortStatus extends PortStatus {
  /** Ring indicator: not in the bindings interface, but real ports have it. */
  ri: boolean;
}

export class SimulatorPortBinding implements BindingPortInterface {
  isOpen = true;
  private readonly received: Buffer[] = [];
  private pendingRead: { resolve: () => void; reject: (e: Error) => void } | undefined;
  private readonly shaper: OutputShaper;
  private readonly onTx = (bytes: Buffer) => {
    const received = this.simulateLine ? transcode(bytes, this.moduleFraming(), this.dteFraming()) : bytes;
    if (received.length > 0) this.shaper.push(received);
  };
  private baudRate: number;
  private readonly simulateLine: boolean;

  constructor(
    private readonly attachment: Attachment,
    readonly openOptions: Required<OpenOptions>,
  ) {
    this.baudRate = openOptions.baudRate;
    this.simulateLine = attachment.shaping.lineSettings !== 'ignore';
    const modem = attachment.modem;
    this.shaper = new OutputShaper((b) => this.arrive(b), attachment.shaping, modem.clock, () => ({
      baudRate: modem.serial.line.baudRate,
      bitsPerCharacter: bitsPerCharacter(modem.serial.line),
    }));
    attachment.modem.events.on('tx', this.onTx);
    attachment.modem.setDteSignals({ dtr: true, rts: true });
  }

  private get modem(): Modem {
    return this.attachment.modem;
  }

  /** This port's side of the wire. */
  private dteFraming(): Framing {
    const o = this.openOptions;
    return { baudRate: this.baudRate, dataBits: o.dataBits, parity: o.parity as Parity, stopBits: o.stopBits };
  }

  /** The module's side of the wire. */
  private moduleFraming(): Framing {
    const l = this.modem.serial.line;
    return { baudRate: l.baudRate, dataBits: l.dataBits, parity: l.parity, stopBits: l.stopBits };
  }

  private arrive(bytes: Buffer): void {
    this.received.push(Buffer.from(bytes));
    const pending = this.pendingRead;
    this.pendingRead = undefined;
    pending?.resolve();
  }

  private checkOpen(): void {
    if (!this.isOpen) throw new CanceledError('Port is not open');
  }

  async read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }> {
    this.checkOpen();
    while (this.received.length === 0) {
      await new Promise<void>((resolve, reject) => {
        this.pendingRead = { resolve, reject };
      });
    }
    // One delivered piece per read (or part of it), as a UART read returns what has arrived:
    // the output shaper's chunking stays visible to the reader.
    const head = this.received[0]!;
    const bytesRead = Math.min(head.length, length);
    head.copy(buffer, offset, 0, bytesRead);
    if (bytesRead === head.length) this.received.shift();
    else this.received[0] = head.subarray(bytesRead);
    return { buffer, bytesRead };
  }

  async write(buffer: Buffer): Promise<void> {
    this.checkOpen();
    const copy = Buffer.from(buffer);
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (!this.isOpen) return;
    const received = this.simulateLine ? transcode(copy, this.dteFraming(), this.moduleFraming()) : copy;
    if (received.length > 0) this.modem.write(received);
  }

  async update(options: UpdateOptions): Promise<void> {
    this.checkOpen();
    this.baudRate = options.baudRate;
  }

  async set(options: SetOptions): Promise<void> {
    this.checkOpen();
    this.modem.setDteSignals({ dtr: options.dtr ?? true, rts: options.rts ?? true });
  }

  async get(): Promise<SimulatorPortStatus> {
    this.checkOpen();
    const s = this.modem.signals;
    return { cts: s.cts, dsr: s.dsr, dcd: s.dcd, ri: s.ri };
  }

  async getBaudRate(): Promise<{ baudRate: number }> {
    this.checkOpen();
    return { baudRate: this.baudRate };
  }

  async flush(): Promise<void> {
    this.checkOpen();
    this.received.length = 0;
  }

  async drain(): Promise<void> {
    this.checkOpen();
  }

  async close(): Promise<void> {
    if (!this.isOpen) throw new Error('Port is not open');
    this.isOpen = false;
    this.shaper.close();
    this.modem.events.off('tx', this.onTx);
    if (this.openOptions.hupcl) this.modem.setDteSignals({ dtr: false });
    this.attachment.open = undefined;
    const pending = this.pendingRead;
    this.pendingRead = undefined;
    pending?.reject(new CanceledError('port is closed'));
  }
}

export interface SimulatorBinding extends BindingInterface<SimulatorPortBinding> {
  /** Make `modem` openable at `path`. */
  attach(path: string, modem: Modem, options?: AttachOptions): void;
  /** Remove a path (closing it if open). */
  detach(path: string): Promise<void>;
}

export function createSimulatorBinding(): SimulatorBinding {
  const ports = new Map<string, Attachment>();
  return {
    attach(path, modem, shaping = {}) {
      ports.set(path, { modem, shaping });
    },
    async detach(path) {
      const a = ports.get(path);
      ports.delete(path);
      if (a?.open?.isOpen) await a.open.close();
    },
    async list(): Promise<PortInfo[]> {
      return [...ports.keys()].map((path) => ({
        path,
        manufacturer: 'modemsim',
        serialNumber: undefined,
        pnpId: undefined,
        locationId: undefined,
        productId: undefined,
        vendorId: undefined,
      }));
    },
    async open(options: OpenOptions): Promise<SimulatorPortBinding> {
      const a = ports.get(options.path);
      if (!a) {
        throw new ModemSimError('PORT_NOT_FOUND', `no simulated modem at ${options.path}; call binding.attach(path, modem) first`);
      }
      if (a.open?.isOpen) throw new ModemSimError('PORT_IN_USE', `${options.path} is already open`);
      await new Promise<void>((resolve) => setImmediate(resolve));
      const full: Required<OpenOptions> = {
        dataBits: 8,
        lock: true,
        stopBits: 1,
        parity: 'none',
        rtscts: false,
        xon: false,
        xoff: false,
        xany: false,
        hupcl: true,
        ...options,
      };
      a.open = new SimulatorPortBinding(a, full);
      return a.open;
    },
  };
}
