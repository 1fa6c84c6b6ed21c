/** Function words left out when two claims are compared word by word. */
const STOP = new Set(
  `the a an and or but of to in on at for with by from as is are was were be been being it its
  this that these those he she they we i you his her their our my your him them us me not no
  will would could should can may might have has had do does did said says say told tells
  about into than then there here which who whom what when where why how all any some so if`.split(
    /\s+/,
  ),
);

/**
 * The content words of a claim, lower-cased: what two accounts of one claim share whoever they
 * credit it to.
 *
 * @example claimWords('"We will not sell the harbor," Okafor said.') // ['sell', 'harbor', 'okafor']
 */
export function claimWords(text: string): string[] {
  return [
    ...new Set(
      text
        .toLowerCase()
        .split(/[^\p{L}\p{N}$%]+/u)
        .filter((w) => w.length >= 3 && !STOP.has(w)),
    ),
  ];
}

/** The share of the shorter list's words that the longer one has too (0..1). */
export function overlap(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, new Set(b)] : [b, new Set(a)];
  if (short.length === 0) return 0;
  return short.filter((w) => long.has(w)).length / short.length;
}
