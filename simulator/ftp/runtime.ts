// The FTP(S) session behind the chapter 15 commands: the client of the logged-in session (kept
// in the Modem's attachments; its state is in the ftp slice) and what the module reports on its
// own (manual §15.4):
//
//   +CFTPSNOTIFY: PEER CLOSED     the server closed the control connection of a logged-in
//                                 session (or it was lost): the session waits for AT+CFTPSLOGOUT
//   +CFTPSNOTIFY:FTPS DISCONNECT  the bearer of the started service went (the context was
//                                 deactivated, the module deregistered) while a connection to a
//                                 server was up: the service is stopped ("user need to execute
//                                 AT+CFTPSSTART and log in again"). A started service with no
//                                 connection stops as quietly as its bearer went.
//
// Both texts are printed exactly as the manual's URC table has them (with and without a space
// after the colon).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { bearerUp } from '../internet/bearer.js';
import type { ModemState, ReactEvent } from '../state/modem-state.js';
import type { FtpClient } from './client.js';

export const PEER_CLOSED_URC = '+CFTPSNOTIFY: PEER CLOSED';
export const DISCONNECT_URC = '+CFTPSNOTIFY:FTPS DISCONNECT';

/** Most bytes one "+CFTPSLIST: DATA,<len>" / "+CFTPSGET: DATA,<len>" report carries (our figure). */
export const MAX_DATA_REPORT = 1024;

export class FtpRuntime {
  /** The client of the session (logged in, or closed by the peer and not yet logged out). */
  client: FtpClient | undefined;
}

const FTP = new AttachmentKey<FtpRuntime>('ftp.runtime');

/** The FTP runtime of this Modem; the client is dropped when the module powers off. */
export function ftpOf(services: Pick<ModemServices, 'instance'>): FtpRuntime {
  const modem = services.instance;
  return modem.attachments.getOrCreate(FTP, () => {
    const runtime = new FtpRuntime();
    modem.events.on('power', (power) => {
      if (power === 'off') runtime.client = undefined;
    });
    return runtime;
  });
}

/** Whether `state` is still the module's state (not a later power cycle's). */
export function samePowerCycle(services: Pick<ModemServices, 'instance'>, state: ModemState): boolean {
  return services.instance.state === state && services.instance.power === 'on';
}

/**
 * Makes `client` the session's: a control connection the server (or the network, control action
 * "ftp drop") ends turns the session to peer-closed with "+CFTPSNOTIFY: PEER CLOSED". The bearer
 * going is reactFtp's to report; power-off reports nothing.
 */
export function adoptClient(state: ModemState, services: ModemServices, client: FtpClient): void {
  const runtime = ftpOf(services);
  runtime.client = client;
  client.onLost((cause) => {
    if (cause === 'bearer' || cause === 'power-off' || !samePowerCycle(services, state)) return;
    if (runtime.client !== client || state.ftp.session.status !== 'logged-in') return;
    state.ftp.session = { status: 'peer-closed', server: state.ftp.session.server };
    services.log(`ftp: the server closed the session (${cause})`);
    services.urc(PEER_CLOSED_URC);
  });
}

/** Ends the session's client (if any) without a word to the server. */
export function releaseClient(services: Pick<ModemServices, 'instance'>): void {
  const runtime = ftpOf(services);
  runtime.client?.release();
  runtime.client = undefined;
}

/**
 * The DATA reports of a download to the UART (`+CFTPSLIST` / `+CFTPSGET`): the data is gathered
 * into reports of MAX_DATA_REPORT bytes, each printed when full, the rest when the transfer ends
 * (flush) — so what the DTE sees does not depend on how TCP cut the data into segments.
 */
export class DataReporter {
  private pending: Buffer[] = [];
  private size = 0;

  constructor(
    private readonly prefix: string,
    private readonly print: (lines: string[]) => void,
  ) {}

  push(bytes: Buffer): void {
    this.pending.push(Buffer.from(bytes));
    this.size += bytes.length;
    while (this.size >= MAX_DATA_REPORT) this.report(MAX_DATA_REPORT);
  }

  /** Prints what is left (the transfer ended, completely or not). */
  flush(): void {
    if (this.size > 0) this.report(this.size);
  }

  private report(length: number): void {
    const all = Buffer.concat(this.pending);
    const part = all.subarray(0, length);
    const rest = all.subarray(length);
    this.pending = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    this.print([`${this.prefix}: DATA,${part.length}`, part.toString('latin1')]);
  }
}

/** The ftp slice's react hook: the started service follows its bearer (see the file comment). */
export function reactFtp(state: ModemState, services: ModemServices, event: ReactEvent): void {
  if (event.cause === 'ready') return;
  const ftp = state.ftp;
  const service = ftp.service;
  if (service.status !== 'started' || bearerUp(state, { cid: service.cid, address: service.address })) return;
  const connected = ftp.session.status === 'logging-in' || ftp.session.status === 'logged-in';
  const runtime = ftpOf(services);
  const client = runtime.client;
  runtime.client = undefined;
  client?.release();
  ftp.service = { status: 'stopped' };
  ftp.session = { status: 'logged-out' };
  services.log(`ftp: the bearer on context ${service.cid} went; the service stopped`);
  if (connected) services.urc(DISCONNECT_URC);
}
