// The request the module sends for AT+HTTPACTION and AT+HTTPPOSTFILE (manual §14.2.4, §14.2.8),
// as HTTP/1.1 bytes (RFC 9112 §3, RFC 9110):
//
//   <METHOD> <path> HTTP/1.1
//   Host: <server>[:<port> when it is not the scheme's]
//   Accept: <accept-type>                      AT+HTTPPARA "ACCEPT", default */*
//   Connection: keep-alive
//   Content-Type: <content_type>               with content: AT+HTTPPARA "CONTENT", default text/plain
//   Content-Length: <n>                        POST and PUT (0 without AT+HTTPDATA data)
//   <user_data>                                AT+HTTPPARA "USERDATA": one or more header lines
//
// then the content: the AT+HTTPDATA data for POST and PUT (GET, HEAD and DELETE send none).
// Our reading of what the manual leaves open: the manual names the headers it sets ("Content-Type"
// and "Accept-type" tags, the customized header of USERDATA) but not their order or the others;
// these are the fields HTTP/1.1 needs. <user_data> takes several header lines separated by the
// two characters "\r\n" as typed (a command line cannot carry a real CR LF).
//
// multipart/form-data (the §14.2.3 note, spelt "mutipart" there; both spellings are taken): "we
// will construct boundary header": the Content-Type gets "; boundary=<b>", <b> taken from the
// data's first line ("--<b>", as the parts the DTE wrote begin, RFC 7578 §4.1). Data that does not
// begin with a delimiter line is sent with the content type as set.
//
// AT+HTTPPOSTFILE with <send_header> 0 sends the file as it is — request line, header and
// content — with the request line's method replaced by <method> when one is given
// (rawFileRequest).

import { hostHeader, type ModuleUrl } from './url.js';

/** AT+HTTPACTION <method> (§14.2.4): 0 GET, 1 POST, 2 HEAD, 3 DELETE, 4 PUT. */
export const METHODS = ['GET', 'POST', 'HEAD', 'DELETE', 'PUT'] as const;
export type MethodName = (typeof METHODS)[number];

export interface RequestSettings {
  contentType: string;
  accept: string;
  userData: string;
}

/** Whether the method carries the AT+HTTPDATA content. */
export function sendsContent(method: MethodName): boolean {
  return method === 'POST' || method === 'PUT';
}

const MULTIPART = /^mu(?:l)?tipart\/form-data$/i;

/** The Content-Type sent with `content` (see the file comment for multipart/form-data). */
export function contentTypeFor(setting: string, content: Buffer): string {
  if (!MULTIPART.test(setting.trim())) return setting;
  const first = content.subarray(0, Math.min(content.length, 200)).toString('latin1').split('\r\n')[0]!;
  const delimiter = /^--([0-9A-Za-z'()+_,\-./:=?]{1,70})$/.exec(first);
  return delimiter ? `multipart/form-data; boundary=${delimiter[1]}` : 'multipart/form-data';
}

/** The USERDATA header lines: split at the typed "\r\n" (and real line ends), empty ones dropped. */
export function userDataLines(userData: string): string[] {
  return userData
    .split(/\\r\\n|\r\n|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The request the module sends for `method` on `url`, with `body` as its content (undefined:
 * none, and no Content-Length; AT+HTTPACTION gives POST and PUT the AT+HTTPDATA data or an empty
 * content, see sendsContent).
 */
export function buildRequest(method: MethodName, url: ModuleUrl, settings: RequestSettings, body: Buffer | undefined): Buffer {
  const lines = [`${method} ${url.target} HTTP/1.1`, `Host: ${hostHeader(url)}`, `Accept: ${settings.accept}`, 'Connection: keep-alive'];
  if (body !== undefined) {
    if (body.length > 0) lines.push(`Content-Type: ${contentTypeFor(settings.contentType, body)}`);
    lines.push(`Content-Length: ${body.length}`);
  }
  lines.push(...userDataLines(settings.userData));
  const head = Buffer.from(lines.join('\r\n') + '\r\n\r\n', 'latin1');
  return body && body.length > 0 ? Buffer.concat([head, body]) : head;
}

export type RawRequest = { ok: true; bytes: Buffer; method: string } | { ok: false; reason: string };

/**
 * A request file of AT+HTTPPOSTFILE <send_header> 0, ready to send: its request line must read
 * "<method> <target> HTTP/<n>.<n>"; `method` (when given) replaces the file's.
 */
export function rawFileRequest(file: Buffer, method: MethodName | undefined): RawRequest {
  const eol = file.indexOf('\r\n');
  const lineEnd = eol < 0 ? file.indexOf('\n') : eol;
  if (lineEnd < 0) return { ok: false, reason: 'the file holds no request line' };
  const line = file.subarray(0, lineEnd).toString('latin1');
  const parts = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+) (\S+) (HTTP\/\d\.\d)$/.exec(line);
  if (!parts) return { ok: false, reason: `not a request line: ${JSON.stringify(line.slice(0, 60))}` };
  if (method === undefined || method === parts[1]) return { ok: true, bytes: file, method: parts[1]! };
  const replaced = Buffer.concat([Buffer.from(`${method} ${parts[2]} ${parts[3]}`, 'latin1'), file.subarray(lineEnd)]);
  return { ok: true, bytes: replaced, method };
}
