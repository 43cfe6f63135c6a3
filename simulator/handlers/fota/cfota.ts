// SIM767XX §18.2.1 AT+CFOTA Start FOTA service, with the indication of §18.3.
//
//   AT+CFOTA=<channel>,<mode>,<destination_ip/url>,<username>,<password>
//     OK, then
//     +CFOTA: FOTA,START
//     +CFOTA: DOWNLOADING:<percent>    0 when the package starts arriving, then as it grows
//     +CFOTA: 100                      verified and installed: "it will restart in 8s" (§18.3)
//     or +CFOTA: ERROR                 the download failed or the package was refused
//   ERROR at once: a URL that is not "http://", "https://" (<mode> 1) or "ftp://" (<mode> 0), an
//   FTP URL longer than 128 bytes ("FTP url have a maximum length of 128").
//   +CME ERROR: 529 "During FOTA updating": a FOTA download or update is already under way.
//
// The response section prints "OK" then "+CFOTA: <err>" (<err> 100 on success, per §18.3) or
// "+CFOTA: ERROR"; the §18.2.1 example shows the indications without the OK: the response
// section is followed here. The package is this simulator's (simulator/fota/package.ts): for the
// module's model, for the revision it runs (or any), whole. The download (simulator/fota/
// download.ts) rides PDP context 1; <channel> (0-5, "the channel number") selects nothing the
// manual describes further and is only logged. Percentages are floor(received x 100 / total),
// printed when they grow; without a total (no Content-Length, no FTP SIZE) 0 and 100 only.

import { reply, type CommandHandler } from '../../core/handler.js';
import { ERROR, OK, cme } from '../../core/result.js';
import { downloadPackage } from '../../fota/download.js';
import { checkPackage } from '../../fota/package.js';
import { install, MAX_PACKAGE_BYTES } from '../../fota/update.js';
import { fotaBusy, DURING_FOTA } from './common.js';

/** Bound on the whole download (the manual gives no response time). */
const DOWNLOAD_TIMEOUT_MS = 600_000;

function parseUrl(text: string, mode: number): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const schemes = mode === 0 ? ['ftp:'] : ['http:', 'https:'];
  if (!schemes.includes(url.protocol) || url.hostname === '') return undefined;
  if (mode === 0 && Buffer.byteLength(text) > 128) return undefined;
  return url;
}

export const cfota: CommandHandler = {
  name: '+CFOTA',
  write: (ctx) => {
    if (fotaBusy(ctx.state)) return reply(cme(DURING_FOTA));
    const mode = Number(ctx.arg('mode'));
    const text = String(ctx.arg('destination_ip/url'));
    const url = parseUrl(text, mode);
    if (!url) {
      ctx.modem.log(`+CFOTA: "${text}" is no ${mode === 0 ? 'ftp://' : 'http(s)://'} URL`);
      return reply(ERROR);
    }
    const { state, modem: services } = ctx;
    state.fota.job = { status: 'downloading', url: text };
    services.log(`fota: channel ${String(ctx.arg('channel'))}, ${mode === 0 ? 'FTP' : 'HTTP'} download of ${text}`);
    const cycle = () => services.instance.state === state && services.instance.ready;
    const run = async () => {
      services.urc('+CFOTA: FOTA,START');
      let reported = -1;
      const report = (percent: number) => {
        if (percent <= reported || !cycle()) return;
        reported = percent;
        services.urc(`+CFOTA: DOWNLOADING:${percent}`);
      };
      try {
        const bytes = await downloadPackage({
          services,
          state,
          url,
          username: String(ctx.arg('username') ?? ''),
          password: String(ctx.arg('password') ?? ''),
          timeoutMs: DOWNLOAD_TIMEOUT_MS,
          maxBytes: MAX_PACKAGE_BYTES,
          progress: (received, total) => report(total ? Math.floor((received * 100) / total) : 0),
        });
        if (!cycle()) return;
        report(100);
        const checked = checkPackage(bytes, state.identity);
        if (!checked.ok) throw new Error(`package refused (${checked.fault}): ${checked.detail}`);
        install(services, state, checked.header);
      } catch (e) {
        if (!cycle()) return;
        services.log(`fota: ${(e as Error).message}`);
        state.fota.job = { status: 'idle' };
        services.urc('+CFOTA: ERROR');
      }
    };
    return reply(OK, [], [{ type: 'task', run }]);
  },
};
