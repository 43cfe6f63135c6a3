// Control actions of the FTP(S) service (manual chapter 15): what the service and its session are
// doing, and a session the server's side loses — what a test or a user needs to drive the
// module's "+CFTPSNOTIFY: PEER CLOSED" without a server of their own that hangs up.
//
//   modem-sim ftp status --pty /dev/pts/3
//   modem-sim ftp drop --pty /dev/pts/3

import type { Modem } from '../core/modem.js';
import { ftpOf } from '../ftp/runtime.js';
import { ControlError, type ControlAction } from './action.js';

function status(modem: Modem) {
  const ftp = modem.power === 'on' ? modem.state.ftp : undefined;
  const client = ftpOf(modem.services()).client;
  const conn = client?.connected ? client.connection : undefined;
  return {
    service: ftp?.service ?? { status: 'stopped' },
    session: ftp?.session ?? { status: 'logged-out' },
    operation: ftp?.operation ?? null,
    ssl: ftp?.ssl ?? null,
    control: conn
      ? { server: conn.remote, localPort: conn.localPort, secure: client!.secure, bytesSent: conn.bytesSent, bytesReceived: conn.bytesReceived }
      : null,
  };
}

export const ftpActions: readonly ControlAction[] = [
  {
    name: 'ftp status',
    summary: 'The FTP(S) service, the session (server, state, operation running) and its control connection',
    params: {},
    run: (modem) => status(modem),
  },
  {
    name: 'ftp drop',
    summary: 'The FTP server\'s side of the session is lost (the control connection closes: +CFTPSNOTIFY: PEER CLOSED)',
    params: {},
    run: (modem) => {
      const client = ftpOf(modem.services()).client;
      if (modem.power !== 'on' || modem.state.ftp.session.status !== 'logged-in' || !client?.connected) throw new ControlError('no FTP session is logged in');
      client.lose();
      return status(modem);
    },
  },
];
