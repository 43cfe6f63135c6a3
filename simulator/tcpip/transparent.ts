// Transparent mode (manual §13.2.10, AT+CIPMODE=1): link 0's TCP connection is the channel's
// data session. Bytes from the DTE are packed for AT+CIPCFG "transwaittm" ms (default 10) and
// sent as one segment; what the peer sends goes straight to the DTE (held while the DTE is in
// command mode after +++, given at ATO). The peer closing ends data mode with NO CARRIER (and
// "+IPCLOSE: 0,1", simulator/tcpip/links.ts); ATH or DTR per AT&D2 close the connection.

import type { DataSession, DataSink, ModemServices } from '../core/handler.js';
import type { TcpConnection } from '../internet/internet.js';
import type { ModemState } from '../state/modem-state.js';
import { releaseLink, samePowerCycle, socketsOf } from './links.js';

export function transparentSession(state: ModemState, services: ModemServices, n: number, conn: TcpConnection): (sink: DataSink) => DataSession {
  return (sink) => {
    const socket = socketsOf(services).links[n];
    if (socket) {
      socket.transparentSink = (data) => sink.deliver(data);
      socket.transparentClosed = () => sink.closed();
    }
    let pending: Buffer[] = [];
    let timer: ReturnType<ModemServices['setTimer']> | undefined;
    const flush = () => {
      timer = undefined;
      const data = Buffer.concat(pending);
      pending = [];
      if (data.length > 0 && conn.open) void conn.send(data).catch((e: unknown) => services.log(`tcpip: transparent send failed: ${String(e)}`));
    };
    return {
      write: (bytes) => {
        pending.push(Buffer.from(bytes));
        timer ??= services.setTimer(state.tcpip.transWaitMs, flush);
      },
      suspend: () => {
        services.clearTimer(timer);
        flush();
      },
      hangup: () => {
        services.clearTimer(timer);
        timer = undefined;
        pending = [];
        if (!samePowerCycle(services, state) || socketsOf(services).links[n]?.tcp !== conn) return;
        releaseLink(state, services, n);
        void conn.close();
        services.log(`tcpip: transparent link ${n} hung up`);
      },
    };
  };
}
