// Where the receiver's raw NMEA goes (+CGNSSTST, +CGNSSPORTSWITCH <nmea_data_port>): the UART,
// printed between responses like a URC on every AT interface the UART carries (the +CMUX DLCs
// while the multiplexer runs) — but not subject to +CATR, +CURCD or RI, which concern
// indications, not this data stream — or the USB NMEA port, which this simulator has no wire
// for: the sentences are kept so the control API ("gnss nmea") and tests can read them.
//
// Kept per Modem in its attachments (a runtime object, across power cycles).

import { AttachmentKey } from '../core/attachments.js';
import type { Modem } from '../core/modem.js';

export interface NmeaRecord {
  at: number;
  port: 'uart' | 'usb-nmea';
  sentence: string;
}

const KEEP = 2000;

export class GnssOutput {
  private readonly records: NmeaRecord[] = [];

  record(port: NmeaRecord['port'], sentences: readonly string[], at: number): void {
    for (const sentence of sentences) this.records.push({ at, port, sentence });
    if (this.records.length > KEEP) this.records.splice(0, this.records.length - KEEP);
  }

  /** The last `count` sentences output (oldest first), on `port` or both. */
  recent(count = 100, port?: NmeaRecord['port']): NmeaRecord[] {
    const list = port ? this.records.filter((r) => r.port === port) : this.records;
    return list.slice(-count);
  }

  /** Prints sentences on the UART's AT interfaces, between responses. */
  toUart(modem: Modem, sentences: readonly string[]): void {
    const mux = modem.serial.multiplexer;
    const targets = mux ? mux.channels() : [modem.port];
    for (const ch of targets) ch.queueUrc([...sentences]);
  }
}

const GNSS_OUTPUT = new AttachmentKey<GnssOutput>('gnss-output');

export function gnssOutput(modem: Modem): GnssOutput {
  return modem.attachments.getOrCreate(GNSS_OUTPUT, () => new GnssOutput());
}
