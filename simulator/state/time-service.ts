// Network time services of chapter 12: HTP (time from an HTTP server's Date header: +CHTPSERV,
// +CHTPUPDATE, +CHTPCFG) and NTP (+CNTP, +CNTPCFG). The time they fetch goes into the RTC of
// +CCLK (state.network.rtc, AUTO_SAVE there). Their own settings are not saved: the manual gives
// no saving mode ("-") for any of them, so they last one power cycle.

import { defineSlice } from './modem-state.js';

export interface HtpServer {
  host: string;
  port: number;
  /** 0 HTTP/1.0, 1 HTTP/1.1. */
  httpVersion: number;
  proxy?: { host: string; port: number };
}

export interface TimeServiceState {
  /** +CHTPSERV list (at most 16); index = position. */
  htpServers: HtpServer[];
  /** +CHTPUPDATE? "Updating" while a synchronisation runs. */
  htpUpdating: boolean;
  /** +CHTPCFG "CID". */
  htpCid: number;
  /** +CNTP <host>, <timezone> (quarters of an hour, default 32). */
  ntp: { host: string; timezone: number };
  ntpUpdating: boolean;
  /** +CNTPCFG "CID". */
  ntpCid: number;
}

declare module './modem-state.js' {
  interface ModemState {
    timeService: TimeServiceState;
  }
}

export const MAX_HTP_SERVERS = 16;

export const timeServiceSlice = defineSlice({
  key: 'timeService',
  create: () => ({ htpServers: [], htpUpdating: false, htpCid: 1, ntp: { host: '', timezone: 32 }, ntpUpdating: false, ntpCid: 1 }),
});
