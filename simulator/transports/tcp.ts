// The TCP transport: the module's UART on a TCP port, one client at a time (like the one
// cable of a serial port). A second client is refused with a one-line explanation while the
// first is connected. TCP has no modem circuits: DTR stays on.

import net from 'node:net';
import type { Modem } from '../core/modem.js';
import { bitsPerCharacter } from '../serial/uart-line.js';
import { OutputShaper, type LineRate, type ShapingOptions } from './output-shaper.js';

export interface TcpTransport {
  readonly port: number;
  readonly host: string;
  close(): Promise<void>;
}

export function openTcpTransport(modem: Modem, options: { port: number; host?: string; shaping?: ShapingOptions }): Promise<TcpTransport> {
  const host = options.host ?? '127.0.0.1';
  let client: net.Socket | undefined;
  let shaper: OutputShaper | undefined;
  const onTx = (bytes: Buffer) => shaper?.push(bytes);
  modem.events.on('tx', onTx);

  const server = net.createServer((socket) => {
    if (client) {
      socket.end('modemsim: the port is in use by another client\r\n');
      return;
    }
    client = socket;
    shaper = new OutputShaper((b) => socket.write(b), options.shaping, modem.clock, () => moduleLine(modem));
    modem.log(`tcp client ${socket.remoteAddress}:${socket.remotePort} connected`);
    socket.on('data', (data) => modem.write(data));
    socket.on('error', (e) => modem.log(`tcp client: ${e.message}`));
    socket.on('close', () => {
      modem.log('tcp client disconnected');
      shaper?.close();
      shaper = undefined;
      client = undefined;
    });
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        host,
        close: () =>
          new Promise<void>((done) => {
            modem.events.off('tx', onTx);
            shaper?.close();
            client?.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** The module's UART rate and character size, for `baudRate: 'module'` pacing. */
function moduleLine(modem: Modem): LineRate {
  return { baudRate: modem.serial.line.baudRate, bitsPerCharacter: bitsPerCharacter(modem.serial.line) };
}
