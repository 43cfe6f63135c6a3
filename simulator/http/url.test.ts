// The <url> of AT+HTTPPARA (§14.2.3) and the request the module composes from it.

import { describe, expect, it } from 'vitest';
import { buildRequest, contentTypeFor, rawFileRequest, userDataLines } from './request.js';
import { hostHeader, parseModuleUrl } from './url.js';

describe('parseModuleUrl', () => {
  it('reads scheme, server, port (default 80/443) and target', () => {
    expect(parseModuleUrl('http://www.baidu.com')).toEqual({ ok: true, url: { secure: false, host: 'www.baidu.com', port: 80, target: '/' } });
    expect(parseModuleUrl('HTTPS://Example.org/a/b?c=d#frag')).toEqual({ ok: true, url: { secure: true, host: 'Example.org', port: 443, target: '/a/b?c=d' } });
    expect(parseModuleUrl('http://1.2.3.4:8080?q')).toEqual({ ok: true, url: { secure: false, host: '1.2.3.4', port: 8080, target: '/?q' } });
    expect(parseModuleUrl('http://user:pw@host:81/')).toEqual({ ok: true, url: { secure: false, host: 'host', port: 81, target: '/' } });
  });

  it('takes the manual\'s form http://server/path:port', () => {
    expect(parseModuleUrl('http://www.example.com/dir/file.txt:8080')).toEqual({ ok: true, url: { secure: false, host: 'www.example.com', port: 8080, target: '/dir/file.txt' } });
    // With a port after the server, a ":digits" in the path is the path's.
    expect(parseModuleUrl('http://h:81/a:82')).toEqual({ ok: true, url: { secure: false, host: 'h', port: 81, target: '/a:82' } });
  });

  it('refuses other schemes, a missing server, bad ports, spaces', () => {
    for (const bad of ['ftp://a/', 'www.a.com', 'http://', 'http://:80/', 'http://a:0/', 'http://a:65536/', 'http://a/b c', 'http://a b/']) {
      expect(parseModuleUrl(bad).ok, bad).toBe(false);
    }
  });

  it('Host carries the port only when it is not the scheme\'s', () => {
    const url = (t: string) => (parseModuleUrl(t) as { ok: true; url: Parameters<typeof hostHeader>[0] }).url;
    expect(hostHeader(url('http://a.b:80/'))).toBe('a.b');
    expect(hostHeader(url('https://a.b:443/'))).toBe('a.b');
    expect(hostHeader(url('https://a.b:80/'))).toBe('a.b:80');
  });
});

describe('the request', () => {
  const url = (parseModuleUrl('http://example.com:8080/p?q=1') as { ok: true; url: Parameters<typeof buildRequest>[1] }).url;
  const settings = { contentType: 'text/plain', accept: '*/*', userData: '' };

  it('GET: request line, Host, Accept, Connection; no content', () => {
    expect(buildRequest('GET', url, settings, undefined).toString()).toBe('GET /p?q=1 HTTP/1.1\r\nHost: example.com:8080\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n');
  });

  it('POST: Content-Type and Content-Length before the USERDATA lines, then the content', () => {
    const bytes = buildRequest('POST', url, { ...settings, userData: 'A: 1\\r\\nB: 2' }, Buffer.from('hi'));
    expect(bytes.toString()).toBe('POST /p?q=1 HTTP/1.1\r\nHost: example.com:8080\r\nAccept: */*\r\nConnection: keep-alive\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nA: 1\r\nB: 2\r\n\r\nhi');
    expect(buildRequest('POST', url, settings, Buffer.alloc(0)).toString()).toContain('Content-Length: 0\r\n\r\n');
    expect(buildRequest('POST', url, settings, Buffer.alloc(0)).toString()).not.toContain('Content-Type');
  });

  it('USERDATA: "\\r\\n" as typed or real line ends separate lines; empty ones are dropped', () => {
    expect(userDataLines('X: 1\\r\\n\\r\\nY: 2\r\nZ: 3')).toEqual(['X: 1', 'Y: 2', 'Z: 3']);
    expect(userDataLines('')).toEqual([]);
  });

  it('multipart/form-data: the boundary from the data\'s delimiter line', () => {
    expect(contentTypeFor('multipart/form-data', Buffer.from('--abc\r\n...'))).toBe('multipart/form-data; boundary=abc');
    expect(contentTypeFor('mutipart/form-data', Buffer.from('no delimiter'))).toBe('multipart/form-data');
    expect(contentTypeFor('text/plain', Buffer.from('--abc\r\n'))).toBe('text/plain');
  });

  it('a request file: sent as it is, or with <method> replacing its method', () => {
    const file = Buffer.from('GET /x HTTP/1.1\r\nHost: h\r\n\r\n');
    expect(rawFileRequest(file, undefined)).toEqual({ ok: true, bytes: file, method: 'GET' });
    const put = rawFileRequest(file, 'PUT');
    expect(put.ok && put.bytes.toString()).toBe('PUT /x HTTP/1.1\r\nHost: h\r\n\r\n');
    expect(rawFileRequest(Buffer.from('hello world'), undefined).ok).toBe(false);
    expect(rawFileRequest(Buffer.from('GET /x\r\n\r\n'), undefined).ok).toBe(false);
  });
});
