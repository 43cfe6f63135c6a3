// The little IPv4 the PPP endpoint speaks (RFC 791, RFC 792): it answers ICMP echo requests
// addressed to its own address (the gateway the DTE sees) and drops everything else.

/** RFC 1071 Internet checksum. */
export function internetChecksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 2) sum += (data[i]! << 8) | (data[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export interface Ipv4Packet {
  source: string;
  destination: string;
  protocol: number;
  ttl: number;
  identification: number;
  payload: Buffer;
}

const ip = (b: Uint8Array, at: number) => `${b[at]}.${b[at + 1]}.${b[at + 2]}.${b[at + 3]}`;

/** Parses an IPv4 datagram; undefined when it is not one (bad version, length or header checksum). */
export function parseIpv4(buf: Buffer): Ipv4Packet | undefined {
  if (buf.length < 20 || buf[0]! >> 4 !== 4) return undefined;
  const ihl = (buf[0]! & 0x0f) * 4;
  const total = buf.readUInt16BE(2);
  if (ihl < 20 || total < ihl || total > buf.length) return undefined;
  if (internetChecksum(buf.subarray(0, ihl)) !== 0) return undefined;
  return {
    source: ip(buf, 12),
    destination: ip(buf, 16),
    protocol: buf[9]!,
    ttl: buf[8]!,
    identification: buf.readUInt16BE(4),
    payload: Buffer.from(buf.subarray(ihl, total)),
  };
}

export function buildIpv4(p: Omit<Ipv4Packet, 'payload'> & { payload: Uint8Array }): Buffer {
  const header = Buffer.alloc(20);
  header[0] = 0x45;
  header.writeUInt16BE(20 + p.payload.length, 2);
  header.writeUInt16BE(p.identification & 0xffff, 4);
  header[8] = p.ttl;
  header[9] = p.protocol;
  Buffer.from(p.source.split('.').map(Number)).copy(header, 12);
  Buffer.from(p.destination.split('.').map(Number)).copy(header, 16);
  header.writeUInt16BE(internetChecksum(header), 10);
  return Buffer.concat([header, Buffer.from(p.payload)]);
}

export const ICMP = 1;
export const ICMP_ECHO_REPLY = 0;
export const ICMP_ECHO_REQUEST = 8;

/** The echo reply to an ICMP echo request, or undefined if `icmp` is not a valid echo request. */
export function echoReply(icmp: Buffer): Buffer | undefined {
  if (icmp.length < 8 || icmp[0] !== ICMP_ECHO_REQUEST || internetChecksum(icmp) !== 0) return undefined;
  const reply = Buffer.from(icmp);
  reply[0] = ICMP_ECHO_REPLY;
  reply.writeUInt16BE(0, 2);
  reply.writeUInt16BE(internetChecksum(reply), 2);
  return reply;
}
