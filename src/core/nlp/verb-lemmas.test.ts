import { describe, expect, it } from 'vitest';
import { loadNlpEngine } from './node-engine';
import { tokenizeSpans } from './tokenize';
import { verbLemma } from './verb-lemmas';

const verbs = (text: string) =>
  (tokenizeSpans(loadNlpEngine(), text, [{ start: 0, end: text.length }])[0] ?? [])
    .filter((t) => t.pos === 'VERB')
    .map((t) => `${t.lower}:${t.lemma}`);

describe('verbLemma', () => {
  it('puts back the silent e of a one-syllable base that would otherwise have doubled', () => {
    expect(verbLemma('fined', 'fin')).toBe('fine');
    expect(verbLemma('dining', 'din')).toBe('dine');
    expect(verbLemma('finned', 'fin')).toBe('fin');
    expect(verbLemma('planned', 'plan')).toBe('plan');
    expect(verbLemma('taxed', 'tax')).toBe('tax');
    expect(verbLemma('opened', 'open')).toBe('open');
    expect(verbLemma('rained', 'rain')).toBe('rain');
  });

  it('gives the tokens of a sentence their verbs’ base forms', () => {
    expect(verbs('The board fined the club and the players dined late.')).toEqual([
      'fined:fine',
      'dined:dine',
    ]);
  });
});
