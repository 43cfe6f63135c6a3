// The <server_addr> of AT+WSLINK (manual §23.2.3): "ws://116.247.119.165:5141/test", 9-256
// characters; without a port the port is 80, without a path the path is "/". "wss://" (port 443
// by default) is taken too, for WebSocket over TLS with SSL context 0 (our extension: the
// manual's text names only "ws://", and no command of the chapter selects an SSL context).
// The host is a dotted IPv4 address or a domain name as the module's resolver takes them.

import { isIpv4, isValidDomainName } from '../internet/resolver.js';
import type { WsServerAddress } from '../state/websocket.js';

export function parseServerAddress(text: string): WsServerAddress | undefined {
  if (text.length < 9 || text.length > 256) return undefined;
  const m = /^(wss?):\/\/([^/?#\s]+)([^#\s]*)$/i.exec(text);
  if (!m) return undefined;
  const secure = m[1]!.toLowerCase() === 'wss';
  const authority = m[2]!;
  const hp = /^([^:@]+)(?::(\d{1,5}))?$/.exec(authority);
  if (!hp) return undefined;
  const host = hp[1]!;
  if (!isIpv4(host) && !isValidDomainName(host)) return undefined;
  const port = hp[2] === undefined ? (secure ? 443 : 80) : Number(hp[2]);
  if (port < 1 || port > 65535) return undefined;
  let path = m[3] || '/';
  if (path.startsWith('?')) path = `/${path}`;
  return { text, secure, authority, host, port, path };
}
