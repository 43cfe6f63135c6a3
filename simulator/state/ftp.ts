// The FTP(S) service of chapter 15: whether it is started on a PDP context (+CFTPSSTART /
// +CFTPSSTOP), the session with a server (+CFTPSLOGIN / +CFTPSLOGOUT), the operation running on
// it, and the settings of the chapter (+CFTPSSINGLEIP, +CFTPSTYPE, +CFTPSSLCFG).
//
// Saving: every command of the chapter is NO_SAVE (manual §15.2.1-15.2.18): nothing survives a
// power cycle. The FTP client behind a session (its control connection) lives in the Modem's
// attachments (simulator/ftp/runtime.ts) and closes at power-off.
//
// Lifecycles:
//   service: stopped → starting (the context being activated) → started → stopped (+CFTPSSTOP,
//   or the bearer lost: "+CFTPSNOTIFY:FTPS DISCONNECT", §15.4)
//   session: logged-out → logging-in → logged-in → logged-out (+CFTPSLOGOUT); logged-in →
//   peer-closed when the server closes the control connection ("+CFTPSNOTIFY: PEER CLOSED",
//   §15.4: "user need to execute AT+CFTPSLOGOUT and log in again") → logged-out (+CFTPSLOGOUT)
//
// Settings: AT+CFTPSSINGLEIP and AT+CFTPSTYPE belong to the started service (their read forms
// answer ERROR "if executed before +CFTPSSTART", §15.2.15/§15.2.17): +CFTPSSTART sets them to
// their defaults (0, "I": the read example's values). The SSL contexts of AT+CFTPSSLCFG do not
// depend on the service (its example sets one with no service started): context 0 for both
// sessions until set (the manual gives no default; our figure).

import { reactFtp } from '../ftp/runtime.js';
import { defineSlice } from './modem-state.js';

export interface FtpServer {
  host: string;
  port: number;
  user: string;
  /** 0 FTP, 1 explicit FTPS (AUTH SSL), 2 explicit FTPS (AUTH TLS), 3 implicit FTPS. */
  serverType: number;
}

export type FtpServiceLifecycle =
  | { status: 'stopped' }
  | { status: 'starting'; cid: number }
  | {
      status: 'started';
      cid: number;
      /** The module's address on the context when it started (the bearer it rides). */
      address: string;
      /** Whether +CFTPSSTART activated the context (+CFTPSSTOP then deactivates it). */
      activatedByUs: boolean;
      /** AT+CFTPSSINGLEIP: 0 the data address of the PASV reply, 1 the control connection's. */
      singleIp: number;
      /** AT+CFTPSTYPE: A ASCII, I binary. */
      type: 'A' | 'I';
    };

export type FtpSessionLifecycle =
  | { status: 'logged-out' }
  | { status: 'logging-in'; server: FtpServer }
  | { status: 'logged-in'; server: FtpServer }
  | { status: 'peer-closed'; server: FtpServer };

export interface FtpState {
  service: FtpServiceLifecycle;
  session: FtpSessionLifecycle;
  /** The command whose operation runs on the session now (another one is "Busy", <errcode> 3). */
  operation?: string;
  /** AT+CFTPSSLCFG: the SSL context (0-9) of the control and of the data sessions. */
  ssl: { control: number; data: number };
}

declare module './modem-state.js' {
  interface ModemState {
    ftp: FtpState;
  }
}

export function freshFtp(): FtpState {
  return { service: { status: 'stopped' }, session: { status: 'logged-out' }, ssl: { control: 0, data: 0 } };
}

/** The started service, if any. */
export function startedService(ftp: FtpState): Extract<FtpServiceLifecycle, { status: 'started' }> | undefined {
  return ftp.service.status === 'started' ? ftp.service : undefined;
}

export const ftpSlice = defineSlice({
  key: 'ftp',
  create: () => freshFtp(),
  // The service follows its bearer (simulator/ftp/runtime.ts).
  react: reactFtp,
});
