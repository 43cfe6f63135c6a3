// Generic text cleaning for the OCR'd manual: page footers, the HTML the PDF converter produced
// from the manual's <param> names, entities, markdown noise and Cyrillic look-alike letters.
// Manual-specific one-off repairs live in corrections.ts; this module only holds rules that
// apply everywhere.

/** A page footer line: `www.simcom.com 37 /424`, `37 /424 www.simcom.com`, or a lone `www.simcom.com`. */
const FOOTER_LINE = [
  /^\s*www\.simcom\.com(?:\s+\d+\s*\/\s*\d+)?\s*$/,
  /^\s*\d+\s*\/\s*\d+\s+www\.simcom\.com\s*$/,
];
/** A footer glued to the end of a text line (p.323: `... and after www.simcom.com 323 /424`). */
const FOOTER_SUFFIX = /\s*www\.simcom\.com\s+\d+\s*\/\s*\d+\s*$/;

export function isFooterLine(line: string): boolean {
  return FOOTER_LINE.some((re) => re.test(line));
}

/**
 * Removes page footers. Footer lines become empty lines (so line numbers of the rest stay
 * meaningful for the report); a footer glued to a text line is cut off that line.
 */
export function removeFooters(lines: string[]): string[] {
  return lines.map((line) => {
    if (isFooterLine(line)) return '';
    return line.replace(FOOTER_SUFFIX, '');
  });
}

/** Cyrillic letters the OCR produced for Latin look-alikes (`ОК` for `OK`, `НТТР` for `HTTP`). */
const CYRILLIC_TO_LATIN: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y',
  І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', к: 'k', і: 'i', ј: 'j', ѕ: 's',
};
const CYRILLIC_RE = new RegExp(`[${Object.keys(CYRILLIC_TO_LATIN).join('')}]`, 'g');

/**
 * Normalises Cyrillic look-alikes to Latin. The manual is English only; every Cyrillic letter in
 * it is an OCR confusion (`ОК`, `ок`, `НТТР`, `profilе`). A line that then reads `ok` is the
 * result code `OK` (the OCR also lowered its case).
 */
export function normalizeCyrillic(text: string): string {
  const latin = text.replace(CYRILLIC_RE, (c) => CYRILLIC_TO_LATIN[c] ?? c);
  return latin.replace(/(^|\n)([ \t]*)ok([ \t]*)(?=\n|$)/g, '$1$2OK$3');
}

export function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

/**
 * Multi-word parameter names whose words the converter turned into HTML attributes, which it
 * sorted alphabetically (`<absolute rf ch num>` came out as `<absolute ch="" num="" rf="">`).
 * Key: tag name and attributes as printed, space separated; value: the name as the manual has it.
 * Single-attribute tags not listed here are rebuilt by rebuildAttributeTag's generic rule.
 */
export const SORTED_ATTRIBUTE_NAMES: Record<string, string> = {
  'save flash to': 'save to flash',
  'absolute ch num rf': 'absolute rf ch num',
  'track adjust lo': 'track lo adjust',
  'ipsec (spi) index parameter security': 'ipsec security parameter index (spi)',
  'type (ipv6)and (tos)(ipv4)and class mask of service traffic':
    'type of service (tos)(ipv4)and mask / traffic class (ipv6)and mask',
  'source address and mask subnet': 'source address and subnet mask',
  'evaluation index precedence': 'evaluation precedence index',
  'flow (ipv6) label': 'flow label (ipv6)',
  'dns code error': 'dns error code',
  'input data length specified with': 'input data with specified length',
  'topic len total': 'topic_total_len',
  'i ow voltage': 'low voltage',
  'i evel': 'level',
  'dc ss': 'dcss',
  'use_tickets flag': 'use_tickets_flag',
  'local_addr and subnet_mask': 'local_addr_and_subnet_mask',
  // AT+CFOTA: the syntax prints <destination_IP/URL>, Defined Values <destination_IP:port/URL>.
  'destination_ip url': 'destination_ip/url',
  'destination_ip:port url': 'destination_ip/url',
};

/**
 * Real multi-word names (the words are separated by a space or `/` in the manual). Everything
 * else written as `<word attr="">` is a name the OCR split at a line wrap (`<client_in dex="">`).
 */
export const MULTI_WORD_NAMES: ReadonlySet<string> = new Set([
  'on off', 'low voltage', 'high voltage', 'n s', 'e w', 'ip address', 'ctrl-z esc', 'utc time',
  'system mode', 'operation mode', 'domain name', 'cell id', 'frequency band', 'input data here',
  'input data', 'packet filter identifier', 'destination port range', 'source port range',
  'error code', 'display mode', 'data length', 'link num', 'numeric code', 'file size', 'ec io',
  'galileo -svs', 'verbose code', 'save to flash', 'evaluation precedence index',
  'source address and subnet mask', 'ipsec security parameter index (spi)', 'flow label (ipv6)',
  'protocol number (ipv4)/ next header (ipv6)', 'type of service (tos)(ipv4)and mask / traffic class (ipv6)and mask',
  'mac addr', 'subject character',
]);

/** Lower-cased names seen as plain `<name>` tags somewhere in the manual (filled by the caller). */
export const knownNames = new Set<string>();

/** `<name a="" b="">` (or `/>`): rebuild the name the converter broke into attributes. */
export function rebuildAttributeTag(tagName: string, attrs: string[]): string {
  const key = [tagName, ...attrs].join(' ').toLowerCase();
  const sorted = SORTED_ATTRIBUTE_NAMES[key];
  if (sorted) return sorted;
  if (MULTI_WORD_NAMES.has(key)) return key;
  const joined = [tagName, ...attrs].join('').toLowerCase();
  if (attrs.length === 1) {
    // A word split at a line wrap: `<client_in dex="">`, `<pdp _type="">`, `<s sl_ctx_index="">`.
    if (knownNames.has(joined)) return joined;
    const a = attrs[0] ?? '';
    if (/[_-]$/.test(tagName) || /^[_-]/.test(a)) return joined;
    if (/_/.test(tagName + a)) return joined;
  }
  return key;
}

const FORMATTING_TAGS = ['b', 'ul', 'ol', 'pre', 'del', 'td', 'th', 'tr', 'br', 'strong', 'em', 'sup', 'sub', 'span', 'i'];

export interface RepairOptions {
  /** Keep `<u>`/`</u>` (underline = default value) for the Defined Values parser. */
  keepUnderline?: boolean;
  /** Closing tags of these elements are real content (HTML payload in examples). */
  keepHtml?: Set<string>;
}

const EXAMPLE_HTML = new Set(['title', 'head', 'html', 'body', 'style', 'script', 'meta', 'link', 'a', 'div', 'p', 'span']);
export const EXAMPLE_HTML_ELEMENTS: ReadonlySet<string> = EXAMPLE_HTML;

/**
 * Repairs the HTML the converter made of `<param>` names:
 *  - table-cell junk `<pas< td=""><td>Response 1)</td></pas<>` (a cell ending inside a name),
 *  - names the converter took for tags with attributes (`<pdp _type="">`, `<on off="">`),
 *  - self-closing names (`<command/>`), closing tags appended to the line (`<mem1></mem1>`,
 *    `+CPMS: <used1>,<total1></total1></used1>`),
 *  - names swallowed by formatting tags (`<li>k_num&gt;</li>` = `<link_num>`,
 *    `<cli>ent_index&gt;</cli>` = `<client_index>`),
 *  - formatting tags `<b>`, `<ul><li>`, `<ol>`, `<pre>`; entities `&lt;`/`&gt;`.
 */
export function repairTags(input: string, opts: RepairOptions = {}): string {
  let s = input;
  // Cell junk: the converter closed a half name at a cell boundary.
  s = s.replace(/<\s*(td|th|pre)=""\s*>(?:<(td|th)>[\s\S]*?<\/\2>)?/g, '');
  s = s.replace(/<\/[^<>\s]*<>/g, '');
  // A closing tag cut off by the cell end: `[,<inte</num_pings <TAB>OK`.
  s = s.replace(/<\/[^<>\t\n]*(?=\t|\n|$)/g, '');
  // Names swallowed by <li>/<cli>/<pre> (the converter read `<li` of `<link_num>` as a tag).
  const li = '(?:<li>)+';
  const endLi = '(?:</li>)*';
  const endCli = '(?:</cli>)*';
  s = s.replace(new RegExp(`${li}(?:li)?nk_num&gt;${endLi}`, 'g'), '<link_num>');
  s = s.replace(new RegExp(`${li}k_num&gt;${endLi}`, 'g'), '<link_num>');
  s = s.replace(new RegExp(`${li}link_num&gt;${endLi}`, 'g'), '<link_num>');
  s = s.replace(new RegExp(`${li}link0_state&gt;${endLi}`, 'g'), '<link0_state>');
  s = s.replace(new RegExp(`${li}kX_state&gt;${endLi}`, 'g'), '<linkX_state>');
  s = s.replace(new RegExp(`${li}st of (files|subdirectories)&gt;${endLi}`, 'g'), '<list of $1>');
  s = s.replace(new RegExp(`${li}subdirectories&gt;${endLi}`, 'g'), '<list of subdirectories>');
  s = s.replace(new RegExp(`(?:<cli>)+(?:client_|ent_)?index&gt;${endCli}`, 'g'), '<client_index>');
  s = s.replace(new RegExp(`(?:<cli>)+clientID&gt;${endCli}`, 'g'), '<clientid>');
  s = s.replace(/<pre>\s*(?:&lt;)?\s*poweroff_mode\s*&gt;/g, '<poweroff_mode>');
  s = s.replace(/<pre>rofil\s?e&gt;/g, '<profile>');
  s = decodeEntities(s);
  // Names with attributes: `<pdp _type="">`, `<absolute ch="" num="" rf="">`, `<track adjust="" lo=""/>`.
  s = s.replace(/<([A-Za-z_][^<>\s="]*)((?:\s+[^<>\s="]+="")+)\s*\/?>/g, (_m, name: string, attrs: string) => {
    const parts = attrs.trim().split(/=""\s*/).filter((p) => p.length > 0);
    return `<${rebuildAttributeTag(name, parts)}>`;
  });
  // `<type of="" service<br="">(tos)...` and similar tags broken by a line break inside the name.
  s = s.replace(/<([a-z]+) of="" service<br="">/g, '<$1 of service ');
  // Self-closing names: `<command/>`.
  s = s.replace(/<([A-Za-z_][\w -]*)\/>/g, '<$1>');
  // `< poweroff_mode >`, `< URC_time >`: spaces inside a name.
  s = s.replace(/< +([A-Za-z_][\w-]*) *>/g, '<$1>');
  s = s.replace(/<([A-Za-z_][\w-]*) +>/g, '<$1>');
  // Formatting tags; links the converter made of text like "1" (`<a href="tel:1">1</a>`).
  if (!opts.keepHtml?.has('a')) s = s.replace(/<a\s[^<>]*>/g, '');
  s = s.replace(/<\/?li>/g, '\n');
  for (const t of FORMATTING_TAGS) s = s.replace(new RegExp(`</?${t}>`, 'g'), '');
  if (!opts.keepUnderline) s = s.replace(/<\/?u>/g, '');
  // Closing tags: artifacts of the converter, except real HTML in example payloads.
  s = s.replace(/<\/([^<>]*)>/g, (m, name: string) => {
    const n = name.trim().toLowerCase();
    if (n === 'u' && opts.keepUnderline) return m;
    if (opts.keepHtml?.has(n)) return m;
    return '';
  });
  return s;
}

/** Markdown noise: `**bold**`, escapes `\_`, `\*`, `\$`, code fences, leading `#` markers. */
export function stripMarkdown(line: string): string {
  let s = line.replace(/\*\*/g, '');
  s = s.replace(/\\([_*$\[\]#&<>\\`~|{}()!.-])/g, '$1');
  s = s.replace(/^\s*```\w*\s*$/, '');
  s = s.replace(/^\s*#{1,6}\s+/, '');
  return s;
}

/**
 * Full clean of a piece of prose or a response line: tags, entities, markdown, Cyrillic,
 * whitespace. Tabs become single spaces.
 */
export function cleanText(text: string, opts: RepairOptions = {}): string {
  let s = repairTags(text, opts);
  s = s
    .split('\n')
    .map((l) => stripMarkdown(l))
    .join('\n');
  s = normalizeCyrillic(s);
  s = s.replace(/\t+/g, ' ').replace(/[ \u00a0]{2,}/g, ' ');
  return s
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

/** A one-line clean: like cleanText but any line breaks become spaces. */
export function cleanInline(text: string, opts: RepairOptions = {}): string {
  return cleanText(text, opts).replace(/\s*\n\s*/g, ' ').trim();
}

/** Normalises whitespace inside `<...>` names and lower-cases them: `< Poweroff_Mode >` -> `<poweroff_mode>`. */
export function normalizeNameCase(s: string): string {
  return s.replace(/<([^<>]+)>/g, (_m, n: string) => `<${n.trim().replace(/\s+/g, ' ').toLowerCase()}>`);
}

/**
 * Collects the names written as plain tags (`<client_index>`) over the whole manual, to tell a
 * name the OCR split at a line wrap (`<client_in dex="">`) from a real two-word name.
 */
export function collectKnownNames(text: string): void {
  const re = /<([A-Za-z_][\w-]*)>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const n = (m[1] ?? '').toLowerCase();
    if (!FORMATTING_TAGS.includes(n) && n !== 'u' && n !== 'li' && n !== 'cli') knownNames.add(n);
  }
}
