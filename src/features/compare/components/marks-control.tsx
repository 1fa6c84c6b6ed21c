import type { MarkMode } from '../lib/sentence-segments';

type Props = { value: MarkMode; onChange: (mode: MarkMode) => void };

const MODES: { mode: MarkMode; label: string }[] = [
  { mode: 'substance', label: 'Differences in substance' },
  { mode: 'words', label: 'Every word' },
  { mode: 'off', label: 'Disagreements only' },
];

/**
 * What is marked between the aligned versions of a fact: by default what differs in substance
 * (figures, names, dates, negations), or the whole word diff, or nothing but disagreements.
 */
export function MarksControl({ value, onChange }: Props) {
  return (
    <label className="flex items-center gap-1.5 text-[0.8125rem]">
      Marks
      <select
        className="rounded-md border border-stone-300 bg-white px-1.5 py-1 text-[0.8125rem] dark:border-stone-600 dark:bg-stone-800"
        value={value}
        onChange={(event) => onChange(event.target.value as MarkMode)}
      >
        {MODES.map(({ mode, label }) => (
          <option key={mode} value={mode}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
