import type { Counterpart } from '../lib/counterparts';
import { KIND_META } from '../lib/relation-meta';

type Props = {
  /** A `div` under a paragraph-like sentence, a `span` (drawn as a block) inside running text. */
  as: 'div' | 'span';
  list: Counterpart[];
  goTo: (id: string) => void;
};

/** A counterpart's text, its disputed figure marked. */
function Text({ item }: { item: Counterpart }) {
  const { text } = item.info;
  if (!item.span) return <>{text}</>;
  const { start, end } = item.span;
  return (
    <>
      {text.slice(0, start)}
      <mark data-kind="conflict">{text.slice(start, end)}</mark>
      {text.slice(end)}
    </>
  );
}

/**
 * Under a sentence on a narrow screen, where one source is shown at a time: the other sides of
 * its disagreements and what the other sources say of the same facts, each with a button that
 * shows it in its own column. Quoted, not drawn as sentences: each sentence is shown once.
 */
export function CounterpartsPanel({ as: Tag, list, goTo }: Props) {
  return (
    <Tag
      role="group"
      aria-label="In the other sources"
      data-counterparts=""
      className="my-2 block space-y-2 rounded-md border border-stone-300 bg-stone-50 p-2.5 font-sans dark:border-stone-700 dark:bg-stone-950 print:hidden"
    >
      {list.map((item) => (
        <span key={item.info.id} className="block">
          <span className="block text-[0.7rem] font-semibold tracking-wide text-stone-600 uppercase dark:text-stone-300">
            {item.why === 'side' ? (
              <>
                <span aria-hidden="true">{KIND_META.conflict.symbol} </span>Other side, in{' '}
                {item.source}
                {item.span && (
                  <span className="font-normal normal-case"> · {item.span.attribution}</span>
                )}
              </>
            ) : (
              <>In {item.source}</>
            )}
          </span>
          <q className="block font-serif text-[0.95rem] leading-relaxed [quotes:none]">
            <Text item={item} />
          </q>
          <button type="button" className="btn mt-1" onClick={() => goTo(item.info.id)}>
            Show in {item.source}
          </button>
        </span>
      ))}
    </Tag>
  );
}
