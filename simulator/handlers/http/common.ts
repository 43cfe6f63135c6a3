// What the chapter 14 handlers share: the started service, the refusal (a plain ERROR: "If
// parameter format is not right or other errors occur: ERROR", with why in the session log), and
// what a request needs from the service's parameters.

import { reply, type CommandContext, type Reply } from '../../core/handler.js';
import { ERROR } from '../../core/result.js';
import { fail, resolvePath, ROOT_C, type FsPath, type FsResult } from '../../fs/index.js';
import { parseModuleUrl, type ModuleUrl } from '../../http/url.js';
import { startedService, type StartedService } from '../../state/http.js';

/** ERROR, with the reason in the session log. */
export function refused(ctx: CommandContext, why: string): Reply {
  ctx.modem.log(`${ctx.name}: ${why}`);
  return reply(ERROR);
}

/** The started service, or why the command is refused ("You must execute AT+HTTPINIT before any other HTTP related operations", §14.2.1). */
export function serviceOf(ctx: CommandContext): StartedService | string {
  const service = startedService(ctx.state);
  return service ?? 'the HTTP service is not started (AT+HTTPINIT)';
}

/** The service's URL, parsed, or why there is none to use. */
export function urlOf(service: StartedService): ModuleUrl | string {
  if (service.params.url === undefined) return 'no URL set (AT+HTTPPARA="URL",...)';
  const parsed = parseModuleUrl(service.params.url);
  return parsed.ok ? parsed.url : parsed.reason;
}

/** Whether the module that started a command is still the one running (no power cycle since). */
export function sameCycle(ctx: CommandContext): boolean {
  return ctx.modem.instance.state === ctx.state && ctx.modem.instance.power === 'on';
}

/**
 * The file <filename> names in the directory of <path> 1, "C:/ (local storage)" (§14.2.8,
 * §14.2.9): a name, or a path below C:/; a path to another drive is not in that directory.
 */
export function fileIn(name: string): FsResult<FsPath> {
  const path = resolvePath(name, ROOT_C);
  if (!path.ok) return path;
  return path.value.drive === 'C' ? path : fail('INVALID_PATH_NAME', `${name} is not on C:/`);
}
