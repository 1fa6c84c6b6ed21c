import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { asTopFirstArray, TopFirstStack, installLinearStacks } from './open-element-stack';

type Op =
  | { kind: 'unshift'; item: string }
  | { kind: 'shift' }
  | { kind: 'clear' }
  | { kind: 'read'; item: string; index: number };

const item = fc.constantFrom('p', 'b', 'i', 'div', 'svg');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: item.map((i): Op => ({ kind: 'unshift', item: i })) },
  { weight: 3, arbitrary: fc.constant<Op>({ kind: 'shift' }) },
  { weight: 1, arbitrary: fc.constant<Op>({ kind: 'clear' }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(item, fc.nat(12))
      .map(([i, index]): Op => ({ kind: 'read', item: i, index })),
  },
);

describe('TopFirstStack', () => {
  it('behaves like an array used newest-first, whatever the operations', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const model: string[] = [];
        const stack = asTopFirstArray(new TopFirstStack<string>());
        for (const o of ops) {
          if (o.kind === 'unshift') expect(stack.unshift(o.item)).toBe(model.unshift(o.item));
          else if (o.kind === 'shift') expect(stack.shift()).toBe(model.shift());
          else if (o.kind === 'clear') {
            stack.length = 0;
            model.length = 0;
          } else {
            expect(stack.indexOf(o.item)).toBe(model.indexOf(o.item));
            expect(stack.includes(o.item)).toBe(model.includes(o.item));
            expect(stack[o.index]).toBe(model[o.index]);
          }
          expect(stack.length).toBe(model.length);
          expect(stack[0]).toBe(model[0]);
        }
      }),
    );
  });

  it('can only be emptied through length', () => {
    const stack = asTopFirstArray(new TopFirstStack<string>());
    stack.unshift('p');
    expect(() => {
      stack.length = 3;
    }).toThrow(RangeError);
  });
});

/** Every event a parser gives, in order, as text. */
function parseEvents(html: string, linear: boolean): string[] {
  const events: string[] = [];
  const parser = new Parser({
    onopentag: (name, attribs) => events.push(`<${name} ${JSON.stringify(attribs)}>`),
    ontext: (text) => events.push(text),
    onclosetag: (name, implied) => events.push(`</${name}${implied ? ' implied' : ''}>`),
  });
  if (linear) expect(installLinearStacks(parser)).toBe(true);
  parser.write(html);
  parser.end();
  return events;
}

/** Tag soup from the elements whose handling depends on the stack (implied ends, SVG, forms). */
const tagSoup = fc
  .array(
    fc.constantFrom(
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<b>',
      '</b>',
      '<i>',
      '</i>',
      '<li>',
      '<ul>',
      '</ul>',
      '<table><tr><td>',
      '</td>',
      '<form>',
      '</form>',
      '<svg>',
      '</svg>',
      '<foreignObject>',
      '</foreignObject>',
      '<clipPath>',
      '</clippath>',
      '<math><mi>',
      '</math>',
      '<br/>',
      '<img src=x>',
      '<select><option>',
      '<script>a<b</script>',
      'text ',
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('installLinearStacks', () => {
  it('knows the stacks of the installed htmlparser2', () => {
    expect(installLinearStacks(new Parser({}))).toBe(true);
  });

  it('leaves every parser event exactly as it was', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        expect(parseEvents(html, true)).toEqual(parseEvents(html, false));
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing on an object that is not a parser it knows', () => {
    const notAParser = { stack: 'no' } as unknown as Parser;
    expect(installLinearStacks(notAParser)).toBe(false);
    expect((notAParser as unknown as { stack: unknown }).stack).toBe('no');
  });
});
