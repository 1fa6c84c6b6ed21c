import { describe, expect, it } from 'vitest';
import { analyzeDisagreements, detectIn } from '../test-story';
import { detectClaimDenials } from './claim-denial';
import { detectResponsibility } from './responsibility';
import { detectSameClaimSources } from './same-claim';

const quoted = (speaker: string) =>
  `Harbor sale\n\n"We will not sell the harbor to a foreign fund," ${speaker} said on Monday.`;

describe('detectSameClaimSources', () => {
  it('finds one quotation credited to two speakers', () => {
    const d = analyzeDisagreements([
      quoted('Mayor Ruth Okafor'),
      quoted('council leader Dan Pruitt'),
    ]).filter((x) => x.kind === 'attribution');
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual(['Mayor Ruth Okafor', 'council leader Dan Pruitt']);
    expect(d[0]?.credits).toEqual(['Ruth Okafor', 'Dan Pruitt']);
    expect(d[0]?.summary).toBe(
      'Who said “We will not sell the harbor to a foreign fund”: Ruth Okafor vs Dan Pruitt',
    );
  });

  it('finds one statement credited to two people', () => {
    const said = (who: string) =>
      `Port\n\nThe city will sell the old harbor to a foreign fund next spring, ${who} said.`;
    const d = detectIn(detectSameClaimSources, [said('Ruth Okafor'), said('Dan Pruitt')]);
    expect(d.map((x) => x.credits)).toEqual([['Ruth Okafor', 'Dan Pruitt']]);
  });

  it('stays quiet for one source, a source within another, unnamed sources and other words', () => {
    const quiet = (a: string, b: string) => detectIn(detectSameClaimSources, [a, b]);
    expect(quiet(quoted('Mayor Ruth Okafor'), quoted('Okafor'))).toEqual([]);
    expect(quiet(quoted('Ruth Okafor'), quoted('Ruth Okafor and Dan Pruitt'))).toEqual([]);
    expect(
      quiet(
        quoted('Ruth Okafor'),
        'Sale\n\n"We will not sell the harbor to a foreign fund," the two leaders said in a statement by Okafor and Pruitt.',
      ),
    ).toEqual([]);
    expect(quiet(quoted('a friend of the mayor'), quoted('a source at the council'))).toEqual([]);
    expect(
      quiet(
        quoted('Ruth Okafor'),
        'Harbor\n\n"The harbor needs a new crane before the winter," Dan Pruitt said on Monday.',
      ),
    ).toEqual([]);
  });
});

describe('detectClaimDenials', () => {
  const claim =
    'Fine paid\n\nThe Dorset Shipping company paid a $2 million fine to the city last year, union leader Joe Marsh said.';

  it('finds a claim and its denial by another party in another article', () => {
    const d = analyzeDisagreements([
      claim,
      'Fine\n\nCompany spokeswoman Lena Ortiz denied that the Dorset Shipping company paid a fine to the city.',
    ]).filter((x) => x.kind === 'attribution');
    expect(d).toHaveLength(1);
    expect(d[0]?.sides).toEqual([
      'The Dorset Shipping company paid a $2 million fine to the city last year',
      'denied',
    ]);
    expect(d[0]?.credits).toEqual(['Joe Marsh', 'Lena Ortiz']);
  });

  it('finds "that was not true" right after a claim', () => {
    const d = detectIn(detectClaimDenials, [
      'Fine row\n\nThe Dorset Shipping company paid a $2 million fine to the city, Joe Marsh said. Lena Ortiz said that was not true.',
    ]);
    expect(d.map((x) => x.sides[1])).toEqual(['was not true']);
    expect(d[0]?.credits).toEqual(['Joe Marsh', 'Lena Ortiz']);
  });

  it('matches a short denial of a claim about the denier, not the sentence before it', () => {
    const d = detectIn(detectClaimDenials, [
      'Harbor deal\n\nCouncillor Ana Ruiz said the harbor board had known about the leak for weeks.',
      'Leak row\n\nThe mayor said the inquiry would start in May. The harbor board denied that it had known about the leak.',
    ]);
    expect(d).toHaveLength(1);
    expect(d[0]?.sides[0]).toBe('the harbor board had known about the leak for weeks');
    expect(d[0]?.credits).toEqual(['Ana Ruiz', 'The harbor board']);
  });

  it('stays quiet for a denial by the same source, "did not deny", and denials of other things', () => {
    const quiet = (denial: string) => detectIn(detectClaimDenials, [claim, `Fine\n\n${denial}`]);
    expect(
      quiet('Joe Marsh later denied that the Dorset Shipping company paid a fine to the city.'),
    ).toEqual([]);
    expect(
      quiet('Lena Ortiz did not deny that the Dorset Shipping company paid a fine to the city.'),
    ).toEqual([]);
    expect(quiet('Lena Ortiz denied that the harbor crane had failed in the storm.')).toEqual([]);
  });
});

describe('detectResponsibility', () => {
  const claimed = (verb: string) =>
    `Pipeline blast\n\nA group called the Delta Watch ${verb} for the blast that shut the Ogun pipeline on Friday.`;

  it('sets one party owning a deed in one article against disowning it in another', () => {
    const d = detectIn(detectResponsibility, [
      claimed('claimed responsibility'),
      'Ogun pipeline\n\nThe Delta Watch denied any role in the blast on the Ogun pipeline, which was shut on Friday.',
    ]);
    expect(d.map((x) => x.sides)).toEqual([['claimed responsibility', 'denied any role']]);
    expect(d[0]?.summary).toBe('Role of Delta Watch: claimed responsibility vs denied any role');
  });

  it('stays quiet for two parties, two owning statements and unrelated deeds', () => {
    const quiet = (a: string, b: string) => detectIn(detectResponsibility, [a, b]);
    expect(
      quiet(
        claimed('claimed responsibility'),
        'Ogun pipeline\n\nThe Niger Legion denied any role in the blast on the Ogun pipeline on Friday.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        claimed('claimed responsibility'),
        'Ogun pipeline\n\nThe Delta Watch did not deny any role in the blast on the Ogun pipeline on Friday.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        claimed('claimed responsibility'),
        'Election\n\nThe Delta Watch denied any role in the vote-buying scandal at the March election.',
      ),
    ).toEqual([]);
  });
});
