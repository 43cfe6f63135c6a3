import { describe, expect, it } from 'vitest';
import { AttachmentKey, Attachments } from './attachments.js';

describe('Attachments', () => {
  it('keeps values by key identity, typed by the key', () => {
    const a = new Attachments();
    const COUNT = new AttachmentKey<number>('count');
    const OTHER = new AttachmentKey<number>('count');
    expect(a.get(COUNT)).toBeUndefined();
    a.set(COUNT, 3);
    const n: number | undefined = a.get(COUNT);
    expect(n).toBe(3);
    expect(a.get(OTHER)).toBeUndefined();
  });

  it('creates a value once', () => {
    const a = new Attachments();
    const LIST = new AttachmentKey<string[]>('list');
    let made = 0;
    const first = a.getOrCreate(LIST, () => (made++, ['x']));
    expect(a.getOrCreate(LIST, () => (made++, ['y']))).toBe(first);
    expect(made).toBe(1);
  });
});
