// A module connection as a Node stream, for protocol libraries that take one (node:http's
// createConnection, MQTT.js's streamBuilder, ws's createConnection, nodemailer's SMTP socket):
// they then speak over the module's data connection — bearer-gated, routed and counted by the
// internet layer — instead of opening sockets of their own.
//
// Contract: writes go to conn.send (the callback reports its failure); data from the peer is
// pushed as it arrives; when the connection closes (any cause) the readable side ends (what
// arrived stays readable); destroying or ending the stream closes the connection.

import { Duplex } from 'node:stream';
import type { TcpConnection } from './internet.js';

export function connectionStream(conn: TcpConnection): Duplex {
  const stream = new Duplex({
    read() {},
    write(chunk: Buffer, _encoding, callback) {
      conn.send(Buffer.from(chunk)).then(
        () => callback(),
        (e: Error) => callback(e),
      );
    },
    final(callback) {
      conn.close().then(
        () => callback(),
        (e: Error) => callback(e),
      );
    },
    destroy(error, callback) {
      void conn.close().catch(() => undefined);
      callback(error);
    },
  });
  conn.onData((data) => stream.push(data));
  // The peer's last bytes stay readable: the stream ends rather than being destroyed.
  conn.onClose(() => stream.push(null));
  return stream;
}
