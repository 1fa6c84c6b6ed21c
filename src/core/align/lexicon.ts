/**
 * Paraphrase knowledge for alignment: words that news reports use interchangeably for the same
 * thing map to one concept. General English news vocabulary, not any one story's wording.
 */

/** Groups of stems (Porter, as the tokenizer gives them) that name the same concept. */
const PARAPHRASE_GROUPS: readonly (readonly string[])[] = [
  ['withdraw', 'pullback', 'pullout', 'retreat', 'pull-back'],
  ['meet', 'talk', 'summit', 'discuss', 'negoti'],
  ['confer', 'briefing', 'brief'],
  ['troop', 'forc', 'soldier', 'militari', 'armi'],
  ['kill', 'dead', 'death', 'die', 'fatal', 'slain', 'slay'],
  ['injur', 'wound', 'hurt'],
  ['arrest', 'detain', 'custodi', 'apprehend', 'captur', 'seiz'],
  ['fire', 'blaze', 'flame', 'inferno'],
  ['agreement', 'deal', 'accord', 'pact', 'treati'],
  ['sanction', 'penalti', 'restrict'],
  ['earthquak', 'quak', 'tremor', 'temblor'],
  ['resign', 'quit', 'step-down'],
  ['attack', 'assault', 'raid', 'strike', 'ambush'],
  ['announc', 'unveil', 'reveal', 'declar'],
  ['acquir', 'acquisit', 'buy', 'purchas', 'takeov'],
  ['rehab', 'rehabilit', 'treatment'],
  ['hospit', 'clinic'],
  ['polic', 'cop'],
  ['ship', 'vessel', 'boat'],
  ['leader', 'chief', 'boss'],
  ['compani', 'firm', 'corpor'],
  ['crisi', 'conflict', 'tension', 'standoff'],
  ['propos', 'suggest', 'framework', 'offer'],
  ['de-escal', 'defus', 'eas', 'calm', 'reduc'],
  ['border', 'frontier'],
  ['mass', 'buildup', 'build-up', 'amass', 'gather', 'deploy'],
  ['elect', 'vote', 'ballot', 'poll'],
  ['win', 'victori', 'triumph'],
  ['sign', 'contract', 'agre'],
  ['fear', 'concern', 'worri', 'alarm', 'anxieti'],
  ['intimid', 'threat', 'threaten'],
  ['solut', 'settlement', 'resolut', 'resolv'],
  ['diplomat', 'diplomaci'],
  ['phone', 'telephon'],
  ['flight', 'fli', 'flew', 'plane', 'aircraft', 'jet'],
  ['storm', 'hurrican', 'typhoon', 'cyclon'],
  ['fight', 'clash', 'battl'],
  ['bomb', 'explos', 'blast', 'explod'],
  ['journalist', 'correspond'],
  ['actor', 'actress', 'star'],
  ['releas', 'launch', 'debut', 'introduc'],
  ['product', 'devic', 'gadget'],
  ['trade', 'swap', 'exchang'],
  ['sack', 'dismiss', 'oust', 'ouster'],
  ['annex', 'annexat', 'seizur'],
];

/** Words that carry no fact of their own in news: reporting verbs and fillers. */
const NON_CONTENT_STEMS = new Set([
  'say',
  'said',
  'tell',
  'told',
  'ad',
  'add',
  'also',
  'report',
  'reportedli',
  'news',
  'new',
  'year',
  'time',
  'one',
  'get',
  'make',
  'go',
  'take',
  'would',
  'could',
  'may',
  'might',
  'must',
  'will',
  'u',
]);

const conceptOfStem = new Map<string, string>();
for (const group of PARAPHRASE_GROUPS) {
  const concept = group[0] ?? '';
  for (const stem of group) if (!conceptOfStem.has(stem)) conceptOfStem.set(stem, concept);
}

/**
 * The concept a word stands for: its paraphrase group, or its own stem.
 *
 * @example conceptOf('pullback') // 'withdraw'
 */
export function conceptOf(stem: string): string {
  return conceptOfStem.get(stem) ?? stem;
}

/** Whether a stem is a reporting verb or filler that says nothing about the fact itself. */
export function isNonContent(stem: string): boolean {
  return NON_CONTENT_STEMS.has(stem);
}

/** Two-word phrases that mean one concept ("pull back" = withdraw). Keys are "stem stem". */
const PHRASES = new Map<string, string>([
  ['pull back', 'withdraw'],
  ['pull out', 'withdraw'],
  ['step down', 'resign'],
  ['set fire', 'fire'],
  ['take over', 'acquir'],
  ['check into', 'rehab'],
  ['check in', 'rehab'],
  ['news confer', 'confer'],
  ['press confer', 'confer'],
]);

/**
 * The concept of a two-word phrase, if it is one.
 *
 * @example phraseConcept('pull', 'back') // 'withdraw'
 */
export function phraseConcept(first: string, second: string): string | undefined {
  return PHRASES.get(`${first} ${second}`);
}

/**
 * The concept of a whole word (not a stem), trying the forms a Porter stem would take.
 *
 * @example conceptOfWord('forces') === conceptOfWord('troops') // true
 */
export function conceptOfWord(word: string): string {
  const lower = word.toLowerCase();
  const one = singular(lower);
  for (const form of [lower, one, one.replace(/y$/, 'i'), one.replace(/e$/, '')]) {
    const concept = conceptOfStem.get(form);
    if (concept) return concept;
  }
  return one;
}

/** A plural noun's singular by the regular rules ("casualties" → "casualty"). */
function singular(word: string): string {
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && word.length > 3) return word.slice(0, -1);
  return word;
}
