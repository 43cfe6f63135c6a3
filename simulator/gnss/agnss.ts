// +CAGPS (§21.2.23): assistance data fetched from the AGNSS server over the packet network.
//
// What is modelled: the module needs the GNSS on, service registration (+CEREG/+CREG 1 or 5
// with the radio on) and an active PDP context; without a bearer no socket opens (+AGPS: 101).
// The server (the GNSS world's `agnss`: host, port, path) is resolved by the simulated network's
// DNS — a dotted address as is, a name only if the network world lists it in its hosts, else
// +AGPS: 102. The module then opens a REAL TCP connection from the host to that address (so a
// test or a user runs a real server, on loopback), sends an HTTP/1.1 GET for the path and reads
// the response: a refused or failed connection is 103, a failed write 104, a read that fails,
// ends without a "200" status line and a non-empty body, or outlasts the manual's 9 s (on the
// module's clock) is 105. On success the data is kept in the receiver's flash (`assistanceAt`)
// and shortens cold and warm starts for its validity. 108 (storing failed) is not modelled: the
// simulated flash does not fail.
//
// The manual does not name the server or its protocol; HTTP GET of one file is how SIMCom's and
// other vendors' modules fetch EPO/XTRA files, and is what a user's test server most easily is.

import { Socket } from 'node:net';
import type { Clock } from '../core/clock.js';

export type AgnssOutcome = { ok: true; bytes: number } | { ok: false; code: 103 | 104 | 105; detail: string };

export interface AgnssRequest {
  address: string;
  port: number;
  host: string;
  path: string;
  timeoutMs: number;
  clock: Clock;
}

export function fetchAssistance(req: AgnssRequest): Promise<AgnssOutcome> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const chunks: Buffer[] = [];
    let connected = false;
    let done = false;
    const finish = (outcome: AgnssOutcome) => {
      if (done) return;
      done = true;
      req.clock.clearTimer(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = req.clock.setTimer(req.timeoutMs, () => finish({ ok: false, code: connected ? 105 : 103, detail: `no answer within ${req.timeoutMs} ms` }));
    socket.on('error', (e) => finish({ ok: false, code: connected ? 105 : 103, detail: e.message }));
    socket.on('data', (b: Buffer) => chunks.push(b));
    socket.on('end', () => {
      const response = Buffer.concat(chunks);
      const head = response.indexOf('\r\n\r\n');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(response.subarray(0, Math.max(0, head)).toString('latin1'));
      const body = head < 0 ? 0 : response.length - head - 4;
      if (status?.[1] === '200' && body > 0) finish({ ok: true, bytes: body });
      else finish({ ok: false, code: 105, detail: status ? `HTTP ${status[1]}, ${body} bytes` : 'no HTTP response' });
    });
    socket.connect(req.port, req.address, () => {
      connected = true;
      const request = `GET ${req.path} HTTP/1.1\r\nHost: ${req.host}\r\nConnection: close\r\n\r\n`;
      socket.write(request, (e) => {
        if (e) finish({ ok: false, code: 104, detail: e.message });
      });
    });
  });
}
