// Chapter 13 against real servers on loopback: the module's links are real sockets of the host
// (simulator/internet/), the servers are node:net/node:dgram servers of the test.

import { afterEach, describe, expect, it } from 'vitest';
import { createConnection } from 'node:net';
import { ModemControl } from '../../control/control.js';
import { ModemHarness } from '../../testing/harness.js';
import { tcpServer, udpPeer, type TcpTestServer } from '../../internet/testing/servers.js';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function module(): Promise<{ h: ModemHarness; control: ModemControl }> {
  const h = await ModemHarness.start();
  cleanups.push(() => h.modem.powerOff());
  await h.command('ATE0');
  return { h, control: new ModemControl(h.modem) };
}

async function server(onConnection?: Parameters<typeof tcpServer>[0]): Promise<TcpTestServer> {
  const s = await tcpServer(onConnection);
  cleanups.push(() => s.close());
  return s;
}

async function netopen(h: ModemHarness): Promise<void> {
  expect(await h.command('AT+NETOPEN')).toBe('\r\nOK\r\n');
  await h.advance(1000);
  expect(h.take()).toBe('\r\n+NETOPEN: 0\r\n');
}

describe('socket service (AT+NETOPEN / AT+NETCLOSE / AT+IPADDR)', () => {
  it('opens on the default bearer, refuses a second open, closes', async () => {
    const { h } = await module();
    expect(await h.command('AT+NETOPEN?')).toBe('\r\n+NETOPEN: 0\r\n\r\nOK\r\n');
    expect(await h.command('AT+IPADDR')).toBe('\r\n+IP ERROR: Network not opened\r\n\r\nERROR\r\n');
    await netopen(h);
    expect(await h.command('AT+NETOPEN?')).toBe('\r\n+NETOPEN: 1\r\n\r\nOK\r\n');
    expect(await h.command('AT+IPADDR')).toBe('\r\n+IPADDR: 10.83.214.110\r\n\r\nOK\r\n');
    expect(await h.command('AT+NETOPEN')).toBe('\r\n+IP ERROR: Network is already opened\r\n\r\nERROR\r\n');
    await h.command('AT+CIPCCFG=,,,0');
    expect(await h.command('AT+NETOPEN')).toBe('\r\n+IP ERROR: 4\r\n\r\nERROR\r\n');
    expect(await h.command('AT+NETCLOSE')).toBe('\r\nOK\r\n\r\n+NETCLOSE: 0\r\n');
    expect(await h.command('AT+NETCLOSE')).toBe('\r\n+NETCLOSE: 2\r\n\r\nERROR\r\n');
  });

  it('activates another context for AT+NETOPEN=<cid> and releases it at AT+NETCLOSE=<cid>', async () => {
    const { h } = await module();
    await h.command('AT+CGDCONT=2,"IP","cmnet"');
    expect(await h.command('AT+NETOPEN=2')).toBe('\r\nOK\r\n');
    await h.advance(2000);
    expect(h.take()).toBe('\r\n+NETOPEN: 0,2\r\n');
    expect(await h.command('AT+IPADDR=2')).toBe('\r\n+IPADDR: 10.83.214.111\r\n\r\nOK\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 2,1');
    expect(await h.command('AT+NETCLOSE=2')).toBe('\r\nOK\r\n\r\n+NETCLOSE: 0,2\r\n');
    expect(await h.command('AT+CGACT?')).toContain('+CGACT: 2,0');
  });

  it('fails with +NETOPEN: 1 when not registered', async () => {
    const { h, control } = await module();
    await control.run('set coverage', { on: false });
    expect(await h.command('AT+NETOPEN')).toBe('\r\nOK\r\n\r\n+NETOPEN: 1\r\n');
    expect(await h.command('AT+NETOPEN?')).toBe('\r\n+NETOPEN: 0\r\n\r\nOK\r\n');
  });

  it('AT+CSOCKSETPN picks the context and is refused while the service is open', async () => {
    const { h } = await module();
    expect(await h.command('AT+CSOCKSETPN?')).toBe('\r\n+CSOCKSETPN: 1,1\r\n\r\nOK\r\n');
    await h.command('AT+CGDCONT=3,"IP","cmnet"');
    expect(await h.command('AT+CSOCKSETPN=3')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+NETOPEN')).toBe('\r\nOK\r\n');
    await h.advance(2000);
    expect(h.take()).toBe('\r\n+NETOPEN: 0\r\n');
    expect(await h.command('AT+IPADDR')).toBe('\r\n+IPADDR: 10.83.214.111\r\n\r\nOK\r\n');
    expect(await h.command('AT+CSOCKSETPN=1')).toBe('\r\nERROR\r\n');
  });

  it('an IPv6 service needs a network that grants IPv6', async () => {
    const { h } = await module();
    await h.command('AT+CSOCKSETPN=1,6');
    expect(await h.command('AT+NETOPEN')).toBe('\r\nOK\r\n');
    await h.advance(1000);
    expect(h.take()).toBe('\r\n+NETOPEN: 1\r\n');
  });
});

describe('TCP client links', () => {
  it('connects, sends with a fixed length, receives with RECV FROM/+IPD, counts bytes, closes', async () => {
    const s = await server((socket) => socket.on('data', () => socket.write('pong!')));
    const { h } = await module();
    await netopen(h);
    expect(await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`)).toBe('\r\nOK\r\n\r\n+CIPOPEN: 0,0\r\n');
    expect(await h.command('AT+CIPOPEN?')).toBe(`\r\n+CIPOPEN: 0,"TCP","127.0.0.1",${s.port},-1\r\n+CIPOPEN: 1\r\n+CIPOPEN: 2\r\n+CIPOPEN: 3\r\n\r\nOK\r\n`);
    expect(await h.command('AT+CIPCLOSE?')).toBe('\r\n+CIPCLOSE: 1,0,0,0\r\n\r\nOK\r\n');
    h.send('AT+CIPSEND=0,5\r');
    await h.settle();
    expect(h.take()).toBe('\r\n> ');
    h.send('hello');
    await h.finish();
    expect((await s.bytes(5)).toString()).toBe('hello');
    const out = await h.waitForOutput('pong!');
    const local = s.sockets[0]!.remotePort;
    void local;
    expect(out).toBe(`\r\nOK\r\n\r\n+CIPSEND: 0,5,5\r\n\r\nRECV FROM:127.0.0.1:${s.port}\r\n+IPD5\r\npong!\r\n`);
    h.take();
    expect(await h.command('AT+CIPACK=0')).toBe('\r\n+CIPACK: 5,5,5\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIPCLOSE=0')).toBe('\r\nOK\r\n\r\n+CIPCLOSE: 0,0\r\n');
    expect(await h.command('AT+CIPCLOSE=0')).toBe('\r\n+CIPCLOSE: 0,4\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CIPACK=0')).toBe('\r\n+IP ERROR: Connection is not created\r\n\r\nERROR\r\n');
  });

  it('takes Ctrl-Z terminated data with <ETX> escapes', async () => {
    const s = await server();
    const { h } = await module();
    await netopen(h);
    await h.command(`AT+CIPOPEN=1,"TCP","127.0.0.1",${s.port}`);
    h.send('AT+CIPSEND=1\r');
    await h.settle();
    h.send('a\x03\x1ab\x03\x1bc\x03\x03\x1a');
    await h.finish();
    expect((await s.bytes(6)).toString('hex')).toBe('611a621b6303');
    expect(await h.waitForOutput('+CIPSEND')).toBe('\r\n> \r\nOK\r\n\r\n+CIPSEND: 1,6,6\r\n');
  });

  it('presents received data per +CIPHEAD, +CIPSRIP and +CIPCCFG <headerType>', async () => {
    const s = await server();
    const { h } = await module();
    await netopen(h);
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    const peer = await s.connection();
    await h.command('AT+CIPCCFG=,,,,1');
    peer.write('abc');
    expect(await h.waitForOutput('abc')).toBe(`\r\nRECV FROM:127.0.0.1:${s.port}\r\n+RECEIVE,0,3\r\nabc\r\n`);
    h.take();
    await h.command('AT+CIPSRIP=0');
    peer.write('de');
    expect(await h.waitForOutput('de')).toBe('\r\n+RECEIVE,0,2\r\nde\r\n');
    h.take();
    await h.command('AT+CIPHEAD=0');
    peer.write('f');
    expect(await h.waitForOutput('f')).toBe('\r\nf\r\n');
  });

  it('buffers with AT+CIPRXGET=1 and reads as text, hex and length', async () => {
    const s = await server();
    const { h } = await module();
    await netopen(h);
    expect(await h.command('AT+CIPRXGET=1')).toBe('\r\nOK\r\n');
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    (await s.connection()).write('123456789012');
    expect(await h.waitForOutput('+CIPRXGET: 1,0')).toBe('\r\n+CIPRXGET: 1,0\r\n');
    await new Promise((r) => setTimeout(r, 30));
    expect(await h.command('AT+CIPRXGET=4,0')).toBe('\r\n+CIPRXGET: 4,0,12\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIPRXGET=2,0,6')).toBe('\r\n+CIPRXGET: 2,0,6,6\r\n123456\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIPRXGET=3,0')).toBe('\r\n+CIPRXGET: 3,0,6,0\r\n373839303132\r\n\r\nOK\r\n');
    expect(await h.command('AT+CIPRXGET=2,0')).toBe('\r\n+IP ERROR: No data\r\n\r\nERROR\r\n');
    expect(await h.command('AT+CIPRXGET?')).toBe('\r\n+CIPRXGET: 1\r\n\r\nOK\r\n');
  });

  it('reports a close by the peer with +IPCLOSE: <link>,1', async () => {
    const s = await server();
    const { h } = await module();
    await netopen(h);
    await h.command(`AT+CIPOPEN=2,"TCP","127.0.0.1",${s.port}`);
    (await s.connection()).end();
    expect(await h.waitForOutput('+IPCLOSE')).toBe('\r\n+IPCLOSE: 2,1\r\n');
    expect(await h.command('AT+CIPCLOSE?')).toBe('\r\n+CIPCLOSE: 0,0,0,0\r\n\r\nOK\r\n');
  });

  it('refusals: not opened, link in use, link above 3, refused, DNS, unreachable (timeout)', async () => {
    const s = await server();
    const { h, control } = await module();
    expect(await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`)).toBe('\r\n+CIPOPEN: 0,2\r\n\r\nERROR\r\n');
    await netopen(h);
    expect(await h.command(`AT+CIPOPEN=4,"TCP","127.0.0.1",${s.port}`)).toBe('\r\n+IP ERROR: Invalid parameter\r\n\r\nERROR\r\n');
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    expect(await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`)).toBe('\r\n+CIPOPEN: 0,4\r\n\r\nERROR\r\n');
    await s.close();
    expect(await h.waitForOutput('+IPCLOSE')).toBe('\r\n+IPCLOSE: 0,1\r\n');
    h.take();
    const closed = await tcpServer();
    const freePort = closed.port;
    await closed.close();
    expect(await h.command(`AT+CIPOPEN=1,"TCP","127.0.0.1",${freePort}`)).toBe('\r\nOK\r\n\r\n+CIPOPEN: 1,1\r\n');
    expect(await h.command('AT+CIPOPEN=1,"TCP","no.such.host",80')).toBe('\r\nOK\r\n\r\n+CIPOPEN: 1,11\r\n');
    await h.command('AT+CIPTIMEOUT=,5000');
    expect(await h.command('AT+CIPOPEN=1,"TCP","183.230.174.137",6031')).toBe('\r\nOK\r\n');
    await h.advance(4999);
    expect(h.take()).toBe('');
    await h.advance(1);
    expect(h.take()).toBe('\r\n+CIPOPEN: 1,10\r\n');
    await control.run('internet route', { to: '183.230.174.137:6031', port: freePort });
    expect(await h.command('AT+CIPSEND=1,5')).toBe('\r\n+CIPERROR: 4\r\n\r\nERROR\r\n');
  });
});

describe('UDP links', () => {
  it('binds, sends with an address, receives with RECV FROM', async () => {
    const peer = await udpPeer();
    cleanups.push(() => peer.close());
    const { h, control } = await module();
    await control.run('set internet', { listenPorts: 'ephemeral' });
    await netopen(h);
    expect(await h.command('AT+CIPOPEN=2,"UDP",,,6031')).toBe('\r\n+CIPOPEN: 2,0\r\n\r\nOK\r\n');
    const status = (await control.run('internet status')) as { bindings: Array<{ modulePort: number; hostPort: number }> };
    const hostPort = status.bindings.find((b) => b.modulePort === 6031)!.hostPort;
    expect(hostPort).toBeGreaterThan(0);
    expect(await h.command('AT+CIPSEND=2,5')).toBe('\r\n+CIPERROR: 3\r\n\r\nERROR\r\n');
    h.send(`AT+CIPSEND=2,5,"127.0.0.1",${peer.port}\r`);
    await h.settle();
    h.send('12345');
    await h.finish();
    const got = await peer.next();
    expect(got.data.toString()).toBe('12345');
    expect(got.from.port).toBe(hostPort);
    expect(await h.waitForOutput('+CIPSEND')).toBe('\r\n> \r\nOK\r\n\r\n+CIPSEND: 2,5,5\r\n');
    h.take();
    await peer.send('hi', hostPort);
    expect(await h.waitForOutput('hi\r\n')).toBe(`\r\nRECV FROM:127.0.0.1:${peer.port}\r\n+IPD2\r\nhi\r\n`);
    h.take();
    expect(await h.command('AT+CIPCLOSE=2')).toBe('\r\n+CIPCLOSE: 2,0\r\n\r\nOK\r\n');
  });
});

describe('TCP servers (AT+SERVERSTART / AT+SERVERSTOP)', () => {
  it('accepts a client on the mapped host port, announces it with +CLIENT, stops after its links close', async () => {
    const { h, control } = await module();
    await control.run('set internet', { listenPorts: 'ephemeral' });
    expect(await h.command('AT+SERVERSTART=10000,0')).toBe('\r\n+CIPERROR: 2\r\n\r\nERROR\r\n');
    await netopen(h);
    expect(await h.command('AT+SERVERSTART=10000,0')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+SERVERSTART=10001,0')).toBe('\r\n+CIPERROR: 7\r\n\r\nERROR\r\n');
    expect(await h.command('AT+SERVERSTART?')).toBe('\r\n+SERVERSTART: 0,10000\r\n\r\nOK\r\n');
    const status = (await control.run('internet status')) as { bindings: Array<{ kind: string; modulePort: number; hostPort: number }> };
    const binding = status.bindings.find((b) => b.kind === 'tcp-listener')!;
    expect(binding.modulePort).toBe(10000);
    const client = createConnection({ host: '127.0.0.1', port: binding.hostPort });
    cleanups.push(() => client.destroy());
    await new Promise<void>((resolve) => client.once('connect', resolve));
    const out = await h.waitForOutput('+CLIENT');
    expect(out).toBe(`\r\n+CLIENT: 0,0,127.0.0.1:${client.localPort}\r\n`);
    h.take();
    client.write('from client');
    expect(await h.waitForOutput('from client')).toBe(`\r\nRECV FROM:127.0.0.1:${client.localPort}\r\n+IPD11\r\nfrom client\r\n`);
    h.take();
    expect(await h.command('AT+CIPOPEN?')).toContain(`+CIPOPEN: 0,"TCP","127.0.0.1",${client.localPort},0`);
    expect(await h.command('AT+SERVERSTOP=0')).toBe('\r\n+SERVERSTOP: 0,9\r\n\r\nERROR\r\n');
    await h.command('AT+CIPCLOSE=0');
    expect(await h.command('AT+SERVERSTOP=0')).toBe('\r\nOK\r\n\r\n+SERVERSTOP: 0,0\r\n');
    expect(await h.command('AT+SERVERSTOP=0')).toBe('\r\n+SERVERSTOP: 0,4\r\n\r\nERROR\r\n');
  });
});

describe('transparent mode (AT+CIPMODE=1)', () => {
  it('CONNECT, data both ways, +++ and ATO, AT+CIPCLOSE', async () => {
    const s = await server((socket) => socket.on('data', (d) => socket.write(Buffer.concat([Buffer.from('echo:'), d]))));
    const { h } = await module();
    await h.command('AT+CIPMODE=1');
    await netopen(h);
    expect(await h.command(`AT+CIPOPEN=1,"TCP","127.0.0.1",${s.port}`)).toBe('\r\n+CIPOPEN: 1,3\r\n\r\nERROR\r\n');
    expect(await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`)).toBe('\r\nCONNECT 115200\r\n');
    h.send('AT+CSQ');
    await h.advance(10);
    expect((await s.bytes(6)).toString()).toBe('AT+CSQ');
    expect(await h.waitForOutput('echo:AT+CSQ')).toBe('echo:AT+CSQ');
    h.take();
    await h.advance(1000);
    h.send('+++');
    await h.advance(1000);
    await h.settle();
    expect(h.take()).toBe('\r\nOK\r\n');
    expect(await h.command('ATO')).toBe('\r\nCONNECT\r\n');
    await h.advance(1000);
    h.send('+++');
    await h.advance(1000);
    h.take();
    expect(await h.command('AT+CIPCLOSE=0')).toBe('\r\nOK\r\n\r\nCLOSED\r\n\r\n+CIPCLOSE: 0,0\r\n');
  });

  it('the peer closing ends data mode with NO CARRIER and +IPCLOSE', async () => {
    const s = await server();
    const { h } = await module();
    await h.command('AT+CIPMODE=1');
    await netopen(h);
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    (await s.connection()).end();
    expect(await h.waitForOutput('+IPCLOSE')).toBe('\r\nNO CARRIER\r\n\r\n+IPCLOSE: 0,1\r\n');
  });
});

describe('losing the network', () => {
  it('coverage loss: +CIPEVENT, +IPCLOSE for each link, the service stays opened until AT+NETCLOSE', async () => {
    const s = await server();
    const { h, control } = await module();
    await netopen(h);
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    await h.command(`AT+CIPOPEN=3,"TCP","127.0.0.1",${s.port}`);
    h.take();
    await control.run('set coverage', { on: false });
    await h.settle();
    expect(h.take()).toBe('\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n\r\n+IPCLOSE: 0,1\r\n\r\n+IPCLOSE: 3,1\r\n');
    expect(await h.command('AT+NETOPEN?')).toBe('\r\n+NETOPEN: 1\r\n\r\nOK\r\n');
    expect(await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`)).toBe('\r\n+CIPOPEN: 0,1\r\n\r\nERROR\r\n');
    expect(await h.command('AT+NETCLOSE')).toBe('\r\nOK\r\n\r\n+NETCLOSE: 0\r\n');
    expect(await h.command('AT+NETOPEN?')).toBe('\r\n+NETOPEN: 0\r\n\r\nOK\r\n');
  });

  it('AT+CFUN=0 closes the network the same way; power-off closes the real sockets', async () => {
    const s = await server();
    const { h } = await module();
    await netopen(h);
    await h.command(`AT+CIPOPEN=0,"TCP","127.0.0.1",${s.port}`);
    const peer = await s.connection();
    const peerClosed = new Promise<void>((resolve) => peer.once('close', () => resolve()));
    const output = await h.command('AT+CFUN=0');
    expect(output).toContain('\r\n+CIPEVENT: NETWORK CLOSED UNEXPECTEDLY\r\n\r\n+IPCLOSE: 0,1\r\n');
    await peerClosed;
    await h.command('AT+CFUN=1');
    await h.advance(5000);
    await h.command('AT+NETCLOSE');
    await netopen(h);
    await h.command(`AT+CIPOPEN=1,"TCP","127.0.0.1",${s.port}`);
    const second = await s.connection(1);
    const closed = new Promise<void>((resolve) => second.once('close', () => resolve()));
    h.modem.powerOff();
    await closed;
  });
});

describe('AT+CDNSGIP', () => {
  it('resolves the simulated hosts and localhost; unknown names fail with 10', async () => {
    const { h, control } = await module();
    expect(await h.command('AT+CDNSGIP="www.baidu.com"')).toBe('\r\nERROR\r\n');
    await netopen(h);
    expect(await h.command('AT+CDNSGIP="www.baidu.com"')).toBe('\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n');
    await control.run('set host', { name: 'www.baidu.com', address: '61.135.169.121' });
    expect(await h.command('AT+CDNSGIP="www.baidu.com"')).toBe('\r\n+CDNSGIP: 1,"www.baidu.com","61.135.169.121"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CDNSGIP="localhost"')).toBe('\r\n+CDNSGIP: 1,"localhost","127.0.0.1"\r\n\r\nOK\r\n');
    expect(await h.command('AT+CDNSGIP="-bad-.name"')).toBe('\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n');
    await control.run('set host', { name: '1.1.1.1', reachable: false });
    await control.run('set host', { name: '2.2.2.2', reachable: false });
    expect(await h.command('AT+CDNSCFG="1.1.1.1","2.2.2.2"')).toBe('\r\nOK\r\n');
    expect(await h.command('AT+CDNSCFG?')).toBe('\r\nPrimary IPv4 DNS: 1.1.1.1, Secondary IPv4 DNS: 2.2.2.2\r\n\r\nOK\r\n');
    expect(await h.command('AT+CDNSGIP="www.baidu.com"')).toBe('\r\n+CDNSGIP: 0,10\r\n\r\nERROR\r\n');
  });
});
