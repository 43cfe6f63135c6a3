// A real external program (pyserial, Debian's python3-serial) on the simulator's pty.

import { afterEach, describe, expect, it } from 'vitest';
import { InstantClock } from '../core/clock.js';
import { Modem } from '../core/modem.js';
import { runPython } from '../testing/pyserial.js';
import { openPtyTransport, type PtyTransport } from './pty.js';

// Opens the port three times; each time sends the commands and prints each exchange as JSON.
const SESSION = String.raw`
import json, serial, sys, time
path, commands = sys.argv[1], sys.argv[2:]
rounds = []
for _ in range(3):
    s = serial.Serial(path, 115200, timeout=2)
    out = []
    for c in commands:
        s.write((c + '\r').encode('latin1'))
        data, deadline = b'', time.time() + 3
        while time.time() < deadline:
            data += s.read(s.in_waiting or 1)
            if data.endswith(b'OK\r\n') or data == b'0\r' or data.endswith(b'\n0\r') or b'ERROR' in data:
                break
        out.append(data.decode('latin1'))
    s.write(b'ATE1V1\r'); time.sleep(0.2); s.reset_input_buffer()
    s.close()
    rounds.append(out)
print(json.dumps(rounds))
`;

let pty: PtyTransport | undefined;
afterEach(() => pty?.close());

describe('pty transport', () => {
  it('serves pyserial the manual answers, across repeated opens', async () => {
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    pty = openPtyTransport(modem);
    expect(pty.path).toMatch(/^\/dev\/pts\/\d+$/);
    const rounds = JSON.parse(await runPython(SESSION, [pty.path, 'AT', 'AT+CMEE=2', 'AT+CSQ=?', 'ATI', 'ATE0', 'ATV0', 'AT'])) as string[][];
    expect(rounds).toHaveLength(3);
    for (const r of rounds) {
      expect(r).toEqual([
        'AT\r\r\nOK\r\n',
        'AT+CMEE=2\r\r\nOK\r\n',
        'AT+CSQ=?\r\r\n+CSQ: (0-31,99),(0-7,99)\r\n\r\nOK\r\n',
        'ATI\r\r\nManufacturer: SIMCOM INCORPORATED\r\nModel: SIM767XX-XXXX\r\nRevision: 2348B01SIM767XM5A\r\nIMEI: 351602000330570\r\n\r\nOK\r\n',
        'ATE0\r\r\nOK\r\n',
        '0\r',
        '0\r',
      ]);
    }
  });

  it('passes every byte value through unchanged (raw mode, no CR/LF translation)', async () => {
    const modem = new Modem({ clock: new InstantClock() });
    modem.powerOn({ immediate: true });
    pty = openPtyTransport(modem);
    const got: number[] = [];
    modem.events.on('rx', (b) => got.push(...b));
    const script = String.raw`
import serial, sys, time
s = serial.Serial(sys.argv[1], 115200, timeout=1)
s.write(bytes(range(256)))
time.sleep(0.5)
s.close()
`;
    await runPython(script, [pty.path]);
    expect(got).toEqual([...Array(256).keys()]);
  });
});
