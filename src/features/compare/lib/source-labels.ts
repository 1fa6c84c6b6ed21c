import type { Article } from '../../../core/contract';

/**
 * A short, unique name for each article's column: the outlet when known, else the file name
 * without its extension; a name shared by several articles gets a number ("DW (2)").
 *
 * @example sourceLabels([{ outlet: 'DW' }, { outlet: null, file: 'ap-story.txt' }]) // ['DW', 'ap-story']
 */
export function sourceLabels(articles: Pick<Article, 'outlet' | 'file'>[]): string[] {
  const base = articles.map((a) => a.outlet?.trim() || a.file.replace(/\.[^.]+$/, '') || 'Source');
  const total = new Map<string, number>();
  for (const name of base) total.set(name, (total.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((name) => {
    if ((total.get(name) ?? 0) < 2) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return `${name} (${n})`;
  });
}
