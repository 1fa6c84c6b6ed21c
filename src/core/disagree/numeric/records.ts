import type { Disagreement } from '../../contract';
import { fnv1a } from '../../util/hash';
import { namesMatch } from '../frames/names';
import type { Story, StorySentence } from '../story';
import { sidesOncePerValue } from '../span-side';

/** A win-loss record given right after a name: "Okafor (31-2, 24 KOs)", "Marsh, 40-4 with…". */
type Record = {
  sentence: StorySentence;
  owner: string;
  ownerName: string;
  written: string;
  start: number;
  end: number;
};

const RECORD = /^\d{1,3}-\d{1,3}(?:-\d{1,3})?$/;

/** Records in apposition to a name; "a 51-31 record" or "improved to 40-4" are other moments. */
function recordsOf(sentence: StorySentence): Record[] {
  const out: Record[] = [];
  const { tokens } = sentence;
  tokens.forEach((t, i) => {
    if (t.pos !== 'NUM' || !RECORD.test(t.text)) return;
    const mark = tokens[i - 1]?.text;
    if (mark !== '(' && mark !== ',') return;
    // The name before it; a name the extraction did not type (a lone family name opening a
    // sentence) still counts when the tagger calls it a proper noun.
    const entity = sentence.entities.find((e) => e.last === i - 2 && e.type !== 'place');
    const word = tokens[i - 2];
    const owner = entity
      ? { key: entity.key, name: entity.name }
      : word?.pos === 'PROPN' && /^\p{Lu}/u.test(word.text)
        ? { key: word.lower, name: word.text }
        : null;
    if (!owner) return;
    out.push({
      sentence,
      owner: owner.key,
      ownerName: owner.name,
      written: t.text,
      start: t.start,
      end: t.end,
    });
  });
  return out;
}

/**
 * One person's or team's record given differently by different articles: "Okafor (31-2, 24 KOs)"
 * against "Chidi Okafor (29-2)". Only records written next to the name are compared, so a
 * season's record is not set against a career's.
 */
export function detectRecords(story: Story): Disagreement[] {
  const records = story.sentences.flatMap(recordsOf);
  const out: Disagreement[] = [];
  const done = new Set<Record>();
  for (const r of records) {
    if (done.has(r)) continue;
    const same = records.filter((x) => namesMatch(x.owner, r.owner));
    const values = new Set(same.map((x) => x.written));
    const articles = new Set(same.map((x) => x.sentence.article));
    same.forEach((x) => done.add(x));
    if (values.size < 2 || articles.size < 2) continue;
    // Each article's own figure once: the first time it gives each value.
    const sides = sidesOncePerValue(same, (x) => x.written);
    out.push({
      id: `numeric-${fnv1a(sides.map((s) => `${s.sentence}@${s.start}`).join(' '))}`,
      kind: 'numeric',
      summary: `${r.ownerName}'s record: ${[...values].join(' vs ')}`,
      sides,
    });
  }
  return out;
}
