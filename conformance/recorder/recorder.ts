// The recorder: sits between any client and a module. It opens a pty for the client (gammu,
// minicom, your firmware's host build), opens the module (a serial device, a pty, a TCP port),
// forwards every byte both ways unchanged, and writes both directions as a transcript, one
// line per chunk with its time, as they pass — a crash keeps what was written.
//
//     modem-sim record --device /dev/ttyUSB2 --baud 115200 [--out session.txt] [--redact]
//
// The first line on stdout is the pty path to give the client.

import { createWriteStream, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import { openRawPty, type RawPty } from '../../simulator/transports/pty.js';
import { serialPort, tcpPort, type BytePort } from '../targets/stream-target.js';
import { formatEntry, formatHeaderLines, parseTranscript, serializeTranscript } from '../transcript/format.js';
import { redactTranscript } from '../transcript/redact.js';
import type { Entry, HeaderField, Transcript } from '../transcript/transcript.js';

export interface RecorderOptions {
  /** `/dev/ttyUSB2`, `/dev/pts/4`, or `tcp:host:port`. */
  device: string;
  baud?: number;
  /** Transcript file; default: entries are only kept in memory. */
  out?: string;
  /** Replace IMEI/IMSI/ICCID/PIN by markers when the recording stops (rewrites `out`). */
  redact?: boolean;
  header?: HeaderField[];
}

export interface Recorder {
  /** The pty the client opens. */
  readonly path: string;
  /** Stops forwarding; returns the transcript (redacted if asked). */
  stop(): Promise<Transcript>;
}

function openDevice(device: string, baud: number): BytePort {
  const tcp = /^tcp:(?:([^:]+):)?(\d+)$/.exec(device);
  return tcp ? tcpPort(tcp[1] ?? '127.0.0.1', Number(tcp[2])) : serialPort(device.replace(/^(serial|pty):/, ''), baud);
}

export async function startRecorder(options: RecorderOptions): Promise<Recorder> {
  const baud = options.baud ?? 115200;
  const device = openDevice(options.device, baud);
  const entries: Entry[] = [];
  const header: HeaderField[] = [
    { key: 'source', value: `modem-sim record --device ${options.device} --baud ${baud}` },
    ...(options.header ?? []),
  ];
  let out: WriteStream | undefined;
  if (options.out) {
    out = createWriteStream(options.out);
    out.write(formatHeaderLines(header).join('\n') + '\n');
  }
  const start = Date.now();
  const record = (entry: Entry) => {
    entries.push(entry);
    if (out && !out.closed && !out.writableEnded) out.write(formatEntry(entry).join('\n') + '\n');
  };
  const at = () => (Date.now() - start) / 1000;
  let pty: RawPty | undefined;
  let stopped = false;
  device.onData((bytes) => {
    record({ kind: 'data', dir: '<', at: at(), segments: [bytes.toString('latin1')] });
    if (!stopped && pty && !pty.master.destroyed) pty.master.write(bytes, (e) => e && record({ kind: 'event', at: at(), text: `pty write: ${e.message}` }));
  });
  device.onClose((e) => {
    if (!stopped) record({ kind: 'event', at: at(), text: `device closed${e ? ': ' + e.message : ''}` });
  });
  await device.open();
  pty = openRawPty();
  pty.master.on('data', (data: Buffer | string) => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'latin1') : data;
    record({ kind: 'data', dir: '>', at: at(), segments: [bytes.toString('latin1')] });
    void device.write(bytes).catch((e: Error) => record({ kind: 'event', at: at(), text: `write to device failed: ${e.message}` }));
  });
  pty.master.on('error', (e) => record({ kind: 'event', at: at(), text: `pty: ${e.message}` }));
  pty.master.resume();
  const path = pty.path;
  return {
    path,
    async stop() {
      stopped = true;
      pty?.close();
      await device.close();
      await new Promise<void>((resolve) => (out ? out.end(resolve) : resolve()));
      const t: Transcript = options.out ? parseTranscript(readFileSync(options.out, 'latin1'), options.out) : { version: 1, header, entries };
      if (options.redact) {
        redactTranscript(t);
        if (options.out) writeFileSync(options.out, serializeTranscript(t));
      }
      return t;
    },
  };
}
