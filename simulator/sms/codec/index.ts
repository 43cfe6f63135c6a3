// The SMS PDU codec (3GPP TS 23.040 / 23.038 / 23.041), written here rather than taken from
// npm: the maintained packages checked (node-pdu 2.x, node-sms-pdu 0.3) generate SUBMITs only
// or lack SMS-STATUS-REPORT encoding, 16-bit concatenation/port elements and alphanumeric
// address packing, all of which the simulator needs in both directions.

export * from './address.js';
export * from './cbm.js';
export * from './dcs.js';
export * from './errors.js';
export * from './gsm7.js';
export * from './segment.js';
export * from './septets.js';
export * from './timestamp.js';
export * from './tpdu.js';
export * from './udh.js';
export * from './user-data.js';
export * from './validity.js';
