// A message the server publishes to a client (manual §16.4), reported as
//     +CMQTTRXSTART: <client_index>,<topic_total_len>,<payload_total_len>
//     +CMQTTRXTOPIC: <client_index>,<sub_topic_len>
//     <sub_topic>
//     +CMQTTRXPAYLOAD: <client_index>,<sub_payload_len>
//     <sub_payload>
//     +CMQTTRXEND: <client_index>
// A long topic or payload is split into several +CMQTTRXTOPIC / +CMQTTRXPAYLOAD parts whose
// lengths add up to the totals; each part is at most RX_PART bytes (our figure: the manual
// gives none; 1500 is the most the module's socket service reports at once, §13.2.5 note).
//
// Framing: the whole report is one unsolicited block, <CR><LF> first and after every line, no
// blank lines between its parts — as a capture of a real module shows ("receive: len:143" for
// a 38-byte topic and a 15-byte payload: the six lines' 129 characters and seven <CR><LF>).
// An empty payload (MQTT allows one) has no +CMQTTRXPAYLOAD part: the manual's lengths start at 1.
// Bytes pass unchanged (one character per byte).

/** Most bytes of one +CMQTTRXTOPIC / +CMQTTRXPAYLOAD part. */
export const RX_PART = 1500;
/** The longest payload the module reports (<payload_total_len> "from 1 to 10240 bytes"). */
export const MAX_RX_PAYLOAD = 10240;

function parts(kind: 'TOPIC' | 'PAYLOAD', index: number, data: Buffer): string[] {
  const lines: string[] = [];
  for (let i = 0; i < data.length; i += RX_PART) {
    const part = data.subarray(i, i + RX_PART);
    lines.push(`+CMQTTRX${kind}: ${index},${part.length}`, part.toString('latin1'));
  }
  return lines;
}

/** The URC lines reporting one received message on client `index`. */
export function receiveReport(index: number, topic: Buffer, payload: Buffer): string[] {
  return [`+CMQTTRXSTART: ${index},${topic.length},${payload.length}`, ...parts('TOPIC', index, topic), ...parts('PAYLOAD', index, payload), `+CMQTTRXEND: ${index}`];
}
