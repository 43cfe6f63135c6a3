// PPP control packets (RFC 1661 §5): Code, Identifier, Length, Data; configuration options as
// Type, Length, Data (§6). Shared by LCP, IPCP (RFC 1332) and PAP (RFC 1334, same header).

export const CODE = {
  CONFIGURE_REQUEST: 1,
  CONFIGURE_ACK: 2,
  CONFIGURE_NAK: 3,
  CONFIGURE_REJECT: 4,
  TERMINATE_REQUEST: 5,
  TERMINATE_ACK: 6,
  CODE_REJECT: 7,
  PROTOCOL_REJECT: 8,
  ECHO_REQUEST: 9,
  ECHO_REPLY: 10,
  DISCARD_REQUEST: 11,
} as const;

export const PROTOCOL = {
  IPV4: 0x0021,
  IPV6: 0x0057,
  LCP: 0xc021,
  PAP: 0xc023,
  CHAP: 0xc223,
  IPCP: 0x8021,
  IPV6CP: 0x8057,
  CCP: 0x80fd,
} as const;

export interface ControlPacket {
  code: number;
  id: number;
  data: Buffer;
}

export interface PppOption {
  type: number;
  data: Buffer;
}

export function encodePacket(p: ControlPacket): Buffer {
  const out = Buffer.alloc(4 + p.data.length);
  out[0] = p.code;
  out[1] = p.id & 0xff;
  out.writeUInt16BE(out.length, 2);
  p.data.copy(out, 4);
  return out;
}

/** Parses a control packet; bytes after Length are padding and ignored (RFC 1661 §5). */
export function decodePacket(buf: Buffer): ControlPacket | undefined {
  if (buf.length < 4) return undefined;
  const length = buf.readUInt16BE(2);
  if (length < 4 || length > buf.length) return undefined;
  return { code: buf[0]!, id: buf[1]!, data: Buffer.from(buf.subarray(4, length)) };
}

export function encodeOptions(options: readonly PppOption[]): Buffer {
  return Buffer.concat(options.map((o) => Buffer.concat([Buffer.from([o.type, o.data.length + 2]), o.data])));
}

/** Parses options; undefined when a length is malformed (the packet is then silently discarded). */
export function decodeOptions(buf: Buffer): PppOption[] | undefined {
  const out: PppOption[] = [];
  let i = 0;
  while (i < buf.length) {
    if (i + 2 > buf.length) return undefined;
    const len = buf[i + 1]!;
    if (len < 2 || i + len > buf.length) return undefined;
    out.push({ type: buf[i]!, data: Buffer.from(buf.subarray(i + 2, i + len)) });
    i += len;
  }
  return out;
}

export function ipv4Bytes(address: string): Buffer {
  return Buffer.from(address.split('.').map(Number));
}

export function ipv4Text(bytes: Uint8Array): string {
  return Array.from(bytes.subarray(0, 4)).join('.');
}
