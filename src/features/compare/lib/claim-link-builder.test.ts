import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../core/anchoring/link-codec';
import { buildFixtureAnalysis } from '../../../testing/analysis-fixture';
import { indexAnalysis } from './analysis-index';
import { currentRegister, needsRegister, resolveClaimHash } from './claim-link';
import { claimLinkBuilder, SHORT_FACT_HASH } from './claim-link-builder';

// Wording from real wire copy about one event, reported differently by two outlets.
const story = buildFixtureAnalysis({
  articles: [
    {
      key: 'wire',
      outlet: 'Wire',
      paragraphs: [
        ['A 6.1-magnitude earthquake struck off the coast on Sunday.'],
        ['At least 12 people died, the civil defence agency said.'],
      ],
    },
    {
      key: 'paper',
      outlet: 'Paper',
      paragraphs: [['The quake killed 15 people, according to the governor.']],
    },
  ],
  facts: [{ sentences: ['wire:1', 'paper:0'], relation: 'conflict' }],
  disagreements: [
    {
      summary: 'Deaths: 12 vs 15',
      sides: [
        { sentence: 'wire:1', quote: '12', value: 12, attribution: 'the civil defence agency' },
        { sentence: 'paper:0', quote: '15', value: 15, attribution: 'the governor' },
      ],
    },
  ],
});
const index = indexAnalysis(story);
const links = claimLinkBuilder(index, 'user:ab12cd34');

describe('claimLinkBuilder', () => {
  it('links a sentence so that the link opens at that sentence', () => {
    const hash = links.sentence('wire:1');
    expect(hash).toMatch(/^#\/claim\/v1\/user:ab12cd34\/s\?/);
    expect(resolveClaimHash(index, hash ?? '', 'user:ab12cd34')).toMatchObject({
      focus: 'wire:1',
      sentences: ['wire:1'],
      notices: [],
    });
  });

  it('links a figure inside a sentence (offsets relative to it) to its disagreement', () => {
    const text = index.sentences.get('paper:0')?.text ?? '';
    const at = text.indexOf('15');
    const hash = links.span('paper:0', at, at + 2) ?? '';
    const decoded = decodeLink(hash);
    const passage = decoded.ok ? decoded.link.passages[0] : undefined;
    expect(passage && 'selector' in passage && passage.selector.exact).toBe('15');
    expect(resolveClaimHash(index, hash)).toMatchObject({
      focus: 'paper:0',
      disagreement: 'dis-0',
    });
  });

  it('links a fact and a disagreement with one passage per sentence or side', () => {
    const fact = index.facts[0];
    const disagreement = index.disagreements[0];
    if (!fact || !disagreement) throw new Error('fixture lacks a fact or a disagreement');
    const factLink = resolveClaimHash(index, links.fact(fact) ?? '');
    expect(factLink?.sentences).toEqual(['wire:1', 'paper:0']);
    const disagreementLink = resolveClaimHash(index, links.disagreement(disagreement) ?? '');
    expect(disagreementLink).toMatchObject({
      disagreement: 'dis-0',
      sentences: ['wire:1', 'paper:0'],
      notices: [],
    });
  });

  it('gives no link for a claim it cannot describe', () => {
    expect(links.sentence('nowhere:3')).toBeNull();
    expect(links.span('wire:1', 4, 4)).toBeNull();
    expect(links.fact({ id: 'f', sentences: ['wire:0', 'gone:1'], relation: 'agree' })).toBeNull();
  });
});

describe('resolveClaimHash for another story or app', () => {
  it('reports a link to another story, and a foreign route, instead of opening them', () => {
    const hash = links.sentence('wire:0') ?? '';
    expect(resolveClaimHash(index, hash, 'user:ffff0000')?.notices[0]).toMatch(/another story/);
    expect(resolveClaimHash(index, '#/notes/section-2', 'user:ab12cd34')?.notices[0]).toMatch(
      /does not point to a claim/,
    );
    expect(resolveClaimHash(index, '#main')).toBeNull();
  });
});

describe('short links (a story the app ships, with a passage register)', () => {
  const short = claimLinkBuilder(index, 'ecb:1-ecb', { short: true });

  it('name sentences and spans by key, and open at the same claims', () => {
    const sentence = short.sentence('wire:1') ?? '';
    expect(sentence).toMatch(/^#\/claim\/v1\/ecb:1-ecb\/s\?k=[0-9A-Za-z]{6}$/);
    expect(resolveClaimHash(index, sentence, 'ecb:1-ecb')).toMatchObject({
      focus: 'wire:1',
      notices: [],
    });
    const text = index.sentences.get('paper:0')?.text ?? '';
    const at = text.indexOf('15');
    const span = short.span('paper:0', at, at + 2) ?? '';
    expect(span).toMatch(new RegExp(`/p\\?k=[0-9A-Za-z]{6}\\.${at}-${at + 2}$`));
    expect(resolveClaimHash(index, span, 'ecb:1-ecb')).toMatchObject({
      focus: 'paper:0',
      disagreement: 'dis-0',
    });
    const fact = index.facts[0];
    const disagreement = index.disagreements[0];
    if (!fact || !disagreement) throw new Error('fixture lacks a fact or a disagreement');
    expect(short.fact(fact)?.length).toBeLessThanOrEqual(SHORT_FACT_HASH);
    expect(resolveClaimHash(index, short.disagreement(disagreement) ?? '')).toMatchObject({
      disagreement: 'dis-0',
      sentences: ['wire:1', 'paper:0'],
    });
  });

  it('open a passage the text no longer has from the register, or say it is unknown', () => {
    const hash = short.sentence('wire:1') ?? '';
    const edited = buildFixtureAnalysis({
      articles: [
        {
          key: 'wire',
          outlet: 'Wire',
          paragraphs: [
            ['A 6.1-magnitude earthquake struck off the coast on Sunday.'],
            ['At least 13 people died, the civil defence agency said.'],
          ],
        },
        {
          key: 'paper',
          outlet: 'Paper',
          paragraphs: [['The quake killed 15 people, according to the governor.']],
        },
      ],
    });
    const editedIndex = indexAnalysis(edited);
    expect(needsRegister(editedIndex, hash)).toBe(true);
    expect(resolveClaimHash(editedIndex, hash)?.notices[0]).toMatch(/not one this story has/);
    // The register of the story as it was when the link was made.
    const register = currentRegister(index);
    expect(resolveClaimHash(editedIndex, hash, 'ecb:1-ecb', register)).toMatchObject({
      focus: 'wire:1',
      notices: [],
    });
  });
});
