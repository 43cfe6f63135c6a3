// Sending an SMS-SUBMIT (27.005 §3.5.1 +CMGS, §3.5.2 +CMSS; manual §7.2.12-7.2.13, §7.2.19-20):
// the checks a real module makes before the radio (SIM, registration, a service centre), the
// TP-MR it assigns (one per SUBMIT, wrapping at 255, kept on the SIM), and the network's
// answer after its response time.

import type { CommandContext } from '../core/handler.js';
import { cms, CMS, type Final } from '../core/result.js';
import { registeredForService } from '../state/network.js';
import { parseAddressText, type Address } from './codec/address.js';
import type { SubmitTpdu } from './codec/tpdu.js';
import { smsLink } from './network.js';
import { smsProfile } from './profile.js';
import { smsSimError } from './sim-errors.js';

export type SendResult = { ok: true; mr: number } | { ok: false; final: Final };

/** Checks that do not depend on the message: SIM and network. */
export function sendPreconditions(ctx: CommandContext): Final | undefined {
  const sim = smsSimError(ctx.state.sim);
  if (sim) return sim;
  if (!registeredForService(ctx.state.network)) return cms(CMS.NO_NETWORK_SERVICE);
  return undefined;
}

/** Sends through `sca` (the PDU's own) or +CSCA; assigns the TP-MR. */
export async function sendSubmit(ctx: CommandContext, submit: SubmitTpdu, sca?: Address): Promise<SendResult> {
  const pre = sendPreconditions(ctx);
  if (pre) return { ok: false, final: pre };
  const sms = ctx.state.sms;
  const centre = sca ?? (sms.sca.number ? parseAddressText(sms.sca.number, sms.sca.toa) : undefined);
  if (!centre) return { ok: false, final: cms(CMS.SMSC_UNKNOWN) };
  const mr = sms.nextMr;
  sms.nextMr = (mr + 1) & 0xff;
  ctx.modem.persist();
  const modem = ctx.modem.instance;
  const outcome = await smsLink(modem).network.submit(modem, centre, { ...submit, mr }, smsProfile(ctx.modem.profile).submitDelayMs);
  if (!outcome.ok) return { ok: false, final: cms(outcome.cms) };
  return { ok: true, mr };
}
