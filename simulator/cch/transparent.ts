// Transparent mode of the SSL client (manual §17.2.6 AT+CCHMODE=1, §17.2.12 "CONNECT [<text>]"):
// session 0's connection is the channel's data session. Bytes from the DTE go to the server as
// they come (TLS records of what each write carries); what the server sends goes straight to the
// DTE, held while the DTE is in command mode after +++ and given at ATO. The server closing ends
// data mode with NO CARRIER (and "+CCH_PEER_CLOSED: 0", runtime.ts); ATH or DTR per AT&D2 close
// the connection; AT+CCHCLOSE=0 in command mode closes it with "CLOSED" (cchclose.ts).

import type { DataSession, DataSink, ModemServices } from '../core/handler.js';
import type { TcpConnection } from '../internet/internet.js';
import type { ModemState } from '../state/modem-state.js';
import { cchRuntimeOf, releaseSession, samePowerCycle } from './runtime.js';

export function transparentSession(state: ModemState, services: ModemServices, n: number, conn: TcpConnection): (sink: DataSink) => DataSession {
  return (sink) => {
    const runtime = cchRuntimeOf(services).sessions[n];
    if (runtime?.conn === conn) {
      runtime.transparentSink = (data) => sink.deliver(data);
      runtime.transparentClosed = () => sink.closed();
      for (const data of runtime.pending.splice(0)) sink.deliver(data);
    }
    return {
      write: (bytes) => {
        if (conn.open) void conn.send(Buffer.from(bytes)).catch((e: unknown) => services.log(`cch: transparent send failed: ${String(e)}`));
      },
      hangup: () => {
        if (!samePowerCycle(services, state) || cchRuntimeOf(services).sessions[n]?.conn !== conn) return;
        releaseSession(state, services, n);
        void conn.close();
        services.log(`cch: transparent session ${n} hung up`);
      },
    };
  };
}
