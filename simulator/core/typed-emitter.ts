// A typed facade over EventEmitter: events and their listener signatures come from an event
// map, so `on('tx', ...)` is checked at compile time (house style 7).

import { EventEmitter } from 'node:events';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

export class TypedEmitter<E extends { [K in keyof E]: Listener }> {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  on<K extends keyof E & string>(event: K, listener: E[K]): this {
    this.emitter.on(event, listener as Listener);
    return this;
  }

  once<K extends keyof E & string>(event: K, listener: E[K]): this {
    this.emitter.once(event, listener as Listener);
    return this;
  }

  off<K extends keyof E & string>(event: K, listener: E[K]): this {
    this.emitter.off(event, listener as Listener);
    return this;
  }

  emit<K extends keyof E & string>(event: K, ...args: Parameters<E[K]>): void {
    this.emitter.emit(event, ...args);
  }

  listenerCount<K extends keyof E & string>(event: K): number {
    return this.emitter.listenerCount(event);
  }
}
