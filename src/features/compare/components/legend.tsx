import { KIND_META, KIND_ORDER } from '../lib/relation-meta';

const SAMPLE: Record<string, string> = {
  conflict: '12,000',
  differs: 'Sunday',
  agree: 'on Monday',
  partial: 'talks',
  unique: 'by phone',
};

/** What each highlight means, drawn with the same marks and rules as the text. */
export function Legend() {
  return (
    <section
      aria-labelledby="legend-heading"
      className="border-t border-stone-200 px-4 py-4 dark:border-stone-800"
    >
      <h2 id="legend-heading" className="text-sm font-semibold">
        Legend
      </h2>
      <ul className="mt-3 space-y-3">
        {KIND_ORDER.map((kind) => {
          const meta = KIND_META[kind];
          return (
            <li key={kind} data-relation={kind} className="pl-2.5 text-[0.8rem] leading-snug">
              <span className="flex items-baseline gap-1.5 font-semibold">
                <span aria-hidden="true" className="w-3 text-center">
                  {meta.symbol}
                </span>
                {meta.label}
                <span aria-hidden="true" className="ml-auto font-serif font-normal">
                  <mark data-kind={kind}>{SAMPLE[kind]}</mark>
                </span>
              </span>
              <span className="mt-0.5 block text-stone-600 dark:text-stone-400">
                {meta.explanation} <span className="italic">({meta.pattern})</span>
              </span>
            </li>
          );
        })}
        <li className="pl-2.5 text-[0.8rem] leading-snug">
          <span className="font-semibold">Focus and counterparts</span>
          <span className="mt-0.5 block text-stone-600 dark:text-stone-400">
            Hover or click a sentence: it gets a solid outline, the sentences reporting the same
            fact in other sources a dashed one. A chosen sentence offers its links after its text.
            Tab enters each column once; the arrow keys move between its sentences and across.{' '}
            <span className="whitespace-nowrap">“↕ ¶ 7 in …”</span> marks a sentence shown out of
            its article’s order.
          </span>
        </li>
      </ul>
    </section>
  );
}
