import { describe, expect, it } from 'vitest';
import { decodeLink } from '../../../core/anchoring/link-codec';
import { buildFixtureAnalysis } from './analysis-fixture';
import { indexAnalysis } from './analysis-index';
import { resolveClaimHash } from './claim-link';
import { claimLinkBuilder } from './claim-link-builder';

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
