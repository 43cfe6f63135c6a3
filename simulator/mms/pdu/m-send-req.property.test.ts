// Property: whatever MMS is edited (any title, recipients, files of any size and content, any
// AT+CMMSSENDCFG), the M-Send.req the module writes decodes — with the tests' own decoder
// (simulator/mms/testing/mms-decoder.ts) — to exactly that MMS; and the module reads back any
// M-Send.conf the test MMSC writes.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeSendRequest } from '../compose.js';
import { pduAddress, type MmsMessage, type MmsPart } from '../message.js';
import { decodeSendReq, encodeSendConf } from '../testing/mms-decoder.js';
import { decodeSendConf } from './m-send-conf.js';
import { encodeSendRequest } from './m-send-req.js';
import type { MmsSendConfig } from '../../state/mms.js';

const phone = fc.tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,39}$/)).map(([plus, digits]) => (plus ? `+${digits}` : digits));
const email = fc.tuple(fc.stringMatching(/^[a-z0-9.]{1,20}$/), fc.stringMatching(/^[a-z]{1,10}$/)).map(([u, d]) => `${u}@${d}.com`);
const address = fc.oneof(phone, email);
const part: fc.Arbitrary<MmsPart> = fc
  .record({
    kind: fc.constantFrom<MmsPart['kind']>('PIC', 'TEXT', 'AUDIO', 'ATTACH'),
    name: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}\.(jpg|txt|amr|bin)$/),
    contentType: fc.constantFrom('image/jpeg', 'image/png', 'text/plain', 'audio/amr', 'application/octet-stream', 'video/3gpp'),
    data: fc.uint8Array({ maxLength: 3000 }).map((a) => Buffer.from(a)),
  })
  .map((p) => ({ ...p, size: p.data.length }));
const message: fc.Arbitrary<MmsMessage> = fc.record(
  {
    title: fc.string({ maxLength: 40, unit: 'grapheme' }).filter((t) => !t.includes('\0')),
    parts: fc.array(part, { maxLength: 5 }),
    to: fc.uniqueArray(address, { maxLength: 5 }),
    cc: fc.uniqueArray(address, { maxLength: 5 }),
    bcc: fc.uniqueArray(address, { maxLength: 5 }),
  },
  { requiredKeys: ['parts', 'to', 'cc', 'bcc'] },
);
const config: fc.Arbitrary<MmsSendConfig> = fc.record({
  valid: fc.integer({ min: 0, max: 6 }),
  priority: fc.integer({ min: 0, max: 3 }),
  sendReport: fc.integer({ min: 0, max: 1 }),
  readReport: fc.integer({ min: 0, max: 1 }),
  visible: fc.integer({ min: 0, max: 2 }),
  messageClass: fc.integer({ min: 0, max: 4 }),
});

describe('M-Send.req', () => {
  it('decodes to the MMS it was written from', () => {
    fc.assert(
      fc.property(message, config, fc.stringMatching(/^T[0-9a-f]{1,20}$/), (m, c, tid) => {
        const pdu = encodeSendRequest(composeSendRequest({ transactionId: tid, message: m, config: c }));
        const d = decodeSendReq(pdu);
        expect(d.messageType).toBe(0x80);
        expect(d.transactionId).toBe(tid);
        expect(d.version).toBe('1.2');
        expect(d.from).toBe('insert-address');
        expect(d.to).toEqual(m.to.map(pduAddress));
        expect(d.cc).toEqual(m.cc.map(pduAddress));
        expect(d.bcc).toEqual(m.bcc.map(pduAddress));
        expect(d.subject).toBe(m.title);
        expect(d.priority).toBe([ 'Low', 'Normal', 'High', undefined ][c.priority]);
        expect(d.messageClass).toBe(['Personal', 'Advertisement', 'Informational', 'Auto', undefined][c.messageClass]);
        expect(d.senderVisibility).toBe(['Hide', 'Show', undefined][c.visible]);
        expect(d.deliveryReport).toBe(c.sendReport ? 'Yes' : 'No');
        expect(d.readReport).toBe(c.readReport ? 'Yes' : 'No');
        expect(d.expiry?.seconds).toBe([3600, 43200, 86400, 172800, 604800, 0xffffffff, undefined][c.valid]);
        expect(d.contentType.type).toBe('application/vnd.wap.multipart.related');
        const files = d.parts.slice(1);
        expect(d.parts[0]!.contentType.type).toBe('application/smil');
        expect(files.map((p) => p.contentType.type)).toEqual(m.parts.map((p) => p.contentType));
        expect(files.map((p) => p.data)).toEqual(m.parts.map((p) => p.data));
        expect(new Set(files.map((p) => p.contentLocation)).size).toBe(files.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('M-Send.conf', () => {
  it('is read back: transaction, status, message ID', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,30}$/), fc.integer({ min: 0x80, max: 0xff }), fc.option(fc.stringMatching(/^[!-~]{1,30}$/), { nil: undefined }), (tid, status, id) => {
        const r = decodeSendConf(encodeSendConf({ transactionId: tid, status, ...(id ? { messageId: id } : {}) }));
        expect(r).toEqual({ ok: true, conf: { transactionId: tid, status, ...(id ? { messageId: id } : {}) } });
      }),
    );
  });

  it('refuses what is not one', () => {
    expect(decodeSendConf(Buffer.from('<html>')).ok).toBe(false);
    expect(decodeSendConf(encodeSendConf({ transactionId: 'T1', messageType: 0x80 })).ok).toBe(false);
    expect(decodeSendConf(Buffer.from([0x8c, 0x81, 0x98, 0x41])).ok).toBe(false);
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => void decodeSendConf(Buffer.from(bytes))));
  });
});
