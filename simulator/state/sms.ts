// The SMS subsystem's state (manual chapter 7, 3GPP TS 27.005): the settings of +CSMS, +CPMS,
// +CMGF, +CSCA, +CSCB, +CSMP, +CSDH, +CNMI and +CMVP, the message memories, the next TP-MR,
// and what is in flight (an expected +CNMA, indications buffered under +CNMI <mode>=0).
//
// Saving (manual §7.2.x "Parameter Saving Mode"): +CPMS, +CMGF, +CSCA, +CSCB, +CSMP, +CNMI and
// +CMVP are AUTO_SAVE (the table lacks +CSCA's mode; §7.2.4 prints AUTO_SAVE); +CSMS and +CSDH
// are NO_SAVE. The messages themselves live on the SIM ("SM") and in module flash ("ME"), and
// the last TP-MR is kept on the SIM (EF_SMSS, 31.102 §4.2.9), so they go to NVRAM too: a
// restart or a crash keeps every message that was acknowledged with OK or +CMTI.
//
// +CMVP sets the relative validity period that +CSMP's <vp> also shows: one value, `csmp.vp`.

import type { TimerHandle } from '../core/clock.js';
import type { SmsPdu } from '../sms/codec/tpdu.js';
import { smsProfile, type SmsProfile } from '../sms/profile.js';
import { defineSlice } from './modem-state.js';

/** 27.005 <stat>: 0 REC UNREAD, 1 REC READ, 2 STO UNSENT, 3 STO SENT. */
export type MessageStat = 0 | 1 | 2 | 3;

export interface StoredMessage {
  stat: MessageStat;
  /** 'sms': `pdu` is SC address + TPDU (DELIVER/STATUS-REPORT when received, SUBMIT when stored); 'cbm': one CBM page. */
  kind: 'sms' | 'cbm';
  /** Upper-case hex. */
  pdu: string;
}

export interface CnmiSettings {
  mode: number;
  mt: number;
  bm: number;
  ds: number;
  bfr: number;
}

export interface CsmpSettings {
  fo: number;
  /** Relative TP-VP (integer) or an absolute/enhanced one as text mode writes it. */
  vp: number | string;
  pid: number;
  dcs: number;
}

export interface CellBroadcastSelection {
  /** 27.005 <mids>/<dcss> lists of values and ranges, e.g. "15-17,86"; empty: none. */
  mids: string;
  dcss: string;
  /** Whether +CSCB was ever written (the §7.2.5 example shows a bare OK for a module never set). */
  configured: boolean;
}

/** What the module expects after routing a message directly to the TE with +CSMS=1. */
export type AckState = { status: 'none' } | { status: 'awaiting'; what: 'deliver' | 'status-report'; timer: TimerHandle | undefined; pdu?: SmsPdu };

export interface SmsState {
  service: 0 | 1;
  /** +CPMS <mem1>,<mem2>,<mem3>. */
  mem: [string, string, string];
  textMode: boolean;
  sca: { number: string; toa: number };
  cb: CellBroadcastSelection;
  csmp: CsmpSettings;
  showHeader: boolean;
  cnmi: CnmiSettings;
  /** Physical memories by name: one slot per location, null when free. */
  store: Record<string, Array<StoredMessage | null>>;
  /** TP-MR of the next SUBMIT. */
  nextMr: number;
  /** 24.011 §8.2.5.4 / 23.040 §10.3: a message was refused for lack of memory; the network is told when space frees. */
  memoryExceeded: boolean;
  ack: AckState;
  /** Indications held under +CNMI <mode>=0 (or while the link is reserved), flushed per <bfr>. */
  buffered: string[][];
}

declare module './modem-state.js' {
  interface ModemState {
    sms: SmsState;
  }
}

function emptyStore(p: SmsProfile): Record<string, Array<StoredMessage | null>> {
  const store: Record<string, Array<StoredMessage | null>> = {};
  for (const m of p.memories) if (!m.parts) store[m.name] = new Array<StoredMessage | null>(m.capacity).fill(null);
  return store;
}

export function factoryCsmp(): CsmpSettings {
  return { fo: 17, vp: 167, pid: 0, dcs: 0 }; // 27.005 §3.3.2 / manual §7.2.6 defaults
}

function createSms(p: SmsProfile): SmsState {
  const [mode, mt, bm, ds, bfr] = p.factory.cnmi;
  return {
    service: 0,
    mem: [...p.factory.cpms],
    textMode: p.factory.cmgf === 1,
    sca: { ...p.factory.sca },
    cb: { mids: '', dcss: '', configured: false },
    csmp: factoryCsmp(),
    showHeader: false,
    cnmi: { mode, mt, bm, ds, bfr },
    store: emptyStore(p),
    nextMr: 0,
    memoryExceeded: false,
    ack: { status: 'none' },
    buffered: [],
  };
}

interface SavedSms {
  mem?: unknown;
  textMode?: unknown;
  sca?: unknown;
  cb?: unknown;
  csmp?: unknown;
  cnmi?: unknown;
  store?: unknown;
  nextMr?: unknown;
  memoryExceeded?: unknown;
}

function isStoredMessage(v: unknown): v is StoredMessage {
  const m = v as StoredMessage;
  return typeof m === 'object' && m !== null && [0, 1, 2, 3].includes(m.stat) && (m.kind === 'sms' || m.kind === 'cbm') && typeof m.pdu === 'string' && /^[0-9A-F]*$/.test(m.pdu);
}

export const smsSlice = defineSlice({
  key: 'sms',
  create: (profile) => createSms(smsProfile(profile)),
  nvram: {
    save: (s): SavedSms => ({ mem: s.mem, textMode: s.textMode, sca: s.sca, cb: s.cb, csmp: s.csmp, cnmi: s.cnmi, store: s.store, nextMr: s.nextMr, memoryExceeded: s.memoryExceeded }),
    load: (s, data) => {
      const d = (data ?? {}) as SavedSms;
      if (Array.isArray(d.mem) && d.mem.length === 3 && d.mem.every((m) => typeof m === 'string')) s.mem = d.mem as [string, string, string];
      if (typeof d.textMode === 'boolean') s.textMode = d.textMode;
      const sca = d.sca as SmsState['sca'] | undefined;
      if (sca && typeof sca.number === 'string' && typeof sca.toa === 'number') s.sca = { number: sca.number, toa: sca.toa };
      const cb = d.cb as CellBroadcastSelection | undefined;
      if (cb && typeof cb.mids === 'string' && typeof cb.dcss === 'string') s.cb = { mids: cb.mids, dcss: cb.dcss, configured: cb.configured === true };
      const csmp = d.csmp as CsmpSettings | undefined;
      if (csmp && typeof csmp.fo === 'number' && typeof csmp.pid === 'number' && typeof csmp.dcs === 'number' && (typeof csmp.vp === 'number' || typeof csmp.vp === 'string')) s.csmp = { ...csmp };
      const cnmi = d.cnmi as CnmiSettings | undefined;
      if (cnmi && ['mode', 'mt', 'bm', 'ds', 'bfr'].every((k) => typeof (cnmi as unknown as Record<string, unknown>)[k] === 'number')) s.cnmi = { ...cnmi };
      if (typeof d.nextMr === 'number') s.nextMr = d.nextMr & 0xff;
      if (typeof d.memoryExceeded === 'boolean') s.memoryExceeded = d.memoryExceeded;
      const store = d.store as Record<string, unknown> | undefined;
      if (store && typeof store === 'object') {
        for (const [name, slots] of Object.entries(s.store)) {
          const saved = store[name];
          if (!Array.isArray(saved)) continue;
          for (let i = 0; i < slots.length; i++) slots[i] = isStoredMessage(saved[i]) ? { ...(saved[i] as StoredMessage) } : null;
        }
      }
    },
  },
});
