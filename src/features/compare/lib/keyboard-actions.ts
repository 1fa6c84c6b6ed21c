/** What a shortcut does in the comparison view. */
export type KeyAction =
  | 'next-fact'
  | 'previous-fact'
  | 'next-disagreement'
  | 'previous-disagreement'
  | 'toggle-view'
  | 'open-help';

/** The shortcuts, for the help overlay and the key handler alike. */
export const SHORTCUTS: { keys: string[]; action: KeyAction; description: string }[] = [
  { keys: ['j'], action: 'next-fact', description: 'Next shared fact' },
  { keys: ['k'], action: 'previous-fact', description: 'Previous shared fact' },
  { keys: ['n'], action: 'next-disagreement', description: 'Next disagreement' },
  { keys: ['p'], action: 'previous-disagreement', description: 'Previous disagreement' },
  { keys: ['v'], action: 'toggle-view', description: 'Next view (summary, aligned, reading…)' },
  { keys: ['?'], action: 'open-help', description: 'Show these shortcuts' },
];

/** The parts of a keyboard event the decision needs (so it can be tested without a DOM). */
export type KeyInput = {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
};

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
// Inputs that take no text: shortcuts stay on while one of them has focus.
const NON_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'radio',
  'range',
  'reset',
  'submit',
  'color',
]);

/**
 * True when the key belongs to what the user is typing (a text field, a select, editable text).
 */
export function isTypingTarget(target: KeyInput['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase() ?? '';
  if (!TYPING_TAGS.has(tag)) return false;
  return !(tag === 'INPUT' && NON_TEXT_INPUTS.has((target.type ?? 'text').toLowerCase()));
}

/**
 * The shortcut a key press asks for, or null: never while typing or with a modifier held
 * (Shift is allowed: "?" needs it on most layouts).
 *
 * @example keyAction({ key: 'j', ctrlKey: false, metaKey: false, altKey: false, target: null }) // 'next-fact'
 */
export function keyAction(input: KeyInput): KeyAction | null {
  if (input.ctrlKey || input.metaKey || input.altKey || isTypingTarget(input.target)) return null;
  return SHORTCUTS.find((s) => s.keys.includes(input.key))?.action ?? null;
}

/**
 * The next position in a list of `length` items, from `current` (null: nothing chosen yet).
 * With `wrap`, it goes round; without, it stops at the ends.
 *
 * @example step(null, 5, 1) // 0
 * @example step(4, 5, 1, true) // 0
 */
export function step(
  current: number | null,
  length: number,
  delta: 1 | -1,
  wrap = false,
): number | null {
  if (length === 0) return null;
  if (current === null || current < 0 || current >= length) return delta > 0 ? 0 : length - 1;
  const next = current + delta;
  if (wrap) return (next + length) % length;
  return Math.min(length - 1, Math.max(0, next));
}
