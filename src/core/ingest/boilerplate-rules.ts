/**
 * Patterns of page furniture that must never enter a fact: navigation, language pickers, share
 * and newsletter blurbs, comment policies, "read more" links, photo and agency credits, source
 * lines, copyright notices, disclaimers, bylines and bare datelines. Each rule sees one sentence
 * (whitespace folded) and its word count; rules for short furniture require few words, so that a
 * news sentence that happens to use the same words is left alone.
 */
import { parseCreditLine } from './credits';
import { findDate } from './date-formats';

/** Why a sentence is boilerplate; also used by tests to check the right rule fired. */
export type BoilerplateReason =
  | 'navigation'
  | 'language-picker'
  | 'share'
  | 'newsletter'
  | 'comments'
  | 'comment-policy'
  | 'disclaimer'
  | 'related'
  | 'photo-credit'
  | 'agency-credit'
  | 'source'
  | 'copyright'
  | 'tags'
  | 'byline'
  | 'dateline'
  | 'consent'
  | 'paywall'
  | 'contact';

/** Whole lines that only label page furniture, lower-cased, without a list marker or colon. */
const FURNITURE_LABELS: ReadonlySet<string> = new Set(
  (
    'navigation|main navigation|site navigation|menu|main menu|search|suche|home|homepage|' +
    'home page|inhalt|content|contents|more content|weitere inhalte|skip to content|' +
    'skip to main content|skip navigation|jump to navigation|toggle navigation|sitemap|site map|' +
    'log in|login|sign in|sign up|register|my account|account|subscribe|newsletter|newsletters|' +
    'print|email|e-mail|share|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|' +
    'instagram|youtube|rss|advertisement|advert|ad|ads|sponsored|sponsored content|back to top|' +
    'top|next|previous|next article|previous article|close|more|less|print this page|' +
    'cookies|accept cookies|privacy policy|privacy|terms of use|terms of service|contact|' +
    'contact us|about us|imprint|impressum|datenschutz|ad choices|loading|gallery|' +
    'photo gallery|photos|videos|audio|watch|listen|explore|topics|sections|share this|' +
    'mehr|zur startseite|startseite|weiter|zurück|datenschutzerklärung|' +
    // Section labels ("kickers") that pages print above a headline.
    'world|world news|politics|business|economy|markets|money|finance|personal finance|' +
    'technology|tech|science|health|education|environment|climate|transport|travel|culture|' +
    'arts|entertainment|lifestyle|opinion|analysis|local|local news|national|international|' +
    'europe|asia|africa|americas|middle east|uk|us|weather|obituaries|features|investigations|' +
    'live|breaking|breaking news|latest|top stories|exclusive|sponsored|partner content'
  ).split('|'),
);

/** Longer sentences are never furniture. */
const MAX_FURNITURE_LENGTH = 1500;
const LIST_MARKER = /^(?:\d{1,2}[.)]|[-*•·▪►»>|])\s+/;
const NO_QUOTE_OR_SPEECH = (s: string): boolean =>
  !/["“”«»]/.test(s) && !/\b(?:said|says|told|according to)\b/i.test(s);

type Rule = { reason: BoilerplateReason; test: (s: string, words: number) => boolean };

const RULES: Rule[] = [
  {
    // Cookie and consent banners: "We use cookies to …", "By continuing to browse, you agree to
    // our use of cookies", "Accept all cookies", "Manage your privacy settings".
    reason: 'consent',
    test: (s, words) =>
      words <= 45 &&
      NO_QUOTE_OR_SPEECH(s) &&
      (/\b(?:we|this (?:web)?site|our (?:web)?site|our partners)\b.{0,40}\b(?:uses?|store|set|place)\b.{0,20}\bcookies\b/i.test(
        s,
      ) ||
        /\bcookies?\b.{0,60}\b(?:consent|accept|agree|settings|preferences|policy|opt[- ]out)\b/i.test(
          s,
        ) ||
        /\b(?:consent|accept|agree|settings|preferences)\b.{0,60}\bcookies\b/i.test(s) ||
        /\bby (?:continuing|clicking|using)\b.{0,60}\b(?:agree|consent|accept)\b/i.test(s) ||
        /\b(?:manage|update|review)\b.{0,20}\b(?:privacy|cookie|consent) (?:settings|preferences|choices)\b/i.test(
          s,
        )),
  },
  {
    // A paywall's barrier: "Subscribe to continue reading", "Already a subscriber? Log in".
    reason: 'paywall',
    test: (s, words) =>
      words <= 30 &&
      NO_QUOTE_OR_SPEECH(s) &&
      (/^(?:subscribe|sign up|register|log ?in|sign in)\b.{0,20}\b(?:to|and) (?:continue|keep|read|access|unlock)\b/i.test(
        s,
      ) ||
        /^(?:this|the) (?:article|story|content|page) is (?:only )?(?:for|available to|reserved for) (?:paying )?(?:subscribers|members)\b/i.test(
          s,
        ) ||
        /^already (?:a )?(?:subscriber|member|registered)\b/i.test(s) ||
        /^(?:get|enjoy|try) (?:unlimited|full|digital|complete) (?:digital )?access\b/i.test(s) ||
        /^cancel (?:at )?any ?time\.?$/i.test(s)),
  },
  {
    // A newsroom's call for tips: "Do you have a story for us? Email newsdesk@…".
    reason: 'contact',
    test: (s, words) =>
      words <= 25 &&
      (/^(?:do you have|have you got|got) a (?:story|news tip|tip)\b/i.test(s) ||
        /^(?:e-?mail|contact|write to) (?:us|the newsdesk|our newsroom)?\s*(?:at|on|:)?\s*\S+@\S+$/i.test(
          s,
        )),
  },
  {
    reason: 'navigation',
    test: (s, words) => {
      const label = s
        .replace(LIST_MARKER, '')
        .replace(/[\s:.»›>]+$/, '')
        .toLowerCase();
      return FURNITURE_LABELS.has(label) || (words <= 3 && /navigation$/i.test(label));
    },
  },
  {
    reason: 'language-picker',
    test: (s, words) =>
      words <= 10 &&
      (/\b(?:choose|select|change|switch|pick)\b.{0,30}\blanguages?\b/i.test(s) ||
        /^(?:\d+\s+)?languages?:?$/i.test(s)),
  },
  {
    reason: 'share',
    test: (s, words) =>
      (words <= 8 &&
        /^(?:share|tweet|pin|email|e-mail|print|save|send|bookmark)\b.{0,30}\b(?:article|story|page|post|video|link|this|facebook|twitter|email|whatsapp)\b/i.test(
          s,
        )) ||
      (words <= 12 && /^(?:follow|like|join|find) us\b/i.test(s)) ||
      (words <= 6 && /^\d+\s+(?:shares?|likes?|views?|reads?)$/i.test(s)),
  },
  {
    reason: 'newsletter',
    test: (s, words) =>
      words <= 20 &&
      /\b(?:newsletters?|subscribe|subscription|sign up|signup)\b/i.test(s) &&
      /\b(?:our|your|you|here|now|today|inbox|below)\b/i.test(s) &&
      NO_QUOTE_OR_SPEECH(s),
  },
  {
    reason: 'comments',
    test: (s, words) =>
      /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?:?$/i.test(s) ||
      (words <= 10 &&
        /^(?:leave|post|add|write|view|show|read|see|load|hide|join)\b.{0,20}\bcomments?\b/i.test(
          s,
        )) ||
      (words <= 12 && /\bjoin the (?:conversation|discussion|debate)\b/i.test(s)) ||
      (words <= 25 &&
        /\bcomments?(?: section| box| below| area)\b/i.test(s) &&
        /\b(?:you|your|leave|let us know|tell us|share)\b/i.test(s) &&
        NO_QUOTE_OR_SPEECH(s)) ||
      (words <= 10 && /^(?:click|tap) here\b/i.test(s)),
  },
  {
    reason: 'comment-policy',
    test: (s, words) =>
      words <= 70 &&
      /\bcomments?\b/i.test(s) &&
      /\b(?:we|our|us|you|your)\b/i.test(s) &&
      /\b(?:offensive|spam|abus\w*|inappropriate|moderat\w*|guidelines?|polic(?:y|ies)|standards|civil(?:ity)?|irrelevant|flag|welcome|remove|delete|block|approv\w*|review)\b/i.test(
        s,
      ) &&
      NO_QUOTE_OR_SPEECH(s),
  },
  {
    reason: 'disclaimer',
    test: (s, words) =>
      words <= 60 &&
      NO_QUOTE_OR_SPEECH(s) &&
      (/\b(?:views|opinions)\b.{0,80}\b(?:do not|don't|does not|are not)\s+(?:necessarily\s+)?(?:represent|reflect)\b/i.test(
        s,
      ) ||
        /^disclaimer\b/i.test(s) ||
        /\bis not responsible for the content of (?:external|third)/i.test(s)),
  },
  {
    reason: 'related',
    test: (s, words) =>
      (words <= 5 && /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’ -]{0,40}\s+recommends:?$/u.test(s)) ||
      (/^(?:related|read more|read also|also read|see also|more on this(?: story)?|further reading)\s*:/i.test(
        s,
      ) &&
        words <= 40) ||
      (words <= 8 &&
        /^(?:read more|read also|also read|see also|more on this|more from|related|recommended|further reading|you (?:may|might) also (?:like|be interested in)|most (?:read|popular|viewed|shared)|top stories|latest (?:news|stories)|more (?:news|stories)|editor'?s picks|trending now)\b/i.test(
          s,
        )),
  },
  {
    reason: 'photo-credit',
    test: (s, words) =>
      words <= 20 &&
      (/^(?:photo|photograph|image|picture|pic|video|graphic|illustration|file photo|credit|photo credit|image credit|image source|photo source|caption)s?\s*(?::|©|by\b|credits?\b|courtesy\b)/i.test(
        s,
      ) ||
        /^\((?:[\p{L} .-]{0,25}\s)?(?:photo|image|picture|foto)s?\s*(?:[:/]|by\b|credit)[^)]*\)\.?$/iu.test(
          s,
        ) ||
        /^©?\s*(?:AP|AFP|Reuters|EPA(?:-EFE)?|dpa|Getty(?: Images)?|picture[- ]alliance|imago|Xinhua|Shutterstock|iStock|Flickr|Wikimedia(?: Commons)?|Sputnik|TASS|ANP)\b(?:\s*\/\s*[\p{L}\p{N} .&'’-]{1,40}){1,4}$/iu.test(
          s,
        )),
  },
  { reason: 'agency-credit', test: (s) => parseCreditLine(s) !== null },
  {
    reason: 'agency-credit',
    test: (s, words) =>
      words <= 40 &&
      (/^(?:(?:additional )?reporting|writing|editing|compiled|contributing|edited|written|produced)(?: by\b|:)/i.test(
        s,
      ) ||
        /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/i.test(s)),
  },
  {
    reason: 'source',
    test: (s) =>
      /^(?:source|sources|via|url|link|original|originally published|first published|read (?:the )?(?:full|original) (?:story|article)|read more)\s*(?:at|on|in)?\s*:?\s*(?:https?:\/\/|www\.)\S+$/i.test(
        s,
      ) || /^(?:https?:\/\/|www\.)\S+$/i.test(s),
  },
  {
    reason: 'copyright',
    test: (s, words) =>
      /^(?:©|\(c\)\s|copyright\b)/i.test(s) ||
      (words <= 40 && /\ball rights reserved\b/i.test(s)) ||
      (words <= 40 &&
        /\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed|copied)\b/i.test(
          s,
        )),
  },
  {
    // "This article appeared in the June 2024 issue of Transport Weekly."
    reason: 'source',
    test: (s, words) =>
      words <= 25 &&
      /^(?:this|a version of this) (?:article|story|piece|feature) (?:first |originally )?appeared in\b/i.test(
        s,
      ),
  },
  {
    reason: 'tags',
    test: (s) =>
      /^(?:tags|topics|filed under|keywords|categories|category|related topics|posted in)\s*:/i.test(
        s,
      ),
  },
  {
    reason: 'byline',
    test: (s, words) =>
      words <= 10 &&
      /^(?:[Bb]y|[Pp]osted by|[Ww]ritten by|[Aa]uthor:?)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin))*\s*(?:[,|–—-]\s*[\p{L} ]{0,40})?$/u.test(
        s,
      ),
  },
  {
    // A byline's role line on its own: "Staff writer", "Economics editor", "Transport Correspondent".
    reason: 'byline',
    test: (s, words) =>
      words <= 4 &&
      /^(?!(?:the|a|an|our|his|her|their|my|your) )(?:[\p{L}]+ )?(?:staff |senior |chief |deputy |political |foreign )?(?:writer|reporter|correspondent|editor|columnist|contributor)s?$/iu.test(
        s,
      ),
  },
  { reason: 'dateline', test: (s, words) => words <= 14 && isBareDate(s) },
];

/** A line that holds only a date, perhaps with a weekday, a time and a label ("Updated"). */
function isBareDate(s: string): boolean {
  const found = findDate(s);
  if (!found) return false;
  const rest = (s.slice(0, found.index) + ' ' + s.slice(found.index + found.length))
    .replace(
      /\b(?:first|last|published|updated|posted|date|dated|on|at|mon|tue|wed|thu|fri|sat|sun)\w*\b/gi,
      ' ',
    )
    .replace(/\b\d{1,2}[:.]\s?\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?)?/gi, ' ')
    .replace(/\b[A-Z]{2,4}\b/g, ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Why a sentence is page furniture, or null when it may be news.
 *
 * @example boilerplateReason('Share this article') // 'share'
 * @example boilerplateReason('Photo: U.S. Department of State/Flickr') // 'photo-credit'
 * @example boilerplateReason('Kerry met Lavrov in Paris.') // null
 */
export function boilerplateReason(sentence: string): BoilerplateReason | null {
  // Furniture is short; a long text is news (and is not worth a dozen regular expressions).
  if (sentence.length > MAX_FURNITURE_LENGTH) return null;
  const s = sentence.replace(/\s+/g, ' ').trim();
  if (!s) return null;
  // Words are separated by single spaces now: count the spaces rather than split.
  let words = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) words++;
  for (const rule of RULES) if (rule.test(s, words)) return rule.reason;
  return null;
}

/** A short item of a navigation list: "1. Inhalt", "• Politics". */
export function isMenuItem(paragraph: string): boolean {
  const m = LIST_MARKER.exec(paragraph);
  if (!m) return false;
  const item = paragraph.slice(m[0].length).trim();
  return item.split(/\s+/).length <= 5 && !/[.!?:;,]$/.test(item);
}
