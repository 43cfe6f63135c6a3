// The receiver through its AT commands (chapter 21): power and starts with their times to first
// fix, the NMEA stream and where it goes, periodic reports, sleep and power-saving modes, chip
// commands, saving. NMEA is checked with a reader of its own (checksum and fields), not with
// the simulator's builders.

import { describe, expect, it } from 'vitest';
import { ModemControl } from '../../control/control.js';
import { MemoryNvramStore } from '../../state/nvram-store.js';
import { ModemHarness } from '../../testing/harness.js';

async function gnssModem(): Promise<ModemHarness> {
  const h = await ModemHarness.start();
  await h.command('ATE0');
  return h;
}

function control(h: ModemHarness, name: string, params: Record<string, unknown> = {}) {
  return new ModemControl(h.modem).run(name, params);
}

/** Sentences in the output, each checked: `$...*hh` with the XOR checksum of what lies between. */
function nmeaIn(output: string): string[][] {
  return output
    .split('\r\n')
    .filter((l) => l.startsWith('$'))
    .map((l) => {
      const star = l.lastIndexOf('*');
      let x = 0;
      for (const c of Buffer.from(l.slice(1, star), 'latin1')) x ^= c;
      expect(l.slice(star + 1), l).toBe(x.toString(16).toUpperCase().padStart(2, '0'));
      return l.slice(1, star).split(',');
    });
}

function info(line: string): string[] {
  const m = /\+CGNSSINFO: (.*)\r\n/.exec(line);
  return m ? m[1]!.split(',') : [];
}

const NO_FIX = '\r\n+CGNSSINFO: ,,,,,,,,,,,,,,,,,\r\n\r\nOK\r\n';

describe('power and starts', () => {
  it('every command but +CGNSSPWR/+CGNSSTST answers ERROR while the receiver is off; the test forms still answer', async () => {
    const h = await gnssModem();
    for (const c of ['AT+CGNSSINFO', 'AT+CGPSINFO', 'AT+CGPSCOLD', 'AT+CGNSSMODE?', 'AT+CGNSSPROD', 'AT+CAGPS', 'AT+CGNSSSLEEP', 'AT+CGNSSCMD="PAIR006"']) {
      expect(await h.command(c), c).toBe('\r\nERROR\r\n');
    }
    expect(await h.command('AT+CGNSSINFO=?')).toBe('\r\n+CGNSSINFO: (0-255)\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGNSSTST=1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGNSSPWR?')).toBe('\r\n+CGNSSPWR: 0\r\n\r\nOK\r\n');
  });

  it('a first start is cold: no fix for 26 s, then a 3D fix at the world position', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(25_999);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    expect(await h.command('AT+CGPSINFO')).toBe('\r\n+CGPSINFO: ,,,,,,,,\r\n\r\nOK\r\n');
    await h.advance(1);
    const f = info(await h.command('AT+CGNSSINFO'));
    expect(f[0]).toBe('3');
    expect(f.slice(5, 9)).toEqual(['31.222388', 'N', '121.353901', 'E']);
    expect(f[9]).toBe('061224');
    expect(Number(f[17])).toBeGreaterThanOrEqual(4);
    expect(Number(f[14])).toBeGreaterThan(0);
    expect(await h.command('AT+CGPSINFO')).toBe('\r\n+CGPSINFO: 3113.343286,N,12121.234064,E,061224,080026.00,44.1,0.0,0\r\n\r\nOK\r\n');
  });

  it('after a fix, power off and on again is a hot start (1 s); +CGPSWARM 25 s; +CGPSCOLD 26 s; +CGPSHOT 1 s', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    await h.command('AT+CGNSSPWR=0');
    expect(await h.command('AT+CGNSSPWR?')).toBe('\r\n+CGNSSPWR: 0\r\n\r\nOK\r\n');
    await h.advance(60_000);
    await h.command('AT+CGNSSPWR=1');
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
    for (const [cmd, ttff] of [
      ['AT+CGPSWARM', 25_000],
      ['AT+CGPSCOLD', 26_000],
      ['AT+CGPSHOT', 1_000],
    ] as const) {
      expect(await h.command(cmd)).toBe('\r\nOK\r\n');
      await h.advance(ttff - 1);
      expect(await h.command('AT+CGNSSINFO'), cmd).toBe(NO_FIX);
      await h.advance(1);
      expect(info(await h.command('AT+CGNSSINFO'))[0], cmd).toBe('3');
    }
  });

  it('an ephemeris more than 4 h old gives a warm start; the backup memory survives AT+CRESET', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    await h.command('AT+CGNSSPWR=0');
    await h.command('AT+CRESET');
    await h.advance(30_000);
    await h.command('ATE0');
    await h.command('AT+CGNSSPWR=1');
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
    await h.command('AT+CGNSSPWR=0');
    await h.advance(4 * 3600_000);
    await h.command('AT+CGNSSPWR=1');
    await h.advance(24_999);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
  });

  it('a closed sky: satellites gone, no fix; opened again, a hot start', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    await control(h, 'set sky', { open: false });
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(600_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await control(h, 'set sky', { open: true });
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
  });

  it('a weak sky (35 dB of attenuation) leaves too few satellites for a fix', async () => {
    const h = await gnssModem();
    await control(h, 'set sky', { attenuation: 35 });
    await h.command('AT+CGNSSPWR=1');
    await h.advance(60_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
  });
});

describe('position, velocity, constellations', () => {
  it('set position: latitude/longitude in both formats, altitude, speed in knots, course', async () => {
    const h = await gnssModem();
    await control(h, 'set position', { lat: -33.8688, lon: -70.5, alt: 520.25, speed: 100, course: 271.5 });
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    const f = info(await h.command('AT+CGNSSINFO'));
    expect(f.slice(5, 9)).toEqual(['33.868800', 'S', '070.500000', 'W']);
    expect(f.slice(11, 14)).toEqual(['520.3', '53.996', '271.5']);
    const p = /\+CGPSINFO: (.*)\r\n/.exec(await h.command('AT+CGPSINFO'))![1]!.split(',');
    expect(p.slice(0, 4)).toEqual(['3352.128000', 'S', '07030.000000', 'W']);
    expect(p.slice(6)).toEqual(['520.3', '54.0', '271.5']);
  });

  it('set track: the module moves along the waypoints at their speeds, then stands at the last', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    // 0.1° of latitude north (11.12 km) at 111.2 km/h: 6 minutes; then 0.1° east.
    await control(h, 'set track', { json: JSON.stringify([{ lat: 10, lon: 20, speed: 111.19 }, { lat: 10.1, lon: 20, speed: 54.7 }, { lat: 10.1, lon: 20.1 }]) });
    await h.advance(180_000);
    let f = info(await h.command('AT+CGNSSINFO'));
    expect(Number(f[5])).toBeCloseTo(10.05, 3);
    expect(Number(f[7])).toBeCloseTo(20, 5);
    expect(Number(f[12])).toBeCloseTo(111.19 / 1.852, 2);
    expect(Number(f[13])).toBeCloseTo(0, 0);
    await h.advance(180_000 + 6 * 60_000);
    f = info(await h.command('AT+CGNSSINFO'));
    expect(Number(f[5])).toBeCloseTo(10.1, 3);
    expect(Number(f[7])).toBeCloseTo(20.05, 2);
    expect(Number(f[13])).toBeCloseTo(90, 0);
    await h.advance(3600_000);
    f = info(await h.command('AT+CGNSSINFO'));
    expect(f.slice(5, 8)).toEqual(['10.100000', 'N', '020.100000']);
    expect(f[12]).toBe('0.000');
  });

  it('+CGNSSMODE picks the systems: satellites in view per system, SAVE across a restart', async () => {
    const store = new MemoryNvramStore();
    const h = await ModemHarness.start({ store });
    await h.command('ATE0');
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    let f = info(await h.command('AT+CGNSSINFO'));
    for (const n of f.slice(1, 5)) expect(Number(n)).toBeGreaterThan(3);
    await h.command('AT+CGNSSMODE=9');
    f = info(await h.command('AT+CGNSSINFO'));
    expect(f[2]).toBe('00');
    expect(f[3]).toBe('00');
    expect(Number(f[1]) + Number(f[4])).toBeGreaterThan(8);
    await h.command('AT+CGNSSIPR=230400');
    await h.command('AT+CGNSSNMEA=1,0,1,1,1,0,0,0,0,1');
    await h.command('AT+CGNSSFLP=1,10,20,0,0');
    await h.command('AT+CRESET');
    await h.advance(30_000);
    await h.command('ATE0');
    await h.command('AT+CGNSSPWR=1');
    expect(await h.command('AT+CGNSSMODE?;+CGNSSIPR?;+CGNSSNMEA?;+CGNSSFLP?')).toBe(
      '\r\n+CGNSSMODE: 9\r\n\r\n+CGNSSIPR: 230400\r\n\r\n+CGNSSNMEA: 1,0,1,1,1,0,0,0,0,1\r\n\r\n+CGNSSFLP: 0,0,0,0,0\r\n\r\nOK\r\n',
    );
    expect(await h.command('AT+CGNSSMODE;+CGNSSIPR;+CGNSSMODE?;+CGNSSIPR?')).toBe('\r\n+CGNSSMODE: 15\r\n\r\n+CGNSSIPR: 115200\r\n\r\nOK\r\n');
  });
});

describe('NMEA output', () => {
  it('+CGNSSTST=1 with raw NMEA on the UART: one epoch per second on the whole second, sentences in +CGNSSNMEA order', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    await h.advance(1_000);
    let s = nmeaIn(h.take());
    expect(s.map((x) => x[0])).toEqual(['GNGGA', 'GNGLL', 'GNGSA', 'GNGSA', 'GNGSA', 'GNGSA', ...s.filter((x) => x[0]!.endsWith('GSV')).map((x) => x[0]), 'GNRMC', 'GNVTG', 'GNZDA']);
    expect(s[0]!.slice(1, 7)).toEqual(['080001.000', '', '', '', '', '0']);
    expect(s.find((x) => x[0] === 'GNRMC')![2]).toBe('V');
    await h.advance(26_000);
    h.take();
    await h.advance(1_000);
    s = nmeaIn(h.take());
    const gga = s.find((x) => x[0] === 'GNGGA')!;
    expect(gga.slice(1, 7)).toEqual(['080028.000', '3113.343286', 'N', '12121.234064', 'E', '1']);
    expect(s.find((x) => x[0] === 'GNRMC')!.slice(1, 3)).toEqual(['080028.000', 'A']);
    expect(s.find((x) => x[0] === 'GNZDA')!.slice(1, 5)).toEqual(['080028.000', '06', '12', '2024']);
    await h.command('AT+CGNSSTST=0');
    await h.advance(3_000);
    expect(h.take()).toBe('');
  });

  it('with <nmea_data_port> 0 nothing reaches the UART: the USB NMEA port\'s sentences are kept for the control API', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSTST=1');
    await h.advance(3_000);
    expect(h.take()).toBe('');
    const kept = (await control(h, 'gnss nmea', { count: 500, port: 'usb-nmea' })) as Array<{ sentence: string }>;
    expect(kept.filter((r) => r.sentence.startsWith('$GNGGA'))).toHaveLength(3);
  });

  it('+CGNSSNMEA rates: GGA every epoch, RMC every 2nd, the rest off; GPS alone talks GP', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSMODE=1;+CGNSSNMEA=1,0,0,0,2,0,0,0,0,0;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    await h.advance(4_000);
    expect(nmeaIn(h.take()).map((x) => x[0])).toEqual(['GPGGA', 'GPRMC', 'GPGGA', 'GPGGA', 'GPRMC', 'GPGGA']);
    expect(await h.command('AT+CGNSSNMEA=,,1')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGNSSNMEA?')).toBe('\r\n+CGNSSNMEA: 1,0,1,0,2,0,0,0,0,0\r\n\r\nOK\r\n');
  });

  it('at 9600 bit/s (+CGNSSIPR) an epoch of four systems does not fit: the sentences beyond 960 bytes are lost', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    await h.advance(27_000);
    h.take();
    await h.advance(1_000);
    const full = h.take();
    await h.command('AT+CGNSSIPR=9600');
    await h.advance(1_000);
    const cut = h.take();
    const bytes = (o: string) => o.split('\r\n').filter((l) => l.startsWith('$')).reduce((n, l) => n + l.length + 2, 0);
    expect(bytes(full)).toBeGreaterThan(960);
    expect(bytes(cut)).toBeLessThanOrEqual(960);
    expect(nmeaIn(cut)[0]![0]).toBe('GNGGA');
  });

  it('GRS, GST and GNS when enabled', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSNMEA=0,0,0,0,0,0,0,1,1,1;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    await h.advance(27_000);
    h.take();
    await h.advance(1_000);
    const s = nmeaIn(h.take());
    expect([...new Set(s.map((x) => x[0]))]).toEqual(['GNGRS', 'GNGST', 'GNGNS']);
    expect(s.find((x) => x[0] === 'GNGNS')![6]).toBe('AAAA');
  });
});

describe('periodic reports', () => {
  it('+CGNSSINFO=2 with parsed data on the UART: one now, then every 2 s; =0 stops', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSPORTSWITCH=1,0');
    expect(await h.command('AT+CGNSSINFO=2')).toBe('\r\nOK\r\n' + NO_FIX.replace('\r\n\r\nOK\r\n', '\r\n'));
    expect(await h.command('AT+CGNSSINFO?')).toBe('\r\n+CGNSSINFO: 2\r\n\r\nOK\r\n');
    await h.advance(6_000);
    expect(h.take().match(/\+CGNSSINFO: /g)).toHaveLength(3);
    await h.command('AT+CGNSSINFO=0');
    await h.advance(6_000);
    expect(h.take()).toBe('');
  });

  it('with <parse_data_port> 0 the reports go to the USB AT port, not the UART', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    expect(await h.command('AT+CGPSINFO=1')).toBe('\r\nOK\r\n');
    await h.advance(3_000);
    expect(h.take()).toBe('');
  });
});

describe('sleep, RTC and power-saving modes', () => {
  it('+CGNSSSLEEP stops navigation and output; +CGNSSWAKEUP resumes with a hot start', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    await h.advance(26_000);
    expect(await h.command('AT+CGNSSSLEEP')).toBe('\r\nOK\r\n');
    h.take();
    await h.advance(5_000);
    expect(h.take()).toBe('');
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    expect(await h.command('AT+CGNSSPWR?')).toBe('\r\n+CGNSSPWR: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGNSSWAKEUP')).toBe('\r\nOK\r\n');
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
  });

  it('+CGNSSRTC=<n> sleeps and wakes by itself after n seconds; +CGNSSRTC=0 only on +CGNSSWAKEUP', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    await h.command('AT+CGNSSRTC=10');
    await h.advance(10_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
    await h.command('AT+CGNSSRTC=0');
    await h.advance(3600_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.command('AT+CGNSSWAKEUP');
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
  });

  it('+CGNSSFLP: fixes in the run windows, nothing in the sleep windows', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    expect(await h.command('AT+CGNSSFLP=1,10,20,0,0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGNSSFLP?')).toBe('\r\n+CGNSSFLP: 1,10,20,0,0\r\n\r\nOK\r\n');
    await h.advance(5_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
    await h.advance(10_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(15_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
    expect(await h.command('AT+CGNSSFLP=1,2,20,0,0')).toBe('\r\nERROR\r\n');
  });

  it('fitness, GLP, ALP and test mode as state; +CGNSSFTM prints per-satellite C/N0 every second', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.command('AT+CGNSSFITNESS=1;+CGNSSGLP=1;+CGNSSALP=2');
    expect(await h.command('AT+CGNSSFITNESS?;+CGNSSGLP?;+CGNSSALP?')).toBe('\r\n+CGNSSFITNESS: 1\r\n\r\n+CGNSSGLP: 1\r\n\r\n+CGNSSALP: 2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGNSSALP=3')).toBe('\r\nERROR\r\n');
    await h.command('AT+CGNSSFTM=1');
    await h.advance(1_000);
    const lines = h.take().split('\r\n').filter((l) => l.startsWith('+G'));
    expect(lines.map((l) => l.split(',')[0])).toEqual(['+GPGSV', '+GBGSV', '+GLGSV', '+GAGSV']);
    for (const l of lines) expect(l).toMatch(/^\+G[PBLA]GSV(,\d+,\d+\.\d)*$/);
    expect(lines[0]!.split(',').length).toBeGreaterThan(5);
    await h.command('AT+CGNSSFTM=0');
    await h.advance(2_000);
    expect(h.take()).toBe('');
  });
});

describe('+CGNSSCMD', () => {
  it('the manual\'s two commands are taken; PAIR006 restarts cold; a wrong checksum or an unknown command is refused', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1');
    await h.advance(26_000);
    expect(await h.command('AT+CGNSSCMD="$PCAS02,1000*2E"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CGNSSCMD="$PCAS02,1000*2F"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGNSSCMD="$PCAS02,500*1A"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGNSSCMD="PMTK999"')).toBe('\r\nERROR\r\n');
    expect(await h.command('AT+CGNSSCMD="PAIR006"')).toBe('\r\nOK\r\n');
    await h.advance(25_000);
    expect(await h.command('AT+CGNSSINFO')).toBe(NO_FIX);
    await h.advance(1_000);
    expect(info(await h.command('AT+CGNSSINFO'))[0]).toBe('3');
  });

  it('PAIR commands are acknowledged on the NMEA output', async () => {
    const h = await gnssModem();
    await h.command('AT+CGNSSPWR=1;+CGNSSPORTSWITCH=0,1;+CGNSSTST=1');
    expect(await h.command('AT+CGNSSCMD="PAIR004"')).toBe('\r\nOK\r\n\r\n$PAIR001,004,0*3F\r\n');
    nmeaIn('$PAIR001,004,0*3F\r\n');
  });
});

it('+CGNSSPROD names the chip; +CGNSSNMEARATE takes 1 only', async () => {
  const h = await gnssModem();
  await h.command('AT+CGNSSPWR=1');
  expect(await h.command('AT+CGNSSPROD')).toBe('\r\nPRODUCT: B01V01AG3352B\r\n\r\nOK\r\n');
  expect(await h.command('AT+CGNSSNMEARATE=2')).toBe('\r\nERROR\r\n');
  expect(await h.command('AT+CGNSSPORTSWITCH=1;+CGNSSPORTSWITCH?')).toBe('\r\n+CGNSSPORTSWITCH: 1,0\r\n\r\nOK\r\n');
});
