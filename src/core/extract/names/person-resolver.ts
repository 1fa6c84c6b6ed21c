import type { Token } from '../../types';
import type { EntityIndex } from './entities';
import type { Gender } from './entity-evidence';

/** A reference to a person in a sentence: a name, or a pronoun already resolved. */
type PersonRef = { key: string; token: number };

/** One sentence as the resolver sees it. */
export type ResolverSentence = {
  index: number;
  tokens: readonly Token[];
  inQuote: readonly boolean[];
};

/** How far back a pronoun or a role noun ("the minister") may reach, in sentences. */
const PRONOUN_REACH = 6;
const ROLE_REACH = 15;

/**
 * Resolves references to people: pronouns ("he told Russian state television") to the person
 * they most likely mean, and definite role nouns ("the singer said") to the person last named
 * with that role. Mentions inside quotations are not antecedents (they are the speaker's words).
 */
export class PersonResolver {
  private readonly order: number[];
  private readonly position = new Map<number, number>();
  private readonly sentences = new Map<number, ResolverSentence>();
  private readonly speakers = new Map<number, string>();
  private readonly pronouns = new Map<number, PersonRef[]>();

  constructor(
    private readonly index: EntityIndex,
    sentences: readonly ResolverSentence[],
  ) {
    this.order = sentences.map((s) => s.index);
    sentences.forEach((s, k) => {
      this.position.set(s.index, k);
      this.sentences.set(s.index, s);
    });
  }

  /** Notes that a sentence's words are a person's (a quotation's speaker): its subject. */
  recordSpeaker(sentence: number, personKey: string): void {
    if (!this.speakers.has(sentence)) this.speakers.set(sentence, personKey);
  }

  /**
   * The person a "he"/"she" at `token` of `sentence` refers to: a person named earlier in the
   * same sentence, else the subject of the previous sentence, else the most recent person
   * named before, as long as the gender (when known) fits.
   */
  resolvePronoun(sentence: number, token: number, gender: Gender | null): string | null {
    const fits = (key: string | null): key is string => {
      if (key === null) return false;
      const known = this.index.people.get(key)?.gender ?? null;
      return gender === null || known === null || known === gender;
    };
    const here = this.references(sentence).find((m) => m.token < token);
    if (here && fits(here.key)) return this.learn(sentence, token, here.key, gender);
    const pos = this.position.get(sentence) ?? 0;
    const previous = this.order[pos - 1];
    const subject = previous === undefined ? null : this.subjectOf(previous);
    if (fits(subject)) return this.learn(sentence, token, subject, gender);
    for (let p = pos - 1; p >= 0 && p >= pos - PRONOUN_REACH; p--) {
      const refs = this.references(this.order[p] ?? -1);
      for (let k = refs.length - 1; k >= 0; k--) {
        const key = refs[k]?.key ?? null;
        // A guess this far back is too weak to teach the person's gender.
        if (fits(key)) return this.learn(sentence, token, key, null);
      }
    }
    return null;
  }

  /** The person last named with role `role` ("minister", "actress") before `sentence`. */
  resolveRole(sentence: number, role: string): string | null {
    const pos = this.position.get(sentence) ?? 0;
    for (let p = pos; p >= 0 && p >= pos - ROLE_REACH; p--) {
      const refs = this.references(this.order[p] ?? -1);
      for (let k = refs.length - 1; k >= 0; k--) {
        const key = refs[k]?.key;
        if (key && this.index.people.get(key)?.roles.includes(role)) return key;
      }
    }
    return null;
  }

  /**
   * The person a sentence is about: a recorded speaker, else the first person named outside
   * quotations before the first verb (or anywhere, when none comes before a verb).
   */
  subjectOf(sentence: number): string | null {
    const spoken = this.speakers.get(sentence);
    if (spoken) return spoken;
    const s = this.sentences.get(sentence);
    const first = this.references(sentence)[0];
    if (!s || !first) return null;
    const verb = s.tokens.findIndex((t, i) => t.pos === 'VERB' && !s.inQuote[i]);
    return verb < 0 || first.token < verb ? first.key : null;
  }

  /** Named persons and resolved pronouns of a sentence, outside quotations, in order. */
  private references(sentence: number): PersonRef[] {
    const s = this.sentences.get(sentence);
    const named = (this.index.bySentence.get(sentence) ?? [])
      .filter((m) => m.type === 'person' && !s?.inQuote[m.firstToken])
      .map((m) => ({ key: m.key, token: m.firstToken }));
    const resolved = this.pronouns.get(sentence);
    return resolved ? [...named, ...resolved].sort((a, b) => a.token - b.token) : named;
  }

  private learn(sentence: number, token: number, key: string, gender: Gender | null): string {
    const person = this.index.people.get(key);
    if (person && person.gender === null && gender !== null) person.gender = gender;
    const refs = this.pronouns.get(sentence) ?? [];
    if (!refs.some((r) => r.token === token)) refs.push({ key, token });
    this.pronouns.set(sentence, refs);
    return key;
  }
}
