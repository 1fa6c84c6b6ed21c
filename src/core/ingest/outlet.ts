/** Readable outlet names from web addresses and legal names. */

/**
 * How well-known outlets write their own names, keyed by the main label of their domain. Only
 * for names that cannot be recovered from the label itself ("nytimes"); others are found in the
 * article's text or spelled from the label.
 */
const KNOWN_OUTLETS: Record<string, string> = {
  nytimes: 'The New York Times',
  washingtonpost: 'The Washington Post',
  wsj: 'The Wall Street Journal',
  latimes: 'Los Angeles Times',
  theguardian: 'The Guardian',
  guardian: 'The Guardian',
  telegraph: 'The Telegraph',
  independent: 'The Independent',
  dailymail: 'Daily Mail',
  nydailynews: 'New York Daily News',
  nypost: 'New York Post',
  usatoday: 'USA Today',
  foxnews: 'Fox News',
  cbsnews: 'CBS News',
  nbcnews: 'NBC News',
  abcnews: 'ABC News',
  huffingtonpost: 'HuffPost',
  huffpost: 'HuffPost',
  apnews: 'AP',
  aljazeera: 'Al Jazeera',
  france24: 'France 24',
  euronews: 'Euronews',
  thehindu: 'The Hindu',
  hindustantimes: 'Hindustan Times',
  indianexpress: 'The Indian Express',
  timesofindia: 'The Times of India',
  thenational: 'The National',
  ft: 'Financial Times',
  economist: 'The Economist',
  theatlantic: 'The Atlantic',
  newyorker: 'The New Yorker',
  businessinsider: 'Business Insider',
  yahoo: 'Yahoo',
  espn: 'ESPN',
  bbc: 'BBC',
  cnn: 'CNN',
  cnbc: 'CNBC',
  msnbc: 'MSNBC',
  npr: 'NPR',
  theverge: 'The Verge',
  techcrunch: 'TechCrunch',
  ndtv: 'NDTV',
};

/** Second-level labels under which a country's sites register: bbc.co.uk, abc.net.au. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or']);
/** Subdomains that name a version of a site, not the site. */
const GENERIC_SUBDOMAINS = new Set([
  'www',
  'mobile',
  'edition',
  'news',
  'amp',
  'beta',
  'blogs',
  'blog',
]);
/** Hosts whose subdomain is the publication: someone.wordpress.com. */
const HOSTING = new Set(['wordpress', 'blogspot', 'weebly', 'tumblr', 'substack', 'medium', 'wix']);

/**
 * The host name of a URL or bare domain, lower-cased, without "www." — or null.
 *
 * @example hostOf('http://www.bbc.co.uk/news/uk') // 'bbc.co.uk'
 */
export function hostOf(url: string): string | null {
  const m =
    /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^@/\s]+@)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:[/?#]|$)/i.exec(
      url.trim(),
    );
  return m?.[1] ? m[1].toLowerCase().replace(/^www\d*\./, '') : null;
}

/**
 * The label that names the site: "bbc" for news.bbc.co.uk, "usatoday" for usatoday30.usatoday.com,
 * "someone" for someone.wordpress.com.
 */
export function siteLabel(host: string): string {
  const labels = host.split('.');
  let i = labels.length - 2;
  const second = labels[i];
  if (i > 0 && second && SECOND_LEVEL.has(second) && (labels.at(-1)?.length ?? 0) === 2) i -= 1;
  const label = labels[i] ?? host;
  const sub = i > 0 ? labels[i - 1] : undefined;
  if (sub && HOSTING.has(label)) return sub;
  // A portal's two-letter domain names its sites by subdomain: abcnews.go.com.
  if (sub && label.length <= 2 && sub.length >= 4 && !GENERIC_SUBDOMAINS.has(sub)) return sub;
  return label;
}

/** Finds how the text itself writes a name whose letters make up `label` ("Harbor Lights"). */
function spelledInText(label: string, text: string): string | null {
  const letters = label.replace(/[^a-z0-9]/g, '');
  if (letters.length < 4 || letters.length > 40) return null;
  const pattern = letters
    .split('')
    .map((c) => (/\d/.test(c) ? c : `[${c}${c.toUpperCase()}]`))
    .join("[ .'’-]?");
  const re = new RegExp(`(?<![\\p{L}\\p{N}.])(${pattern})(?![\\p{L}\\p{N}])`, 'gu');
  for (let m = re.exec(text), tries = 0; m && tries < 50; m = re.exec(text), tries++) {
    const found = m[1] ?? '';
    // A capitalized spelling in running text, not the address itself ("accesshollywood.com").
    const after = text.slice(m.index + found.length, m.index + found.length + 2);
    if (/^\p{Lu}/u.test(found) && !/^\.[a-z]/i.test(after)) return found;
  }
  return null;
}

/**
 * A readable outlet name for a site, from a table of well-known names, the way the article
 * writes it, or the label itself (short labels are acronyms: "ktla" → "KTLA").
 *
 * @example outletFromHost('www.harborlights.com', 'Harbor Lights has confirmed…') // 'Harbor Lights'
 * @example outletFromHost('ktla.com', '') // 'KTLA'
 */
export function outletFromHost(host: string, text: string): string {
  const label = siteLabel(host);
  const known = KNOWN_OUTLETS[label];
  if (known) return known;
  const spelled = spelledInText(label, text);
  if (spelled) return spelled;
  if (label.length <= 4) return label.toUpperCase();
  return label
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}

const LEGAL_SUFFIX =
  /[\s,]+(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|LLP|plc|PLC|Corp|Corporation|Co|GmbH|AG|SA|S\.A|BV|N\.V|Pty|Group|Media Group|Holdings)\.?$/;

/**
 * An outlet's name without legal suffix, "The" kept, spaces folded.
 *
 * @example cleanOutletName('Coinspeaker Ltd.') // 'Coinspeaker'
 */
export function cleanOutletName(name: string): string {
  let clean = name.replace(/\s+/g, ' ').trim();
  for (let before = ''; before !== clean;) {
    before = clean;
    clean = clean.replace(LEGAL_SUFFIX, '').replace(/[\s,.;:]+$/, '');
  }
  return clean;
}
