import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../../core/contract';
import { looksEnglish } from '../../../core/ingest/english';

/** A column whose article is not in English, and what to tell the reader about it. */
export type LanguageNote = { column: number; text: string };

/**
 * Notes for the articles that are not in English: the comparison reads English, so what such an
 * article shares with the others and where it contradicts them is mostly not found. The test
 * for English is cheap and runs at once, unless the columns that fail it are given
 * (`notEnglish`, from a prepared comparison); naming the language loads franc's profiles, only
 * when an article fails it ("a language other than English" meanwhile).
 */
export function useLanguageNotes(
  articles: readonly Article[],
  labels: readonly string[],
  notEnglish?: readonly number[],
): LanguageNote[] {
  const columns = useMemo(
    () => notEnglish ?? articles.flatMap((article, i) => (looksEnglish(article.text) ? [] : [i])),
    [articles, notEnglish],
  );
  const [named, setNamed] = useState<{ of: readonly Article[]; names: string[] } | null>(null);
  useEffect(() => {
    if (columns.length === 0) return;
    let live = true;
    void import('../../../core/ingest/language').then(({ otherLanguage }) => {
      if (!live) return;
      const names = columns.map((i) => otherLanguage(articles[i]?.text ?? '') ?? '');
      setNamed({ of: articles, names });
    });
    return () => {
      live = false;
    };
  }, [articles, columns]);
  const names = named?.of === articles ? named.names : [];
  return columns.map((column, k) => ({
    column,
    text: `${labels[column] ?? `Column ${column + 1}`} appears to be in ${names[k] || 'a language other than English'}; the comparison reads English, so what it shares with the others and where they disagree is mostly not found.`,
  }));
}
