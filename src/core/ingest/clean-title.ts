import { findDate } from './date-formats';

/** Site sections that pages put between a headline and the outlet's name. */
const SECTIONS: ReadonlySet<string> = new Set(
  (
    'news|world|world news|politics|business|sport|sports|europe|asia|africa|americas|' +
    'middle east|us|u.s.|uk|home|opinion|entertainment|culture|technology|tech|science|health|' +
    'lifestyle|local|national|international|breaking news|latest|latest news|top stories|video|' +
    'videos|media|travel|economy|markets|finance|showbiz|celebrity|music|film|movies|tv|books|' +
    'arts|nation|global|region|regional|metro|crime|education|environment|weather|blog|blogs|' +
    'article|story|analysis|commentary|features|newsroom|press release|press releases'
  ).split('|'),
);

/** Words that outlets' names are made of. */
const OUTLET_WORD =
  /\b(?:News|Times|Post|Daily|Herald|Tribune|Journal|Gazette|Telegraph|Guardian|Independent|Observer|Express|Mail|Mirror|Star|Sun|Chronicle|Review|Weekly|Magazine|Report|Reporter|Network|Channel|TV|Radio|Online|Today|Press|Wire|Agency|Insider|Standard|Record|Register|Courier|Bulletin|Dispatch|Monitor|Inquirer|Globe|Examiner|Sentinel|Week|Hollywood|Sports|Media|Digest|Blog)\b/;

/** What a page title splits into: the headline, and the outlet and date it may carry. */
export type CleanTitle = { title: string; outlet: string | null; date: string | null };

const isDate = (segment: string): string | null => {
  const found = findDate(segment);
  return found && segment.replace(/[\s,.]/g, '').length <= found.length + 2 ? found.date : null;
};

/** Whether a title's tail (after " - ") names an outlet rather than continuing the headline. */
function looksLikeOutlet(tail: string, knownOutlets: readonly string[]): boolean {
  if (tail.split(/\s+/).length > 5) return false;
  if (knownOutlets.some((o) => o.toLowerCase() === tail.toLowerCase())) return true;
  return (
    /^[A-Z0-9&.]{2,8}$/.test(tail) ||
    /^[\w-]+\.(?:com|org|net|co\.uk|de|fr|info|ru|ua|in|au)$/i.test(tail) ||
    OUTLET_WORD.test(tail)
  );
}

/**
 * Splits a page title into the headline and the outlet and date that sites append
 * ("Headline | News | DW | 30.03.2014", "Headline - BBC News"). `knownOutlets` are names found
 * elsewhere that, as a tail, confirm it is the outlet.
 *
 * @example cleanTitle('Kerry meets Lavrov | News | DW | 30.03.2014')
 *   // { title: 'Kerry meets Lavrov', outlet: 'DW', date: '2014-03-30' }
 * @example cleanTitle('Obama signs bill - The Washington Post').outlet // 'The Washington Post'
 * @example cleanTitle('Valley Gazette - Interest rate goes up again').outlet // 'Valley Gazette'
 */
export function cleanTitle(raw: string, knownOutlets: readonly string[] = []): CleanTitle {
  let whole = raw.replace(/\s+/g, ' ').trim();
  let leadingDate: string | null = null;
  // "14/06/2012-Portugal to hold…": a date glued before the headline.
  const lead = findDate(whole.slice(0, 40));
  const glued = lead?.index === 0 ? /^\s*[-–—|:]\s*/.exec(whole.slice(lead.length)) : null;
  if (lead && glued) {
    leadingDate = lead.date;
    whole = whole.slice(lead.length + glued[0].length);
  }
  const pipes = whole.split(/\s+[|•·]\s+|\s+::\s+/);
  let title = whole;
  let outlet: string | null = null;
  let date: string | null = leadingDate;
  if (pipes.length > 1) {
    const words = (s: string): number => s.split(' ').length;
    // "Headline | Section | Outlet" mostly; "Outlet | Headline" when the first part is short.
    const longest = pipes.reduce((a, b) => (words(b) > words(a) ? b : a));
    title = words(pipes[0] ?? '') <= 3 ? longest : (pipes[0] ?? whole);
    for (const segment of pipes.filter((s) => s !== title)) {
      const segmentDate = isDate(segment);
      if (segmentDate) date ??= segmentDate;
      else if (!SECTIONS.has(segment.toLowerCase()) && words(segment) <= 5) {
        outlet = segment;
      }
    }
  }
  const dash = /^(.{8,}?)\s+[-–—]\s+([^-–—]+)$/.exec(title);
  const tail = dash?.[2]?.trim();
  if (dash && tail) {
    const tailDate = isDate(tail);
    if (tailDate) {
      date ??= tailDate;
      title = dash[1] ?? title;
    } else if (looksLikeOutlet(tail, knownOutlets)) {
      outlet ??= tail;
      title = dash[1] ?? title;
    }
  }
  // "Valley Gazette - Interest rate goes up again": an outlet's name before the headline.
  const prefix = outlet === null ? /^([^-–—]{2,40}?)\s+[-–—]\s+(.{8,})$/.exec(title) : null;
  const head = prefix?.[1]?.trim();
  if (prefix && head && head.length * 2 < title.length && looksLikeOutlet(head, knownOutlets)) {
    outlet = head;
    title = prefix[2] ?? title;
  }
  // "STORM DAMAGE WORSE THAN FEARED The Ohio Department…": a capitals headline glued to the lead.
  const shouted = /^((?:[\p{Lu}\p{N}'’:,-]+\s+){2,}[\p{Lu}\p{N}'’:,-]+)\s+(?=\p{Lu}\p{Ll})/u.exec(
    title,
  );
  if (shouted?.[1] && title.length > 2 * shouted[1].length) title = shouted[1];
  return { title: title.trim(), outlet, date };
}
