/** An article file shipped with the app, and the URL of the built asset. */
export type SeedFile = { file: string; url: string };

/**
 * Turns an `import.meta.glob` record (path → asset URL) into files named by their base name,
 * sorted by name so that the columns come in a stable order.
 *
 * @example seedFilesFrom({ '../seeds/b.txt': '/assets/b-1.txt' }) // [{ file: 'b.txt', url: '/assets/b-1.txt' }]
 */
export function seedFilesFrom(record: Record<string, string>): SeedFile[] {
  return Object.entries(record)
    .map(([path, url]) => ({ file: path.slice(path.lastIndexOf('/') + 1), url }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** The seed story's articles, bundled verbatim as assets (never inlined: see `assetsInlineLimit`). */
export const SEED_FILES: SeedFile[] = seedFilesFrom(
  import.meta.glob<string>('../../seeds/*.txt', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
);

/** The seed story's id in claim links (`#/claim/v1/seed:kerry-lavrov-2014/…`); the router maps
 * any "seed:…" link to the seed story. */
export const SEED_STORY_LINK_ID = 'seed:kerry-lavrov-2014';

/** The seed story's name, as its links carry it (`?name=`). */
export const SEED_STORY_NAME = 'Kerry and Lavrov meet in Paris';

/** The address of the seed story's passage register (built by `npm run build`), if any. */
export const SEED_REGISTER_URL: string | null =
  Object.values(
    import.meta.glob<string>('../../seeds/passages.json', {
      query: '?url',
      import: 'default',
      eager: true,
    }),
  )[0] ?? null;
