// SIM767XX §4.2.5 AT+CNBP Preferred band selection.
//
// <lte_mode>: 64-bit mask, bit n-1 for E-UTRA band n (bands 1-64); <lte_ext_mode>: 8-bit mask
// for bands 65-72. Read prints them as the manual's example does: "+CNBP: 0X000001E20A0818DF,0X02".
// Write takes hex ("0x..." / "0X...") or decimal; an omitted <lte_ext_mode> is left as it is; a
// selection with none of the module's bands (AT+CNBP=?) is refused with ERROR. AUTO_SAVE.
// Effect: a serving cell whose band is no longer selected is lost (+CEREG: 4 ...); selecting it
// again brings registration back. Applying the bands takes `timing.radioOnMs`.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK } from '../../core/result.js';
import { evaluate } from '../../network/radio.js';
import { bandAllowed, hex } from '../../network/signal.js';
import { parseArgs } from './args.js';

function parseMask(text: string, bits: number): bigint | undefined {
  let value: bigint;
  if (/^0x[0-9a-f]+$/i.test(text)) value = BigInt('0x' + text.slice(2));
  else if (/^\d+$/.test(text)) value = BigInt(text);
  else return undefined;
  return value < 1n << BigInt(bits) ? value : undefined;
}

export const cnbp: CommandHandler = {
  name: '+CNBP',
  argumentCheck: 'own',
  test: (ctx) => reply(OK, [`+CNBP: (${ctx.modem.profile.network.supportedBands.join(',')})`]),
  read: (ctx) => {
    const { lte, ext } = ctx.state.network.bands;
    return reply(OK, [`+CNBP: 0X${hex(Number(BigInt(lte) >> 32n), 8)}${hex(Number(BigInt(lte) & 0xffffffffn), 8)},0X${hex(ext, 2)}`]);
  },
  write: async (ctx) => {
    const parsed = parseArgs(ctx.argText, [
      { name: 'lte_mode', kind: 'raw' },
      { name: 'lte_ext_mode', kind: 'raw', optional: true },
    ]);
    if (!parsed.ok) return reply(ERROR);
    const lte = parseMask(String(parsed.values[0]), 64);
    const ext = parsed.values[1] === undefined ? ctx.state.network.bands.ext : parseMask(String(parsed.values[1]), 8);
    if (lte === undefined || ext === undefined) return reply(ERROR);
    const bands = { lte: '0x' + lte.toString(16).toUpperCase().padStart(16, '0'), ext: Number(ext) };
    if (!ctx.modem.profile.network.supportedBands.some((b) => bandAllowed(bands, b))) return reply(ERROR);
    await ctx.modem.clock.sleep(ctx.modem.profile.network.timing.radioOnMs);
    ctx.state.network.bands = bands;
    evaluate(ctx.state, ctx.modem, { cause: 'me' });
    return reply(OK);
  },
};
