/** Wire-agency credits: "mz/dr (dpa, AP, AFP)", "(Reuters)", "— AP", "MOSCOW (Reuters) - …". */

/** News agencies, lower-cased, as they are credited in bylines and credit lines. */
const AGENCIES: ReadonlySet<string> = new Set(
  [
    'ap',
    'afp',
    'reuters',
    'dpa',
    'kna',
    'epd',
    'sid',
    'apa',
    'ansa',
    'efe',
    'pa',
    'upi',
    'bloomberg',
    'kyodo',
    'yonhap',
    'xinhua',
    'tass',
    'itar-tass',
    'interfax',
    'ria novosti',
    'ria',
    'ukrinform',
    'unian',
    'ians',
    'pti',
    'ani',
    'aap',
    'cp',
    'anadolu',
    'aa',
    'ntb',
    'anp',
    'belga',
    'pap',
    'ctk',
    'mti',
    'bta',
    'hina',
    'irna',
    'wafa',
    'mena',
    'jiji',
    'associated press',
    'the associated press',
    'agence france-presse',
    'agence france presse',
    'deutsche presse-agentur',
    'press association',
    'canadian press',
    'the canadian press',
    'united press international',
    'press trust of india',
    'agencies',
    'wires',
    'news agencies',
    'wire services',
  ].map((name) => name.toLowerCase()),
);

/** The items of a credit list when every one is an agency, else null. */
function agencyList(list: string): string[] | null {
  const items = list
    .split(/\s*(?:,|;|\/|\band\b|&)\s*/i)
    .map((item) => item.replace(/^(?:with|via|from|source:?)\s+/i, '').trim())
    .filter(Boolean);
  if (items.length === 0 || items.length > 8) return null;
  return items.every((item) => AGENCIES.has(item.toLowerCase())) ? items : null;
}

/** Editor initials then the agencies: "mz/dr (dpa, AP, AFP)"; or the agencies alone. */
const CREDIT_LINE =
  /^(?:[\p{Ll}\p{Lu}]{1,4}(?:\s*\/\s*[\p{Ll}\p{Lu}]{1,4})*\s*)?\(([^()]{1,100})\)\.?$/u;
/** "— AP", "- AFP/Reuters", "Source: AFP". */
const DASH_LINE = /^(?:[-–—]+|source:|sources:|with)\s*([^()]{1,100}?)\.?$/iu;
/** A dateline: "MOSCOW (Reuters) -", "PARIS, March 30 (AP) —", "(Reuters) -". */
const DATELINE = /^(?:[\p{Lu}][\p{L}\p{N} .,'’-]{0,60}?\s*)?\(([^()]{1,60})\)\s*[-–—]/u;
/** "The Associated Press contributed to this report." */
const CONTRIBUTED = /^(.{2,80}?)\s+contributed to this (?:report|story|article)\.?$/i;

/**
 * The agencies a whole line credits, as written and joined with ", ", or null when the line is
 * not a credit line.
 *
 * @example parseCreditLine('mz/dr (dpa, AP, AFP)') // 'dpa, AP, AFP'
 * @example parseCreditLine('— AP') // 'AP'
 * @example parseCreditLine('Kerry met Lavrov (in Paris).') // null
 */
export function parseCreditLine(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length > 200) return null;
  for (const pattern of [CREDIT_LINE, DASH_LINE, CONTRIBUTED]) {
    const list = pattern.exec(trimmed)?.[1];
    const agencies = list ? agencyList(list) : null;
    if (agencies) return agencies.join(', ');
  }
  // A bare list of agencies is short: a longer line is not split at all.
  const bare = trimmed.length <= 40 ? agencyList(trimmed.replace(/\.$/, '')) : null;
  return bare ? bare.join(', ') : null;
}

/**
 * The agencies a paragraph's opening dateline credits ("MOSCOW (Reuters) - Russia said…").
 *
 * @example parseDateline('MOSCOW (Reuters) - Russia said on Sunday…') // 'Reuters'
 */
export function parseDateline(paragraph: string): string | null {
  const list = DATELINE.exec(paragraph.trim())?.[1];
  const agencies = list ? agencyList(list) : null;
  return agencies ? agencies.join(', ') : null;
}

/**
 * The wire agencies an article credits: its credit lines first (usually at the end), else the
 * dateline of its first paragraphs.
 */
export function findCredits(paragraphs: readonly string[]): string | null {
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const credit = parseCreditLine(paragraphs[i] ?? '');
    if (credit) return credit;
  }
  for (const paragraph of paragraphs.slice(0, 8)) {
    const credit = parseDateline(paragraph);
    if (credit) return credit;
  }
  return null;
}
