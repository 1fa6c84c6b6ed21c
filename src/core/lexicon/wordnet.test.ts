import { describe, expect, it } from 'vitest';
import {
  antonyms,
  areAntonyms,
  conceptKeys,
  derived,
  hypernyms,
  isKindOf,
  senses,
  sharesSense,
  similar,
  similarity,
  supersense,
  synsetClass,
  synsetLemmas,
} from './wordnet';

const first = (lemma: string, cls: Parameters<typeof senses>[1]) => senses(lemma, cls)[0] ?? -1;
const shareKey = (a: readonly number[], b: readonly number[]) => a.some((k) => b.includes(k));

describe('senses', () => {
  it('finds a lemma, its inflected forms and multiword lemmas however they are joined', () => {
    expect(senses('rifle', 'noun')).toHaveLength(1);
    expect(senses('rifles', 'noun')).toEqual(senses('rifle', 'noun'));
    expect(senses('seized', 'verb')).toEqual(senses('seize', 'verb'));
    expect(senses('Assault_Rifle', 'noun')).toEqual(senses('assault rifle', 'noun'));
    expect(senses('assault rifles', 'noun')).toEqual(senses('assault rifle', 'noun'));
    expect(senses('pick up', 'verb').length).toBeGreaterThan(3);
  });

  it('keeps classes apart and knows nothing of unknown words', () => {
    expect(senses('rifle', 'adj')).toEqual([]);
    expect(senses('ak-47', 'noun')).toEqual([]);
    expect(senses('', 'noun')).toEqual([]);
  });

  it('orders senses by frequency and keeps both homonyms of an untagged word', () => {
    expect(supersense(first('death', 'noun'))).toBe('noun.event');
    const trawler = senses('trawler', 'noun').map(supersense);
    expect(trawler).toEqual(['noun.person', 'noun.artifact']);
  });
});

describe('synset relations', () => {
  it('names a synset by its lemmas, class and supersense', () => {
    const arrest = first('arrest', 'verb');
    expect(synsetLemmas(arrest)).toEqual(expect.arrayContaining(['apprehend', 'nab', 'arrest']));
    expect(supersense(arrest)).toBe('verb.contact');
    expect(synsetClass(arrest)).toBe('verb');
    expect(supersense(first('pirate', 'noun'))).toBe('noun.person');
    expect(supersense(first('rifle', 'noun'))).toBe('noun.artifact');
  });

  it('walks hypernyms, derivations both ways, antonyms and adjective clusters', () => {
    expect(synsetLemmas(hypernyms(first('rifle', 'noun'))[0] ?? -1)).toContain('firearm');
    expect(derived(first('death', 'noun'))).toContain(first('die', 'verb'));
    expect(derived(first('die', 'verb'))).toContain(first('death', 'noun'));
    expect(antonyms(first('win', 'verb'))).toContain(senses('lose', 'verb')[1]);
    expect(similar(first('damp', 'adj'))).toContain(first('wet', 'adj'));
  });

  it('answers nothing for an id outside the table', () => {
    expect(hypernyms(-1)).toEqual([]);
    expect(derived(10_000_000)).toEqual([]);
    expect(synsetLemmas(1.5)).toEqual([]);
    expect(supersense(-3)).toBe('');
  });
});

describe('isKindOf', () => {
  it.each([
    ['rifle', 'gun'],
    ['rifle', 'weapon'],
    ['assault rifles', 'weapon'],
    ['trawler', 'vessel'],
    ['pirate', 'person'],
    ['wife', 'woman'],
    ['rifle', 'rifle'],
  ])('%s is a kind of %s', (word, ancestor) => expect(isKindOf(word, ancestor)).toBe(true));

  it.each([
    ['rifle', 'vehicle'],
    ['rifle', 'grenade'],
    ['weapon', 'rifle'],
    ['trawler', 'ship'],
    ['ak-47', 'weapon'],
  ])('%s is not a kind of %s', (word, ancestor) => expect(isKindOf(word, ancestor)).toBe(false));

  it('looks only at the first senses asked for', () => {
    // A blaze is a flame, the third sense of "fire".
    expect(isKindOf('blaze', 'fire', 'noun', 2)).toBe(false);
    expect(isKindOf('blaze', 'fire', 'noun', 3)).toBe(true);
  });
});

describe('sharesSense', () => {
  it('finds synonyms in their first senses', () => {
    expect(sharesSense('arrest', 'apprehend', 'verb')).toBe(true);
    expect(sharesSense('nab', 'arrest', 'verb')).toBe(true);
    expect(sharesSense('arrest', 'detain', 'verb')).toBe(false);
  });

  it('misses synonyms whose shared sense is a rare one unless asked to look further', () => {
    // "capture" and "seize" share "take possession of by force": sense 5 and sense 3.
    expect(sharesSense('capture', 'seize', 'verb')).toBe(false);
    expect(sharesSense('capture', 'seize', 'verb', 5)).toBe(true);
  });

  it('links an event noun to its verb only through derivation', () => {
    expect(sharesSense('death', 'die', ['noun', 'verb'])).toBe(false);
    expect(sharesSense('death', 'die', ['noun', 'verb'], 2, { viaDerivation: true })).toBe(true);
    expect(sharesSense('arrest', 'arrest', ['noun', 'verb'], 1, { viaDerivation: true })).toBe(
      true,
    );
  });
});

describe('conceptKeys', () => {
  it('gives paraphrases across classes a key in common', () => {
    expect(shareKey(conceptKeys('death', 'noun'), conceptKeys('die', 'verb'))).toBe(true);
    expect(shareKey(conceptKeys('killing', 'noun'), conceptKeys('kill', 'verb'))).toBe(true);
    expect(shareKey(conceptKeys('apprehend', 'verb'), conceptKeys('arrest', 'noun'))).toBe(true);
  });

  it('keeps agents, and unrelated words, apart', () => {
    expect(shareKey(conceptKeys('killer', 'noun'), conceptKeys('kill', 'verb'))).toBe(false);
    expect(shareKey(conceptKeys('rifle', 'noun'), conceptKeys('grenade', 'noun'))).toBe(false);
    expect(conceptKeys('ak-47', 'noun')).toEqual([]);
  });
});

describe('areAntonyms', () => {
  it.each([
    ['win', 'lose', 'verb'],
    ['rise', 'fall', 'verb'],
    ['check in', 'check out', 'verb'],
    ['husband', 'wife', 'noun'],
    ['dead', 'alive', 'adj'],
    ['damp', 'dry', 'adj'], // indirect: "damp" is in the cluster of "wet"
  ] as const)('%s and %s are antonyms', (a, b, cls) => expect(areAntonyms(a, b, cls)).toBe(true));

  it('does not oppose synonyms or words whose opposition is a rare sense', () => {
    expect(areAntonyms('arrest', 'apprehend', 'verb')).toBe(false);
    // "leave" is the opposite of "enter" only in its fifth sense ("exit").
    expect(areAntonyms('enter', 'leave', 'verb')).toBe(false);
    expect(areAntonyms('enter', 'exit', 'verb')).toBe(true);
  });
});

describe('similarity', () => {
  it('scores near kinds above distant ones, within 0..1', () => {
    expect(similarity('rifle', 'rifle', 'noun')).toBe(1);
    expect(similarity('rifle', 'gun', 'noun')).toBeGreaterThan(
      similarity('rifle', 'vehicle', 'noun'),
    );
    expect(similarity('trawler', 'ship', 'noun')).toBeGreaterThan(0.8);
    expect(similarity('rifle', 'vehicle', 'noun')).toBeGreaterThan(0);
    expect(similarity('rifle', 'vehicle', 'noun')).toBeLessThan(0.7);
  });

  it('is 0 for verbs under different roots and for unknown words', () => {
    expect(similarity('die', 'kill', 'verb')).toBe(0);
    expect(similarity('ak-47', 'rifle', 'noun')).toBe(0);
  });
});
