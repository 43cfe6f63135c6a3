// Quectel EG25-G, as the Seeed Studio EG25-GL HAT tutorial (shared/seeds/000) shows it: an
// overlay of the SIM767XX for the SMS differences users meet.
//   - Memories "SM", "ME", "MT" (27.005: all ME-associated storages; here the view of "ME"
//     then "SM", 205 + 50 = the 255 locations the tutorial's `AT+CPMS?` shows) and "SR"
//     (status reports, 5 locations, where +CNMI <ds>=2 stores them).
//   - An empty <alpha> printed as "" in listings (`+CMGL: 1,"REC UNREAD","+1234567890","",...`).
//   - Boot URCs of Quectel firmware: RDY, +CFUN: 1, +CPIN: READY, +QUSIM: 1, +QIND: SMS DONE.
// Everything else (command set, error codes) stays the SIM767XX's.

import { overlayProfile, type Profile } from './profile.js';
import { SIM767XX } from './sim767xx.js';
import type { SmsProfile } from '../sms/profile.js';

const sms: Partial<SmsProfile> = {
  memories: [
    { name: 'SM', capacity: 50 },
    { name: 'ME', capacity: 205 },
    { name: 'MT', capacity: 0, parts: ['ME', 'SM'] },
    { name: 'SR', capacity: 5 },
  ],
  mem1: ['SM', 'ME', 'MT', 'SR'],
  mem2: ['SM', 'ME', 'MT'],
  mem3: ['SM', 'ME', 'MT'],
  firstIndex: 0,
  statusReportMemory: 'SR',
  alphaInListings: 'quoted',
  alphaInCmt: 'quoted',
  factory: { cpms: ['MT', 'MT', 'MT'], cnmi: [2, 1, 0, 0, 0], sca: { number: '+1234567890', toa: 145 }, cmgf: 0 },
  ownNumber: '+94712222813',
  timeZoneQuarters: 32,
};

export const QUECTEL_EG25G: Profile = overlayProfile(SIM767XX, {
  name: 'quectel-eg25g',
  description: 'Quectel EG25-G (overlay: identity, boot URCs, "MT"/"SR" message storage)',
  identity: { manufacturer: 'Quectel', model: 'EG25', revision: 'EG25GGBR07A08M2G', imei: '866758040000001' },
  boot: {
    urcs: [
      { text: 'RDY', afterMs: 1500 },
      { text: '+CFUN: 1', afterMs: 1600 },
      { text: '+CPIN: READY', afterMs: 2000 },
      { text: '+QUSIM: 1', afterMs: 2100 },
      { text: '+QIND: SMS DONE', afterMs: 3500 },
    ],
  },
  extensions: { sms },
});
