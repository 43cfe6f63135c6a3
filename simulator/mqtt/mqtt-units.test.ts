// The pieces of the MQTT service that need no server: the §16.3 <err> names against the table,
// <server_addr> parsing, the §16.4 receive report, and the keepalive timer on the module clock.

import { describe, expect, it } from 'vitest';
import { ManualClock } from '../core/clock.js';
import { loadCommandTable } from '../spec/table.js';
import { clockIntervalTimer } from './clock-timer.js';
import { CONNLOST_CAUSE, MQTT_ERR, connackError } from './errors.js';
import { receiveReport, RX_PART } from './receive.js';
import { parseServerAddress } from './server-address.js';

describe('§16.3 <err>', () => {
  it('every name stands for the manual\'s text', () => {
    const table = loadCommandTable().errors.services.find((t) => t.section === '16.3.1')!;
    const text = (code: number) => table.entries.find((e) => e.code === code)?.text;
    expect(table.entries).toHaveLength(Object.keys(MQTT_ERR).length);
    const said: Partial<Record<keyof typeof MQTT_ERR, string>> = {
      OK: 'operation succeeded',
      BAD_UTF8: 'bad UTF-8 string',
      SOCK_CONNECT_FAIL: 'sock connect fail',
      NETWORK_OPEN_FAIL: 'network open fail',
      NETWORK_NOT_OPENED: 'network not opened',
      NO_CONNECTION: 'no connection',
      CLIENT_BUSY: 'client is busy',
      NOT_SUPPORTED: 'not supported operation',
      NETWORK_OPENED: 'network is opened',
      TIMEOUT: 'timeout',
      TOPIC_EMPTY: 'topic is empty',
      CLIENT_USED: 'client is used',
      CLIENT_NOT_ACQUIRED: 'client not acquired',
      DNS_ERROR: 'DNS error',
      CLOSED_BY_SERVER: 'socket is closed by server',
      REFUSED_PROTOCOL_VERSION: 'connection refused: unaccepted protocol version',
      REFUSED_IDENTIFIER: 'connection refused: identifier rejected',
      REFUSED_SERVER_UNAVAILABLE: 'connection refused: server unavailable',
      REFUSED_BAD_CREDENTIALS: 'connection refused: bad user name or password',
      REFUSED_NOT_AUTHORIZED: 'connection refused: not authorized',
      HANDSHAKE_FAIL: 'handshake fail',
      NO_CERTIFICATE: 'not set certificate',
      DISCONNECT_FAILED: 'Disconnect from server failed',
    };
    for (const [name, t] of Object.entries(said)) expect(text(MQTT_ERR[name as keyof typeof MQTT_ERR]), name).toBe(t);
    // The others read as their names.
    for (const [name, code] of Object.entries(MQTT_ERR)) {
      if (name in said) continue;
      expect(text(code)?.toUpperCase().replace(/[^A-Z0-9]+/g, '_'), name).toBe(name);
    }
  });

  it('CONNACK return codes 1-5 are 27-31', () => {
    expect([1, 2, 3, 4, 5].map(connackError)).toEqual([27, 28, 29, 30, 31]);
    expect(connackError(6)).toBe(MQTT_ERR.FAILED);
    expect(CONNLOST_CAUSE).toEqual({ CLOSED: 1, RESET: 2, NETWORK: 3 });
  });
});

describe('<server_addr>', () => {
  it('tcp://host[:port], default port 1883; ssl:// is TLS, default 8883', () => {
    expect(parseServerAddress('tcp://120.27.2.154:1883')).toEqual({ text: 'tcp://120.27.2.154:1883', host: '120.27.2.154', port: 1883, tls: false });
    expect(parseServerAddress('tcp://broker.example.com')).toMatchObject({ host: 'broker.example.com', port: 1883, tls: false });
    expect(parseServerAddress('TCP://a.b:1')).toMatchObject({ host: 'a.b', port: 1 });
    expect(parseServerAddress('ssl://a.example:8884')).toMatchObject({ port: 8884, tls: true });
    expect(parseServerAddress('ssl://a.example')).toMatchObject({ port: 8883, tls: true });
  });

  it('refuses what is not one: other schemes, no host, bad ports, 9-256 bytes', () => {
    for (const bad of ['http://a.example:80', 'tcp://', 'tcp://a', 'tcp://a.example:0', 'tcp://a.example:65536', 'tcp://a b.example', 'tcp://[::1]:1883', `tcp://${'a'.repeat(251)}`, '120.27.2.154:1883']) {
      expect(parseServerAddress(bad), bad).toBeUndefined();
    }
    expect(parseServerAddress(`tcp://${'a'.repeat(250)}`)).toBeDefined();
  });
});

describe('§16.4 receive report', () => {
  it('START, TOPIC, PAYLOAD, END; long parts split, the lengths adding up', () => {
    expect(receiveReport(1, Buffer.from('simcommsg'), Buffer.from('HELLO!'))).toEqual([
      '+CMQTTRXSTART: 1,9,6',
      '+CMQTTRXTOPIC: 1,9',
      'simcommsg',
      '+CMQTTRXPAYLOAD: 1,6',
      'HELLO!',
      '+CMQTTRXEND: 1',
    ]);
    const lines = receiveReport(0, Buffer.from('t'), Buffer.alloc(RX_PART * 2 + 1, 0x80));
    expect(lines.filter((l) => l.startsWith('+CMQTTRXPAYLOAD'))).toEqual([`+CMQTTRXPAYLOAD: 0,${RX_PART}`, `+CMQTTRXPAYLOAD: 0,${RX_PART}`, '+CMQTTRXPAYLOAD: 0,1']);
    expect(lines[lines.indexOf('+CMQTTRXPAYLOAD: 0,1') + 1]).toBe('\u0080');
    expect(receiveReport(0, Buffer.from('t'), Buffer.alloc(0))).toEqual(['+CMQTTRXSTART: 0,1,0', '+CMQTTRXTOPIC: 0,1', 't', '+CMQTTRXEND: 0']);
  });
});

describe('the keepalive timer', () => {
  it('fires every interval of the module clock until cleared, also from inside its callback', async () => {
    const clock = new ManualClock();
    const timers = new Set<number>();
    const services = {
      setTimer: (ms: number, fn: () => void) => {
        const h = clock.setTimer(ms, fn);
        timers.add(h.id);
        return h;
      },
      clearTimer: (h: { id: number } | undefined) => clock.clearTimer(h),
    };
    const timer = clockIntervalTimer(services);
    let fired = 0;
    const id = timer.set(() => {
      fired++;
      if (fired === 3) timer.clear(id);
    }, 1000);
    await clock.advance(2500);
    expect(fired).toBe(2);
    await clock.advance(10_000);
    expect(fired).toBe(3);
    expect(clock.pendingCount).toBe(0);
  });
});
