// A real FTP(S) server on loopback for tests of chapter 15: ftp-srv (a devDependency) serving a
// temporary directory, plain FTP, explicit FTPS (AUTH TLS) or implicit FTPS, with passive data
// connections on 127.0.0.1. It records the command lines it receives (passwords masked) so tests
// can see what the module sent.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Stats } from 'node:fs';
import { FileSystem, FtpSrv, type FtpConnection } from 'ftp-srv';

export interface FtpTestServerOptions {
  /** `explicit`: AUTH TLS offered; `implicit`: TLS from the first byte. Needs `identity`. */
  tls?: 'explicit' | 'implicit';
  identity?: { key: string; cert: string };
  /** User name → password (default: username/password, as the manual's example logs in). */
  users?: Record<string, string>;
  /**
   * How LIST prints an entry: 'ls' (ftp-srv's), or 'manual': the style of the manual's example
   * ("drwxr-xr-x 1 ftp ftp 0 Jan 13 2020 TEST113").
   */
  listing?: 'ls' | 'manual';
  /** Take "AUTH SSL" as "AUTH TLS" (as many servers do; ftp-srv itself answers it 504). */
  authSsl?: boolean;
  /**
   * The address the PASV reply names (default: 127.0.0.1, where the data connections are
   * listened for) — a server behind NAT that names an address the module cannot reach;
   * `null`: no passive mode (PASV answered 502).
   */
  pasvAddress?: string | null;
}

export interface FtpTestServer {
  port: number;
  /** The directory it serves. */
  root: string;
  /** Command lines received, in order, over every connection ("PASS ****"). */
  commands: string[];
  /** Bytes of the file at `path` (relative to the root), or undefined. */
  file(path: string): Buffer | undefined;
  /** Puts a file (and its directories) under the root; `mtime` sets its date. */
  put(path: string, data: string | Buffer, mtime?: Date): void;
  /** Makes a directory under the root; `mtime` sets its date. */
  mkdir(path: string, mtime?: Date): void;
  exists(path: string): boolean;
  /** How many control connections are open. */
  connections(): number;
  /** Closes every control connection (as a server that drops its clients). */
  dropClients(): void;
  close(): Promise<void>;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "drwxr-xr-x 1 ftp ftp 0 Jan 13 2020 TEST113": the listing style of the manual's server. */
function manualListing(stat: Stats & { name?: string }): string {
  const d = new Date(stat.mtime);
  const date = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()}`;
  return `${stat.isDirectory() ? 'drwxr-xr-x' : '-rw-r--r--'} 1 ftp ftp ${stat.isDirectory() ? 0 : stat.size} ${date} ${stat.name ?? ''}`;
}

/** A logger that says nothing (ftp-srv logs through bunyan by default). */
const QUIET = {
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child() {
    return QUIET;
  },
};

/** ftp-srv's file system with listings sorted by name (the host's directory order is not). */
class SortedFileSystem extends FileSystem {
  override async list(path?: string): Promise<Array<Stats & { name: string }>> {
    const entries = (await super.list(path)) as Array<Stats & { name: string }>;
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }
}

interface Connection {
  commands: { handle(command: string | { raw: string }): unknown };
  commandSocket?: { destroy(): void; destroyed?: boolean };
}

export async function ftpTestServer(options: FtpTestServerOptions = {}): Promise<FtpTestServer> {
  const root = mkdtempSync(join(tmpdir(), 'modemsim-ftp-'));
  const users = options.users ?? { username: 'password' };
  const commands: string[] = [];
  const open = new Set<Connection>();
  if (options.tls && !options.identity) throw new Error('ftpTestServer: TLS needs an identity');
  // ftp-srv registers SIGTERM/SIGINT/SIGQUIT handlers per server: keep the process's own.
  const signals = ['SIGTERM', 'SIGINT', 'SIGQUIT'] as const;
  const before = signals.map((s) => process.listeners(s));
  // A random passive port range: parallel test files do not race for the same ports.
  const pasvMin = 20_000 + Math.floor(Math.random() * 40_000);
  const server = new FtpSrv({
    url: `${options.tls === 'implicit' ? 'ftps' : 'ftp'}://127.0.0.1:0`,
    pasv_url: (options.pasvAddress === undefined ? '127.0.0.1' : options.pasvAddress === null ? null : () => options.pasvAddress) as never,
    pasv_min: pasvMin,
    pasv_max: pasvMin + 500,
    tls: options.tls ? options.identity : false,
    log: QUIET,
    greeting: undefined,
    // (the package's typing lists 'ls' and 'ep' inside the function type; both are accepted)
    file_format: (options.listing === 'manual' ? manualListing : 'ls') as never,
  });
  signals.forEach((s, i) => {
    for (const fn of process.listeners(s)) if (!before[i]!.includes(fn)) process.removeListener(s, fn);
  });
  server.on('login', ({ connection, username, password }, resolve, reject) => {
    if (users[username] === password) resolve({ fs: new SortedFileSystem(connection as FtpConnection, { root, cwd: '/' }) });
    else reject(new Error('Authentication failed'));
  });
  server.on('connect' as 'login', (({ connection }: { connection: Connection }) => {
    open.add(connection);
    const handle = connection.commands.handle.bind(connection.commands);
    connection.commands.handle = (command) => {
      if (typeof command !== 'string') return handle(command);
      commands.push(command.startsWith('PASS ') ? 'PASS ****' : command);
      return handle(options.authSsl && /^AUTH SSL$/i.test(command.trim()) ? 'AUTH TLS' : command);
    };
  }) as never);
  server.on('disconnect', ({ connection }) => open.delete(connection as unknown as Connection));
  server.on('client-error', () => undefined);
  await server.listen();
  const port = ((server as unknown as { server: { address(): { port: number } } }).server.address()).port;
  const at = (path: string) => join(root, path);
  return {
    port,
    root,
    commands,
    file: (path) => (existsSync(at(path)) ? readFileSync(at(path)) : undefined),
    put: (path, data, mtime) => {
      mkdirSync(dirname(at(path)), { recursive: true });
      writeFileSync(at(path), data);
      if (mtime) utimesSync(at(path), mtime, mtime);
    },
    mkdir: (path, mtime) => {
      mkdirSync(at(path), { recursive: true });
      if (mtime) utimesSync(at(path), mtime, mtime);
    },
    exists: (path) => existsSync(at(path)),
    connections: () => open.size,
    dropClients: () => {
      for (const c of open) c.commandSocket?.destroy();
    },
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
