import type { Parser } from 'htmlparser2';

/**
 * htmlparser2's Parser keeps the open elements (and the SVG/MathML contexts) in arrays with the
 * newest entry first, and works on them with `unshift`, `shift` and `indexOf`. Each of those is
 * O(depth), so a deeply nested document — `<div>` × 200 000, unclosed `<b><i>` chains, stray end
 * tags under a deep stack — costs O(n²): about 15–30 s per MB. `TopFirstStack` offers the same
 * operations with the same meaning at O(1) each (amortized), so parsing stays linear at any
 * depth and gives exactly the same events.
 */

/**
 * A stack read newest-first, as htmlparser2 expects its stacks: `unshift` pushes, `shift` pops,
 * `indexOf(x)` is the distance from the top to the nearest `x`.
 *
 * @example const s = new TopFirstStack<string>(); s.unshift('p'); s.unshift('b'); s.indexOf('p') // 1
 */
export class TopFirstStack<T> {
  /** Oldest first, so that push and pop are O(1). */
  private readonly items: T[] = [];
  /** For each value, where it stands in `items`, oldest first. */
  private readonly positions = new Map<T, number[]>();

  get length(): number {
    return this.items.length;
  }

  /** Only emptying is supported (htmlparser2 resets its stacks with `length = 0`). */
  set length(value: number) {
    if (value !== 0) throw new RangeError('A TopFirstStack can only be emptied.');
    this.items.length = 0;
    this.positions.clear();
  }

  /** Pushes `item` on top; returns the new length. */
  unshift(item: T): number {
    const at = this.positions.get(item);
    if (at) at.push(this.items.length);
    else this.positions.set(item, [this.items.length]);
    return this.items.push(item);
  }

  /** Pops the top item (undefined when empty). */
  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop() as T;
    this.positions.get(item)?.pop();
    return item;
  }

  /** How far below the top the nearest `item` is (0: the top), or -1. */
  indexOf(item: T): number {
    const at = this.positions.get(item);
    const last = at?.[at.length - 1];
    return last === undefined ? -1 : this.items.length - 1 - last;
  }

  includes(item: T): boolean {
    return this.indexOf(item) >= 0;
  }

  /** The item `index` places below the top (0: the top). */
  fromTop(index: number): T | undefined {
    return this.items[this.items.length - 1 - index];
  }
}

const INDEX = /^(?:0|[1-9]\d*)$/;

/**
 * The stack seen as the array htmlparser2 reads: `array[0]` is the top. Only what the parser
 * uses works (`length`, indexing, `unshift`, `shift`, `indexOf`, `includes`); anything else is
 * undefined, so a parser upgrade that needs more fails the tests instead of going wrong quietly.
 */
export function asTopFirstArray<T>(stack: TopFirstStack<T>): T[] {
  // The parser reads `[0]`, `length` and the methods on every tag: those are the fast paths.
  const methods = new Map<PropertyKey, unknown>();
  const handler: ProxyHandler<TopFirstStack<T>> = {
    get(target, key) {
      if (key === '0') return target.fromTop(0);
      if (key === 'length') return target.length;
      if (typeof key === 'string' && INDEX.test(key)) return target.fromTop(Number(key));
      if (methods.has(key)) return methods.get(key);
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const bound: unknown = (value as () => unknown).bind(target);
      methods.set(key, bound);
      return bound;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value, target);
    },
  };
  return new Proxy(stack, handler) as unknown as T[];
}

/** The private fields of htmlparser2 12's Parser this module replaces. */
type ParserStacks = { stack: unknown; foreignContext: unknown };

/**
 * Gives a new Parser (before it is written to) stacks that cost O(1) per operation, holding
 * what its own stacks hold. Returns false, changing nothing, when the parser does not have the
 * stacks this code knows (another htmlparser2 version): parsing then still works, only slower
 * on deep nesting, and the unit tests say so.
 *
 * @example const parser = new Parser(handlers); installLinearStacks(parser); parser.end(html);
 */
export function installLinearStacks(parser: Parser): boolean {
  const fields = parser as unknown as ParserStacks;
  if (!Array.isArray(fields.stack) || !Array.isArray(fields.foreignContext)) return false;
  fields.stack = asTopFirstArray(topFirstCopy(fields.stack as unknown[]));
  fields.foreignContext = asTopFirstArray(topFirstCopy(fields.foreignContext as unknown[]));
  return true;
}

function topFirstCopy<T>(array: readonly T[]): TopFirstStack<T> {
  const stack = new TopFirstStack<T>();
  for (let i = array.length - 1; i >= 0; i--) stack.unshift(array[i] as T);
  return stack;
}
