// ZTE MF190 3G dongle, as the "Send and Receive SMS Messages Using Raspberry Pi and Python"
// blog (shared/seeds/001) shows it: an overlay of the SIM767XX for its SMS behaviour.
//   - Memories "SM" (SIM, 50) and "ME" (100); +CMTI names them (the blog also mentions "SR").
//   - An empty <alpha> printed as nothing (`+CMGL: 12,"REC UNREAD","+359882505000",,"15/06/14,...`).
//   - Time stamps in the Bulgarian zone of the blog (+12 quarter hours).
//   - No boot URCs (a USB dongle's AT port says nothing until spoken to).

import { overlayProfile, type Profile } from './profile.js';
import { SIM767XX } from './sim767xx.js';
import type { SmsProfile } from '../sms/profile.js';

const sms: Partial<SmsProfile> = {
  memories: [
    { name: 'SM', capacity: 50 },
    { name: 'ME', capacity: 100 },
  ],
  mem1: ['SM', 'ME'],
  mem2: ['SM', 'ME'],
  mem3: ['SM', 'ME'],
  firstIndex: 0,
  alphaInListings: 'empty',
  alphaInCmt: 'empty',
  factory: { cpms: ['SM', 'SM', 'SM'], cnmi: [2, 1, 0, 0, 0], sca: { number: '+359882000000', toa: 145 }, cmgf: 0 },
  ownNumber: '+359880000001',
  timeZoneQuarters: 12,
};

export const ZTE_MF190: Profile = overlayProfile(SIM767XX, {
  name: 'zte-mf190',
  description: 'ZTE MF190 (overlay: identity, no boot URCs, "SM"/"ME" storage)',
  identity: { manufacturer: 'ZTE CORPORATION', model: 'MF190', revision: 'BD_MF190V1.0.0B04', imei: '358511020000001' },
  boot: { urcs: [] },
  extensions: { sms },
});
