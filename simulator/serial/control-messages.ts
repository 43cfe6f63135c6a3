// 3GPP TS 27.010 §5.4.6: multiplexer control messages, carried in UIH frames on DLC0.
//
//   type octet(s) | length octet(s) | value octets
//
// Type: EA(bit1), C/R(bit2: 1 command, 0 response), the message code in bits 3-8. Length: EA
// extended like the frame length. Several messages may share one frame. The codes, as type
// octets of a command (C/R=1; the response clears 0x02):
//
//   PN 0x83  DLC parameter negotiation          §5.4.6.3.1
//   PSC 0x43 power saving control               §5.4.6.3.2
//   CLD 0xC3 multiplexer close down             §5.4.6.3.3
//   Test 0x23                                   §5.4.6.3.4
//   FCon 0xA3 / FCoff 0x63 flow control on/off  §5.4.6.3.5-6
//   MSC 0xE3 modem status command               §5.4.6.3.7
//   NSC 0x11 non supported command response     §5.4.6.3.8
//   RPN 0x93 remote port negotiation            §5.4.6.3.9
//   RLS 0x53 remote line status                 §5.4.6.3.10
//   SNC 0xD3 service negotiation                §5.4.6.3.11

export const MessageCode = {
  PN: 0x80,
  PSC: 0x40,
  CLD: 0xc0,
  TEST: 0x20,
  FCON: 0xa0,
  FCOFF: 0x60,
  MSC: 0xe0,
  NSC: 0x10,
  RPN: 0x90,
  RLS: 0x50,
  SNC: 0xd0,
} as const;

export type MessageName = keyof typeof MessageCode;

/** MSC V.24 signal octet bits (§5.4.6.3.7): EA, FC, RTC, RTR, IC, DV. */
export const V24 = {
  EA: 0x01,
  /** Flow control: 1 = the sender cannot accept frames. */
  FC: 0x02,
  /** Ready to communicate (DSR/DTR). */
  RTC: 0x04,
  /** Ready to receive (RTS/CTS). */
  RTR: 0x08,
  /** Incoming call indicator (RI). */
  IC: 0x40,
  /** Data valid (DCD). */
  DV: 0x80,
} as const;

export interface ControlMessage {
  /** The type octet as received (EA and C/R bits included). */
  typeOctet: number;
  name: MessageName | 'unknown';
  command: boolean;
  value: Buffer;
}

function nameOf(typeOctet: number): MessageName | 'unknown' {
  const code = typeOctet & 0xfc;
  for (const [name, value] of Object.entries(MessageCode)) if (value === code) return name as MessageName;
  return 'unknown';
}

export type ParseResult = { ok: true; messages: ControlMessage[] } | { ok: false; reason: string };

/** Splits the information field of a DLC0 UIH frame into its messages. */
export function parseControlMessages(info: Buffer): ParseResult {
  const messages: ControlMessage[] = [];
  let i = 0;
  while (i < info.length) {
    const typeOctet = info[i++]!;
    if ((typeOctet & 0x01) === 0) return { ok: false, reason: `multi-octet message type ${typeOctet.toString(16)} not supported` };
    let length = 0;
    let shift = 0;
    for (;;) {
      if (i >= info.length) return { ok: false, reason: 'message length missing' };
      const o = info[i++]!;
      length |= (o >> 1) << shift;
      shift += 7;
      if (o & 0x01) break;
      if (shift > 14) return { ok: false, reason: 'message length too long' };
    }
    if (i + length > info.length) return { ok: false, reason: `message value of ${length} octets truncated` };
    messages.push({ typeOctet, name: nameOf(typeOctet), command: (typeOctet & 0x02) !== 0, value: info.subarray(i, i + length) });
    i += length;
  }
  return { ok: true, messages };
}

/** One message: `command` sets C/R in the type octet. */
export function encodeControlMessage(code: number, command: boolean, value: Uint8Array = Buffer.alloc(0)): Buffer {
  const type = (code & 0xfc) | (command ? 0x02 : 0) | 0x01;
  const length = value.length < 128 ? [(value.length << 1) | 0x01] : [(value.length & 0x7f) << 1, ((value.length >> 7) << 1) | 0x01];
  return Buffer.from([type, ...length, ...value]);
}

/** The DLCI octet used inside MSC/RLS/RPN values: EA=1, bit 2 = 1, DLCI in bits 3-8. */
export function dlciOctet(dlci: number): number {
  return ((dlci & 0x3f) << 2) | 0x03;
}
