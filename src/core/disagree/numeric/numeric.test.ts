import { describe, expect, it } from 'vitest';
import { detectIn } from '../test-story';
import { detectElapsed } from './elapsed';
import { detectNumeric } from './detect-numeric';
import { detectRecords } from './records';

describe('detectNumeric', () => {
  it('matches a list of seized items to its counterpart item by item, whatever the verbs', () => {
    const found = detectIn(detectNumeric, [
      'Raid on the depot\n\nSoldiers seized four M-16 assault rifles, six other rifles and 20 boxes of ammunition from the depot.',
      'Depot raided\n\nTroops recovered nine M16 guns, two rifles and 20 boxes of ammunition at the depot.',
    ]);
    expect(found.map((d) => d.sides).sort()).toEqual([
      ['four', 'nine'],
      ['six', 'two'],
    ]);
  });

  it('compares changes of one thing told by different verbs of change, named by what changed', () => {
    const found = detectIn(detectNumeric, [
      'Markets\n\nShares of Halden Mining fell 4% on Friday after the mine flooded.',
      'Mine flood\n\nThe mine was closed for a week. Halden Mining stock slid 9% on Friday.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides).toEqual(['4%', '9%']);
    expect(found[0]?.summary).toBe('shares fell: 4% vs 9%');
  });

  it('compares each article’s one share of a whole, whatever verb tells it', () => {
    const found = detectIn(detectNumeric, [
      'Election\n\nMayor Ines Calder won 47% of the vote in the March election and thanked her staff.',
      'Calder thanks staff\n\nInes Calder, who was elected mayor in March with 61% of the vote, thanked her staff.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides).toEqual(['47%', '61%']);
    expect(found[0]?.summary).toBe('share of the vote: 47% vs 61%');
  });

  it('reads a count without a noun of its own as counting what the figure before counts', () => {
    const found = detectIn(detectNumeric, [
      'Mine collapse\n\nThe collapse trapped 9 miners and injured 25 others on Monday, the company said.',
      'Mine disaster\n\nNine miners were trapped and more than 40 were injured on Monday.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['25', 'more than 40']]);
  });

  it('reads one event told from either end: "killed 8" and "11 died"', () => {
    const found = detectIn(detectNumeric, [
      'Bus crash\n\nThe crash on the Osmund bridge killed 8 passengers on Friday, police said.',
      'Bridge crash\n\nEleven passengers died in the crash on the Osmund bridge on Friday.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['8', 'Eleven']]);
  });

  it('counts "people" as whoever another article names', () => {
    const found = detectIn(detectNumeric, [
      'Ferry fire\n\nThe fire injured 14 passengers on the Tarvik ferry on Sunday.',
      'Ferry blaze\n\nSix people were injured in the Tarvik ferry fire on Sunday.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['14', 'Six']]);
    // Two kinds of people are two groups.
    const quiet = detectIn(detectNumeric, [
      'Ferry fire\n\nThe fire injured 14 passengers on the Tarvik ferry on Sunday.',
      'Ferry blaze\n\nThe fire injured six crew members on the Tarvik ferry on Sunday.',
    ]);
    expect(quiet).toEqual([]);
  });

  it('gives an age to the name set beside its noun', () => {
    const found = detectIn(detectNumeric, [
      'Arrest\n\nThe driver, Owen Marsh, 52, was detained at the border.',
      'Border arrest\n\nThe 57-year-old driver, Owen Marsh, was detained at the border.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe('age of Owen Marsh: 52 vs 57');
  });

  it('keeps changes of different things, and a rise against a fall, apart', () => {
    const quiet = (a: string, b: string) => detectIn(detectNumeric, [a, b]);
    expect(
      quiet(
        'Results\n\nBrenna Foods said its revenue rose 6% last year.',
        'Brenna results\n\nBrenna Foods reported a 2% rise in profit last year.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        'Trading\n\nShares of Ostrander Rail rose 3% on Monday.',
        'Rail stocks\n\nOstrander Rail shares fell 5% on Monday.',
      ),
    ).toEqual([]);
  });

  it('credits each of two figures for one thing in one article to its own source', () => {
    const found = detectIn(detectNumeric, [
      'Flood\n\nThe river forced 3,000 residents from their homes, according to the mayor. Police have put the number at 1,200.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides).toEqual(['3,000', '1,200']);
    expect(found[0]?.credits).toEqual(['the mayor', 'Police']);
  });

  it('compares the total of coordinated parts with another article’s count', () => {
    const found = detectIn(detectNumeric, [
      'Survey\n\nThe park is home to 412 bird and 88 mammal species listed as protected.',
      'Park survey\n\nThe park protects 620 species.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides).toEqual(['412 bird and 88', '620']);
  });

  it('stays quiet for parts that add up, other doers, rates against totals and subsets', () => {
    const quiet = (a: string, b: string) => detectIn(detectNumeric, [a, b]);
    expect(
      quiet(
        'Arrests\n\nCoast guards arrested 30 smugglers on Monday.',
        'Smugglers held\n\nOf the smugglers, 18 Albanian and 12 Greek men were arrested on Monday.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        'Bids\n\nThe Hawks have made the striker a $40 million offer, the club said.',
        'Rival bid\n\nThe Owls made the striker a $35 million offer.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        'Contract\n\nThe coach still has $12 million left on his contract.',
        'Pay\n\nThe coach earns about $4 million a year.',
      ),
    ).toEqual([]);
    expect(
      quiet(
        'Jury\n\nTen of the jurors were women.',
        'The jury\n\nThe two male jurors spoke to reporters after the verdict.',
      ),
    ).toEqual([]);
  });

  it('compares a property of one thing whatever verb each article tells it with', () => {
    const found = detectIn(detectNumeric, [
      'Storm\n\nA hurricane with a strength of 4 hit the island on Friday, the weather office said. It made landfall at a speed of 180 km per hour.',
      'Hurricane\n\nThe hurricane reached the coast on Friday at a strength of 3, the navy said.',
    ]);
    expect(found.map((d) => d.summary)).toEqual([
      'strength: 4 (the weather office) vs 3 (the navy)',
    ]);
  });

  it('credits a figure to whoever measured it, and names the property with its unit', () => {
    const found = detectIn(detectNumeric, [
      'Tremor\n\nThe tremor was centred near the coast at a depth of 12 km, the observatory said. The university measured its depth at 19 km.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.summary).toBe('depth: 12 km (the observatory) vs 19 km (The university)');
  });

  it('leaves a placeholder such as "the number" to the figure it re-counts', () => {
    const found = detectIn(detectNumeric, [
      'Protest\n\nOrganisers said 8,000 people marched through the city. Police put the number at 3,500.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['8,000', '3,500']]);
  });

  it('compares ages of one person only', () => {
    const found = detectIn(detectNumeric, [
      'Title fight\n\nThe 31-year-old champion Ruiz stopped Ortega, the 38-year-old challenger.',
      'Ruiz wins\n\nRuiz, 33, stopped Ortega in the ninth round.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]?.sides).toEqual(['31', '33']);
  });
});

describe('detectRecords', () => {
  it('sets one fighter’s record against another article’s, and leaves team records alone', () => {
    const found = detectIn(detectRecords, [
      'Card\n\nOn the undercard, Miguel Soto (31-2) won on points. The Lions have a 9-14 record.',
      'Soto wins\n\nSoto (29-2, 20 KOs) was too quick for his opponent. The Lions are 9-14.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['31-2', '29-2']]);
  });
});

describe('detectElapsed', () => {
  it('reads seconds into a round and a clock mark of the same round as one moment', () => {
    const found = detectIn(detectElapsed, [
      'Knockout\n\nThe referee stopped the fight 50 seconds into the fourth round.',
      'Over early\n\nHe dropped him twice in the fourth and the referee stopped the fight at the 1:40 mark.',
    ]);
    expect(found.map((d) => d.sides)).toEqual([['50 seconds', '1:40 mark']]);
  });
});
