// The <url> of AT+HTTPPARA="URL" (manual §14.2.3): "String, start with "http://" or "https://"",
// the server a DNS name or an IP address, the TCP port "http default value is 80, https default
// value is 443 (can be omitted)".
//
// The manual writes the parts as http://'server'/'path':'tcpPort'; the A76XX manual V1.09
// (§16.2.3.1) corrects this to http://'server':'tcpPort'/'path', the form of RFC 3986. Both are
// taken: the port after the server, or — the manual's form — ":<digits>" ending the path when the
// server has none. The scheme is matched without regard to case; what follows the path (a query)
// is sent as written.

export interface ModuleUrl {
  secure: boolean;
  /** A DNS name or an IPv4 address (an IPv6 literal keeps its brackets off). */
  host: string;
  port: number;
  /** The request target: the path and query as written, "/" when empty. */
  target: string;
}

export type UrlParse = { ok: true; url: ModuleUrl } | { ok: false; reason: string };

const SCHEME = /^(https?):\/\//i;

export function parseModuleUrl(text: string): UrlParse {
  const scheme = SCHEME.exec(text);
  if (!scheme) return { ok: false, reason: 'the URL must start with http:// or https://' };
  const secure = scheme[1]!.toLowerCase() === 'https';
  const rest = text.slice(scheme[0].length);
  const cut = rest.search(/[/?#]/);
  const authority = cut < 0 ? rest : rest.slice(0, cut);
  let target = cut < 0 ? '' : rest.slice(cut);
  const hash = target.indexOf('#');
  if (hash >= 0) target = target.slice(0, hash); // a fragment is not sent (RFC 9110 §7.1)
  const hostPort = /^(?:[^@]*@)?(\[[^\]]+\]|[^:]*)(?::(\d*))?$/.exec(authority);
  if (!hostPort) return { ok: false, reason: `cannot read the server in "${authority}"` };
  const host = hostPort[1]!.replace(/^\[(.*)\]$/, '$1');
  if (host === '' || /\s/.test(host)) return { ok: false, reason: 'the URL names no server' };
  let portText = hostPort[2];
  if (portText === undefined) {
    // The manual's form: http://server/path:port.
    const trailing = /^(.*):(\d{1,5})$/.exec(target);
    if (trailing && trailing[1]!.startsWith('/')) {
      target = trailing[1]!;
      portText = trailing[2]!;
    }
  }
  const port = portText === undefined || portText === '' ? (secure ? 443 : 80) : Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { ok: false, reason: `port ${portText} is not 1-65535` };
  if (/[\s\x00-\x1f\x7f]/.test(target)) return { ok: false, reason: 'the path holds spaces or control characters' };
  if (target === '' || target.startsWith('?')) target = '/' + target;
  return { ok: true, url: { secure, host, port, target } };
}

/** The Host header field for `url` (RFC 9110 §7.2): the port only when it is not the scheme's. */
export function hostHeader(url: ModuleUrl): string {
  const host = url.host.includes(':') ? `[${url.host}]` : url.host;
  return url.port === (url.secure ? 443 : 80) ? host : `${host}:${url.port}`;
}
