import { describe, expect, it } from 'vitest';
import { isTypingTarget, keyAction, step } from './keyboard-actions';
import type { KeyInput } from './keyboard-actions';

const press = (key: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  target: { tagName: 'BODY' },
  ...extra,
});

describe('keyAction', () => {
  it('maps the documented keys', () => {
    expect(['j', 'k', 'n', 'p', 'v', '?', 'x'].map((k) => keyAction(press(k)))).toEqual([
      'next-fact',
      'previous-fact',
      'next-disagreement',
      'previous-disagreement',
      'toggle-view',
      'open-help',
      null,
    ]);
  });

  it('leaves keys alone while typing or with a modifier', () => {
    expect(keyAction(press('j', { target: { tagName: 'INPUT', type: 'search' } }))).toBeNull();
    expect(keyAction(press('j', { target: { tagName: 'TEXTAREA' } }))).toBeNull();
    expect(
      keyAction(press('j', { target: { tagName: 'DIV', isContentEditable: true } })),
    ).toBeNull();
    expect(keyAction(press('j', { ctrlKey: true }))).toBeNull();
    expect(keyAction(press('p', { metaKey: true }))).toBeNull();
  });

  it('keeps shortcuts on for buttons and checkboxes', () => {
    expect(isTypingTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('step', () => {
  it('starts at an end when nothing is chosen', () => {
    expect(step(null, 3, 1)).toBe(0);
    expect(step(null, 3, -1)).toBe(2);
    expect(step(null, 0, 1)).toBeNull();
  });

  it('stops at the ends, or wraps when asked', () => {
    expect(step(2, 3, 1)).toBe(2);
    expect(step(0, 3, -1)).toBe(0);
    expect(step(2, 3, 1, true)).toBe(0);
    expect(step(0, 3, -1, true)).toBe(2);
    expect(step(1, 3, 1)).toBe(2);
  });
});
