import { describe, expect, it } from 'vitest';
import { SEED_FILES, seedFilesFrom } from './seed-files';

describe('seedFilesFrom', () => {
  it('names files by base name and sorts them', () => {
    expect(seedFilesFrom({ '../../seeds/b.txt': 'u2', '../../seeds/a.txt': 'u1' })).toEqual([
      { file: 'a.txt', url: 'u1' },
      { file: 'b.txt', url: 'u2' },
    ]);
  });

  it('finds the seed story shipped in seeds/', () => {
    expect(SEED_FILES.length).toBeGreaterThanOrEqual(2);
    for (const seed of SEED_FILES) expect(seed.file).toMatch(/\.txt$/);
  });
});
