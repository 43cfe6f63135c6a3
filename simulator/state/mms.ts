// The MMS service of chapter 24: its settings (+CMMSCURL, +CMMSPROTO, +CMMSSENDCFG, +CMMSUA,
// +CMMSPROFILE, +CMMSCFG), the edit mode and the MMS being edited (+CMMSEDIT, +CMMSDOWN,
// +CMMSDELFILE, +CMMSRECP/CC/BCC and their deletions), and whether a send is under way.
//
// Saving: the manual gives no saving mode for any command of the chapter ("-" or nothing), so
// this slice is volatile: after power-on every setting is back to its default and no MMS is
// being edited. The mailbox of +CMMSSAVE/+CMMSDELETE is the module's flash, not a setting: it
// lives in the Modem's attachments and under <state-dir>/mms/ (simulator/mms/mailbox.ts).
//
// Lifecycle: edit 'off' → (AT+CMMSEDIT=1) 'editing' with an empty message → (AT+CMMSEDIT=0) 'off'
// (the message is discarded). `sending` is true from AT+CMMSSEND until its +CMMSSEND: <err>.

import type { MmsMessage } from '../mms/message.js';
import { defineSlice } from './modem-state.js';

/** AT+CMMSSENDCFG (§24.2.3): each value as the manual numbers it; the last value of each is "not set". */
export interface MmsSendConfig {
  /** 0 1 h, 1 12 h, 2 24 h, 3 2 days, 4 1 week, 5 maximum, 6 not set. */
  valid: number;
  /** 0 lowest, 1 normal, 2 highest, 3 not set. */
  priority: number;
  /** Delivery report: 0 no, 1 yes. */
  sendReport: number;
  /** Read report: 0 no, 1 yes. */
  readReport: number;
  /** 0 hide the sender, 1 show it, 2 not set. */
  visible: number;
  /** 0 personal, 1 advertisement, 2 informational, 3 auto, 4 not set. */
  messageClass: number;
}

/** AT+CMMSPROTO (§24.2.2): "If empty, it is set to 255.255.255.255" / 65535, i.e. no proxy. */
export const NO_PROXY_GATEWAY = '255.255.255.255';
export const NO_PROXY_PORT = 65535;

export type MmsEdit = { mode: 'off' } | { mode: 'editing'; message: MmsMessage };

export interface MmsState {
  /** AT+CMMSCURL: the MMSC's URL without "http://" ("" until set). */
  mmscUrl: string;
  /** AT+CMMSPROTO: 1 HTTP (0 WAP is not supported), the proxy's address and port. */
  proto: { type: number; gateway: string; port: number };
  sendConfig: MmsSendConfig;
  /** AT+CMMSUA / AT+CMMSPROFILE: the User-Agent and x-wap-profile headers ("" = none). */
  userAgent: string;
  uaProfile: string;
  /** AT+CMMSCFG "data_mode": 0 files go into the module, 1 only name and size, data at AT+CMMSSEND. */
  dataMode: number;
  /** AT+CMMSCFG "mmssend_timeout", ms. */
  sendTimeoutMs: number;
  /** AT+CMMSCFG "CID": the PDP context the MMS traffic uses. */
  cid: number;
  edit: MmsEdit;
  sending: boolean;
  /** MMS sent in this power cycle (numbers the transaction IDs). */
  transactions: number;
}

declare module './modem-state.js' {
  interface ModemState {
    mms: MmsState;
  }
}

export function defaultSendConfig(): MmsSendConfig {
  return { valid: 6, priority: 3, sendReport: 0, readReport: 0, visible: 2, messageClass: 4 };
}

export const mmsSlice = defineSlice({
  key: 'mms',
  create: (profile) => ({
    mmscUrl: '',
    proto: { type: 1, gateway: NO_PROXY_GATEWAY, port: NO_PROXY_PORT },
    sendConfig: defaultSendConfig(),
    // The manual gives no default User-Agent: the module names itself by its model.
    userAgent: profile.identity.model,
    uaProfile: '',
    dataMode: 0,
    sendTimeoutMs: 10_000,
    cid: 1,
    edit: { mode: 'off' },
    sending: false,
    transactions: 0,
  }),
});
