// Shared by the chapter 6 (and §3.2.5-3.2.6) handlers that take SIM passwords: reading a
// password argument, and turning the card's answer (a status word) into the module's result.
//
// Passwords are written quoted in 27.007, but the manual's own §6.2.2 example enters the PIN
// unquoted (AT+CPIN=1234), as real firmware accepts; both are taken. A password that is not 4-8
// digits (TS 102 221 §9.5.1) is refused by the module without trying it on the card, so it
// costs no try: +CME ERROR: incorrect password.

import { splitArguments } from '../../spec/arguments.js';
import { cme, CME, OK, type Final } from '../../core/result.js';
import { SW, validPinFormat } from '../../state/sim-apdu.js';

/** The arguments as strings (quotes removed), or undefined when the text is malformed. */
export function passwordArgs(argText: string): Array<string | undefined> | undefined {
  const split = splitArguments(argText);
  if (!split.ok) return undefined;
  return split.tokens.map((t) => t?.text);
}

export function badPassword(value: string | undefined): boolean {
  return value === undefined || !validPinFormat(value);
}

/** The result of a PIN operation on the card: OK, or incorrect password (tries counted down). */
export function pinResult(sw: number): Final {
  if (sw === SW.OK) return OK;
  if ((sw & 0xfff0) === 0x63c0) return cme(CME.INCORRECT_PASSWORD);
  if (sw === SW.AUTH_BLOCKED) return cme(CME.SIM_PUK_REQUIRED);
  return cme(CME.UNKNOWN);
}
