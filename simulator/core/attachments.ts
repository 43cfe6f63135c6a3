// Per-instance runtime objects of subsystems, kept by a Modem (`modem.attachments`): what is
// neither state nor configuration — the SMS network link, the radio world around the module —
// and lives as long as the Modem, across power cycles.
//
// A value is found by a typed key, so reading it needs no cast:
//
//     const WORLD = new AttachmentKey<NetworkWorld>('network.world');
//     const world = modem.attachments.getOrCreate(WORLD, () => freshWorld());
//
// A key is an immutable token compared by identity (its name is for logs and errors): two
// subsystems cannot collide on a name, and each Modem has its own values.

export class AttachmentKey<T> {
  /** Never set: ties the key to its value type. */
  declare readonly valueType: T;

  constructor(readonly name: string) {}
}

export class Attachments {
  private readonly values = new Map<AttachmentKey<unknown>, unknown>();

  /** The value kept under `key`, or undefined. */
  get<T>(key: AttachmentKey<T>): T | undefined {
    return this.values.get(key) as T | undefined;
  }

  /** Keeps `value` under `key`, replacing what was there. */
  set<T>(key: AttachmentKey<T>, value: T): void {
    this.values.set(key, value);
  }

  /** The value kept under `key`, made by `create` (and kept) on first use. */
  getOrCreate<T>(key: AttachmentKey<T>, create: () => T): T {
    if (this.values.has(key)) return this.values.get(key) as T;
    const value = create();
    this.values.set(key, value);
    return value;
  }
}
