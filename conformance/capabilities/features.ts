// Named features a test can require. A module profile's capabilities file
// (profiles/<profile>.json) lists the features that module lacks, with a reason; a test that
// requires one of them is reported as pending under that name instead of failing.

export const FEATURES = {
  'v250.repeat': 'A/ repeats the previous command line (V.250 §5.2.4, manual §1.5.2)',
  'v250.s-registers': 'S3/S4/S5 registers change line termination and editing (V.250 §6.2)',
  'identity.ati': 'ATI prints Manufacturer/Model/Revision/IMEI (manual §2.2.5)',
  'identity.simei': 'AT+SIMEI reads the IMEI (manual §3.2.10)',
  'status.cpas': 'AT+CPAS activity status (manual §3.2.9)',
  'status.cclk': 'AT+CCLK real-time clock (manual §3.2.7)',
  'status.cbc': 'AT+CBC battery voltage as "+CBC: <vol>V" (manual §9.2.8)',
  'status.cpmutemp': 'AT+CPMUTEMP module temperature (manual §9.2.9)',
  'sim.pin': 'AT+CPIN PIN state and entry (manual §6.2.2)',
  'sim.lock': 'AT+CLCK "SC" facility lock (manual §6.2.3)',
  'sim.iccid': 'AT+CICCID (manual §6.2.1)',
  'sim.spn': 'AT+CSPN service provider name (manual §6.2.10)',
  'sim.crsm': 'AT+CRSM restricted SIM access (manual §6.2.7)',
  'network.creg': 'AT+CREG/+CGREG/+CEREG registration and URCs (manual §4.2.1, §5.2.1-5.2.2)',
  'network.cops': 'AT+COPS operator selection (manual §4.2.2)',
  'network.csq': 'AT+CSQ signal quality (manual §3.2.2)',
  'network.cpsi': 'AT+CPSI system information (manual §4.2.6, SIMCom)',
  'network.cfun': 'AT+CFUN functionality levels (manual §3.2.1)',
  'sms.text': 'SMS text mode, AT+CMGF=1 (manual §7.2.3)',
  'sms.pdu': 'SMS PDU mode, AT+CMGF=0 (manual §7.2.3)',
  'sms.storage': 'SMS storage: +CPMS, +CMGW, +CMGR, +CMGL, +CMGD (manual §7.2.2, 7.2.10-7.2.15)',
  'sms.send': 'AT+CMGS sending through the network (manual §7.2.12)',
  'sms.cnmi': 'New-message indications +CMTI/+CMT per AT+CNMI (manual §7.2.9)',
  'errors.cmee': 'AT+CMEE error reporting modes (manual §3.2.8)',
  'fs.efs': 'The file system on C: and file transmission: AT+FS*, AT+CFTRANRX/+CFTRANTX (manual chapters 10-11, SIMCom)',
  'http.client': 'The HTTP(S) client: AT+HTTPINIT, +HTTPPARA, +HTTPACTION, +HTTPREAD, +HTTPHEAD, +HTTPDATA (manual chapter 14, SIMCom)',
} as const;

export type Feature = keyof typeof FEATURES;

export function isFeature(name: string): name is Feature {
  return Object.prototype.hasOwnProperty.call(FEATURES, name);
}
