// The common half of every target: framing, URC bookkeeping, settings tracking and recording
// over a byte stream. A concrete target supplies how bytes are written, how its clock runs and
// how to wait (`waitUntil`): on the in-process simulator waiting advances the manual clock;
// elsewhere it waits for bytes in real time.

import { ConformanceError } from '../errors.js';
import { newTranscript, type DataEntry, type Entry, type Transcript } from '../transcript/transcript.js';
import { parseResponse, splitLines, type SessionSettings } from './response-parser.js';
import { applyCommandLine, FACTORY_SETTINGS } from './settings-tracker.js';
import type { CommandOptions, Exchange, Target, TargetControl, TargetInfo } from './target.js';
import { urcPrefixes } from './urc-prefixes.js';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_QUIET_MS = 300;

export abstract class ByteTarget implements Target {
  abstract readonly info: TargetInfo;
  control?: TargetControl;
  settings: SessionSettings = { ...FACTORY_SETTINGS };
  /** Received and not yet consumed by a command (latin1). */
  private inbox = '';
  private chunkLog: Array<{ at: number; bytes: string }> = [];
  private urcs: string[] = [];
  private partialUrc = '';
  /** The raw text of what absorbIdle() moved to `urcs` since the last collect/drain/command. */
  private idleRaw = '';
  private readonly entries: Entry[] = [];
  private startedAt: number | undefined;
  private state: 'new' | 'open' | 'closed' = 'new';
  protected header: Record<string, string> = {};

  /** Writes bytes to the module. */
  protected abstract rawWrite(bytes: Buffer): Promise<void>;
  /** Resolves true as soon as `done()` holds, false when `timeoutMs` passed first. */
  protected abstract waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean>;
  protected abstract openTransport(): Promise<void>;
  protected abstract closeTransport(): Promise<void>;
  abstract now(): number;
  abstract sleep(ms: number): Promise<void>;

  async open(): Promise<void> {
    if (this.state === 'open') return;
    if (this.state === 'closed') throw new ConformanceError('TARGET_CLOSED', `${this.info.spec} was closed; make a new target`);
    await this.openTransport();
    this.state = 'open';
    this.startedAt = this.now();
  }

  async close(): Promise<void> {
    if (this.state !== 'open') {
      this.state = 'closed';
      return;
    }
    this.state = 'closed';
    await this.closeTransport();
  }

  private checkOpen(): void {
    if (this.state !== 'open') throw new ConformanceError('TARGET_CLOSED', `${this.info.spec} is not open (call open() first; a closed target cannot be reused)`);
  }

  private elapsed(): number {
    return (this.now() - (this.startedAt ?? this.now())) / 1000;
  }

  /** Subclasses call this with every chunk the module sends. */
  protected received(bytes: Buffer | string): void {
    const text = typeof bytes === 'string' ? bytes : bytes.toString('latin1');
    if (!text) return;
    this.inbox += text;
    this.chunkLog.push({ at: this.now(), bytes: text });
    this.entries.push({ kind: 'data', dir: '<', at: this.elapsed(), segments: [text] });
  }

  /** Subclasses call this for things worth a `!` line in the recording. */
  protected note(text: string): void {
    this.entries.push({ kind: 'event', at: this.elapsed(), text });
  }

  async write(bytes: string | Uint8Array): Promise<void> {
    this.checkOpen();
    const buf = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
    this.entries.push({ kind: 'data', dir: '>', at: this.elapsed(), segments: [buf.toString('latin1')] });
    await this.rawWrite(buf);
  }

  /** Moves complete idle lines from the inbox to the URC list. */
  private absorbIdle(): void {
    const { lines, rest } = splitLines(this.partialUrc + this.inbox);
    this.idleRaw += this.inbox;
    this.inbox = '';
    this.partialUrc = rest;
    for (const l of lines) if (l.trim() !== '') this.urcs.push(l);
  }

  async command(line: string, options: CommandOptions = {}): Promise<Exchange> {
    this.checkOpen();
    this.absorbIdle();
    // A partial URC line left over would confuse framing; it is the start of unsolicited text.
    const leftover = this.partialUrc;
    this.partialUrc = '';
    if (leftover.trim()) this.urcs.push(leftover);
    this.idleRaw = '';
    this.chunkLog = [];
    const sentAt = this.now();
    await this.write(line + '\r');
    return this.readResponse(line, sentAt, options, false);
  }

  async answerPrompt(exchange: Exchange, body: string | Buffer, options: CommandOptions = {}): Promise<Exchange> {
    this.checkOpen();
    await this.write(body);
    const typed = (typeof body === 'string' ? body : body.toString('latin1')).replace(/[\x1a\x1b]$/, '');
    const rest = await this.readResponse(exchange.command, exchange.sentAt, options, true, typed);
    return {
      ...rest,
      echo: exchange.echo,
      lines: [...exchange.lines, ...rest.lines],
      prompt: exchange.prompt,
      urcsBefore: exchange.urcsBefore,
      raw: exchange.raw + rest.raw,
      chunks: [...exchange.chunks, ...rest.chunks],
      firstByteMs: exchange.firstByteMs,
    };
  }

  private async readResponse(line: string, sentAt: number, options: CommandOptions, afterPrompt: boolean, inputEcho?: string): Promise<Exchange> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const prefixes = urcPrefixes();
    // The echo follows the settings before the line runs; its result code those after it (ATV0
    // answers "0<CR>").
    const after = applyCommandLine(this.settings, line);
    const framing = { echo: this.settings.echo, verbose: after.verbose, quiet: after.quiet };
    // A line that leaves ATV0 (ATV1, AT&F, ATZ) may answer in either format.
    const numericFinals = !this.settings.verbose;
    const parse = () => parseResponse(this.inbox, line, framing, { urcPrefixes: prefixes, afterPrompt, numericFinals, ...(inputEcho !== undefined ? { inputEcho } : {}) });
    const expectFinal = !after.quiet;
    let parsed = parse();
    if (expectFinal) {
      await this.waitUntil(() => {
        parsed = parse();
        return parsed.complete || parsed.prompt !== undefined;
      }, timeoutMs);
      parsed = parse();
      if (parsed.prompt !== undefined && options.body !== undefined && !afterPrompt) {
        const first = this.consume(line, sentAt, parsed.end, parsed, false);
        return this.answerPrompt(first, options.body, options);
      }
    } else {
      await this.waitUntil(() => false, options.quietMs ?? DEFAULT_QUIET_MS);
      parsed = parse();
      parsed = { ...parsed, end: this.inbox.length };
    }
    const timedOut = expectFinal && !parsed.complete && parsed.prompt === undefined;
    const end = parsed.complete || parsed.prompt !== undefined || !expectFinal ? parsed.end || this.inbox.length : this.inbox.length;
    const exchange = this.consume(line, sentAt, end, parsed, timedOut);
    if (exchange.finalKind === 'ok' || (!expectFinal && !timedOut)) this.settings = applyCommandLine(this.settings, line);
    return exchange;
  }

  private consume(line: string, sentAt: number, end: number, parsed: ReturnType<typeof parseResponse>, timedOut: boolean): Exchange {
    const start = parsed.complete || parsed.prompt !== undefined ? Math.min(parsed.start, end) : 0;
    const raw = this.inbox.slice(start, end);
    this.inbox = this.inbox.slice(end);
    let lines = parsed.lines;
    if (!parsed.complete && parsed.prompt === undefined) {
      // Quiet mode or a timeout: whatever complete lines came are the information text.
      const split = splitLines(raw);
      lines = split.lines.filter((l) => l.trim() !== '' && l !== line);
    }
    const chunks: Exchange['chunks'] = [];
    let skip = start;
    let budget = raw.length;
    for (const c of this.chunkLog) {
      if (budget <= 0) break;
      const bytes = c.bytes.slice(Math.min(skip, c.bytes.length));
      skip = Math.max(0, skip - c.bytes.length);
      if (!bytes) continue;
      const piece = bytes.slice(0, budget);
      chunks.push({ atMs: c.at - sentAt, bytes: piece });
      budget -= piece.length;
    }
    // Chunks partly consumed stay for the next reader.
    this.chunkLog = [];
    const exchange: Exchange = {
      command: line,
      lines,
      urcsBefore: parsed.before,
      raw,
      chunks,
      sentAt,
      timedOut,
    };
    if (parsed.echo !== undefined) exchange.echo = parsed.echo;
    if (parsed.final !== undefined) exchange.final = parsed.final;
    if (parsed.finalKind !== undefined) exchange.finalKind = parsed.finalKind;
    if (parsed.prompt !== undefined) exchange.prompt = parsed.prompt;
    if (chunks.length > 0) exchange.firstByteMs = chunks[0]!.atMs;
    if (parsed.complete && chunks.length > 0) exchange.finalMs = chunks[chunks.length - 1]!.atMs;
    return exchange;
  }

  async awaitUrc(match: RegExp, timeoutMs: number): Promise<string | undefined> {
    this.checkOpen();
    const find = () => {
      this.absorbIdle();
      const i = this.urcs.findIndex((u) => match.test(u));
      return i;
    };
    let idx = find();
    if (idx < 0) {
      await this.waitUntil(() => {
        idx = find();
        return idx >= 0;
      }, timeoutMs);
      idx = find();
    }
    if (idx < 0) return undefined;
    const [line] = this.urcs.splice(idx, 1);
    return line;
  }

  takeUrcs(): string[] {
    this.absorbIdle();
    const out = this.urcs;
    this.urcs = [];
    return out;
  }

  async drain(quietMs = DEFAULT_QUIET_MS): Promise<string> {
    this.checkOpen();
    await this.waitUntil(() => false, quietMs);
    const out = this.idleRaw + this.inbox;
    this.urcs = [];
    this.partialUrc = '';
    this.idleRaw = '';
    this.inbox = '';
    return out;
  }

  async collect(done: (text: string) => boolean, timeoutMs: number): Promise<string> {
    this.checkOpen();
    const pending = () => this.idleRaw + this.inbox;
    await this.waitUntil(() => done(pending()), timeoutMs);
    const out = pending();
    this.urcs = [];
    this.partialUrc = '';
    this.idleRaw = '';
    this.inbox = '';
    return out;
  }

  transcript(): Transcript {
    const t = newTranscript({ source: `modem-conformance target ${this.info.spec}`, profile: this.info.profile, ...this.header });
    t.entries = this.entries.map((e) => (e.kind === 'data' ? ({ ...e, segments: [...e.segments] } as DataEntry) : { ...e }));
    return t;
  }
}
