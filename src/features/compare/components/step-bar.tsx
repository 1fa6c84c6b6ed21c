type Props = {
  onFact: (delta: 1 | -1) => void;
  onDisagreement: (delta: 1 | -1) => void;
  /** Whether the story has a disagreement to step to. */
  disagreements: boolean;
};

const STEP = 'btn max-md:flex-1 max-md:justify-center';

/** A step button: its visible words are part of its name ("Next fact" shows "Fact ›"). */
function Step({
  way,
  what,
  keys,
  onClick,
}: {
  way: 1 | -1;
  what: string;
  keys: string;
  onClick: () => void;
}) {
  return (
    <button type="button" className={STEP} aria-keyshortcuts={keys} onClick={onClick}>
      {way < 0 && <span aria-hidden="true">‹</span>}
      <span>
        <span className="sr-only">{way < 0 ? 'Previous' : 'Next'} </span>
        {what}
      </span>
      {way > 0 && <span aria-hidden="true">›</span>}
    </button>
  );
}

/**
 * Previous and next shared fact and disagreement, on every screen (the keys j, k, n and p do
 * the same): in the toolbar on a wide screen, along the bottom edge on a narrow one.
 */
export function StepBar({ onFact, onDisagreement, disagreements }: Props) {
  return (
    <div
      role="group"
      aria-label="Step through the story"
      className="flex items-center gap-1.5 max-md:fixed max-md:inset-x-0 max-md:bottom-0 max-md:z-40 max-md:border-t max-md:border-stone-200 max-md:bg-white/95 max-md:px-2 max-md:py-1.5 max-md:backdrop-blur-sm dark:max-md:border-stone-800 dark:max-md:bg-stone-900/95 print:hidden"
    >
      <Step way={-1} what="Fact" keys="k" onClick={() => onFact(-1)} />
      <Step way={1} what="Fact" keys="j" onClick={() => onFact(1)} />
      {disagreements && (
        <>
          <Step way={-1} what="Disagreement" keys="p" onClick={() => onDisagreement(-1)} />
          <Step way={1} what="Disagreement" keys="n" onClick={() => onDisagreement(1)} />
        </>
      )}
    </div>
  );
}
