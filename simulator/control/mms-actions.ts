// Control actions of the MMS service (chapter 24): what the mailbox of AT+CMMSSAVE holds (the
// manual has no command that reads it back), and the MMS being edited.

import { mailboxOf, MAILBOX_PLACES } from '../mms/mailbox.js';
import type { MmsMessage } from '../mms/message.js';
import type { ControlAction } from './action.js';

function summary(m: MmsMessage) {
  return {
    title: m.title,
    to: m.to,
    cc: m.cc,
    bcc: m.bcc,
    parts: m.parts.map((p) => ({ name: p.name, contentType: p.contentType, size: p.size, ...(p.data ? {} : { recorded: true }) })),
  };
}

export const mmsActions: readonly ControlAction[] = [
  {
    name: 'mms mailbox',
    summary: 'The MMS kept in the mailbox (AT+CMMSSAVE): place, <mmstype>, title, recipients, files',
    params: {},
    run: (modem) => {
      const box = mailboxOf(modem);
      const out = [];
      for (let i = 0; i < MAILBOX_PLACES; i++) {
        const e = box.get(i);
        if (e) out.push({ index: i, type: e.type, ...summary(e.message) });
      }
      return out;
    },
  },
  {
    name: 'mms status',
    summary: 'The MMS service: settings, edit mode and the MMS being edited, whether a send is under way',
    params: {},
    run: (modem) => {
      if (modem.power !== 'on') return { power: modem.power };
      const m = modem.state.mms;
      return {
        mmscUrl: m.mmscUrl,
        proto: m.proto,
        sendConfig: m.sendConfig,
        userAgent: m.userAgent,
        uaProfile: m.uaProfile,
        dataMode: m.dataMode,
        sendTimeoutMs: m.sendTimeoutMs,
        cid: m.cid,
        editing: m.edit.mode === 'editing' ? summary(m.edit.message) : false,
        sending: m.sending,
      };
    },
  },
];
