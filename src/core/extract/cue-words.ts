/**
 * Closed word classes the extractors rely on: reporting verbs, titles, role nouns and the words
 * that mark an organization. These are English grammar and job words, not names of anything.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Lemmas of verbs that report speech or a claim: "X said", "X estimates", "X told". */
export const REPORTING_VERBS = words(`
  say tell add report estimate claim state announce confirm deny insist explain note warn argue
  write declare allege assert acknowledge admit reveal predict maintain stress emphasize emphasise
  reply ask quip conclude comment remark recall testify tweet disclose believe contend
  indicate suggest complain charge observe counter concede caution boast reiterate repeat recount
  quote describe`);

/** Verbs of speaking that only a person (or a body speaking like one) does: "Kerry told". */
export const SPEECH_VERBS = words(
  `say tell add explain insist reply ask write recall quip testify`,
);

/**
 * Verbs that put a figure on something: "put the number at", "estimated it at", "measured its
 * depth at 48 km", "clocked his speed at".
 */
export const ESTIMATE_VERBS = words(
  `put estimate place peg set fix number measure calculate gauge assess record register clock`,
);

/**
 * Words of a title before a name, lower-cased without dots: "Foreign Minister Sergei Lavrov",
 * "Sen. John McCain", "Mr. Obama".
 */
export const TITLE_WORDS = words(`
  president presidents minister ministers secretary chancellor premier prime foreign deputy vice
  senator sen rep representative congressman congresswoman governor gov mayor judge justice
  general gen lt lieutenant colonel col major maj captain capt sergeant sgt admiral adm commander
  officer chief director executive chairman chairwoman chair ceo spokesman spokeswoman spokesperson
  ambassador envoy king queen prince princess pope cardinal bishop archbishop rev reverend father
  gm dr doctor prof professor mr mrs ms miss sir dame lord lady sheikh emir sultan ayatollah coach
  manager detective inspector superintendent sheriff attorney counsel commissioner councillor
  councilman speaker leader head undersecretary clerk trooper constable prosecutor warden secretary-general president-elect
  first former acting interim`);

/** Department words that end a title after "of": "Secretary of State", "Minister of Defence". */
export const DEPARTMENT_WORDS = words(`
  state defense defence interior justice affairs foreign economy finance treasury health energy
  commerce labor labour education homeland security agriculture transportation staff`);

/** Honorifics that say the person is a man. */
export const MALE_HONORIFICS = words(`mr sir lord king prince father`);
/** Honorifics that say the person is a woman. */
export const FEMALE_HONORIFICS = words(`mrs ms miss dame lady queen princess sister madam`);

/** Nouns naming a person by role: "actress Dana Price", "the minister said". */
export const ROLE_NOUNS = words(`
  actor actress singer star rapper musician artist director producer writer author player pitcher
  baseman catcher outfielder infielder shortstop striker goalkeeper quarterback coach manager agent
  owner president minister secretary chancellor senator governor mayor official spokesman
  spokeswoman spokesperson rep representative publicist lawyer attorney judge prosecutor detective
  officer sheriff chief leader boss chairman chairwoman executive ceo founder analyst expert
  economist scientist doctor surgeon nurse professor teacher student victim suspect witness
  survivor resident neighbour neighbor friend wife husband mother father son daughter brother
  sister girlfriend boyfriend fiancee fiance diplomat ambassador envoy king queen prince princess
  model designer comedian host anchor reporter journalist editor columnist photographer slugger
  pitcher captain commander general soldier pilot driver rider champion veteran rookie aide
  adviser advisor counterpart premier`);

/**
 * Job nouns that work as a title when capitalized before a name ("Actress Dana Price", "Director
 * Sam Whitlock"); not those that also open names of things ("Star Wars", "General Motors").
 */
export const CAPITALIZED_ROLES = words(`
  actress actor singer rapper musician director producer writer author coach manager agent
  spokesman spokeswoman spokesperson publicist lawyer attorney prosecutor detective analyst
  economist columnist photographer reporter journalist editor comedian designer`);

/** A job or relation noun: listed, or formed like one ("baseman", "spokeswoman", "waitress"). */
export function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || /(?:[a-z]{2}man|woman|person|tress)$/.test(lower);
}

/** Role nouns that say the person is a woman. */
export const FEMALE_ROLES = words(`
  actress wife mother daughter sister girlfriend fiancee queen princess spokeswoman chairwoman
  woman girl lady businesswoman congresswoman`);
/** Role nouns that say the person is a man. */
export const MALE_ROLES = words(`
  actor husband father son brother boyfriend fiance king prince spokesman chairman man boy
  businessman congressman`);

/** Words that make a proper-noun sequence an organization. */
export const ORGANIZATION_WORDS = words(`
  ministry ministries council union party inc inc. corp corp. corporation co co. ltd ltd. llc plc
  department commission committee agency association center centre university college school
  institute bank company group police army navy force forces court office parliament senate
  congress assembly government administration times news post herald journal tribune gazette
  press network television tv radio channel club team foundation fund organization organisation
  organisation league federation authority board bureau service services church hospital clinic
  airlines airline airways motors industries holdings partners studios records pictures
  entertainment media`);

/**
 * Prepositions that put a name in a place: "in Paris", "from Ukraine", "near Kiev". Not "to",
 * which takes people as often ("an offer to Luis Ferrandi").
 */
export const PLACE_PREPOSITIONS = words(`
  in from near at into across throughout outside inside toward towards around via within`);

/** Pronouns that can name a speaker, with the gender they require (null: any person). */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['he', 'male'],
  ['she', 'female'],
]);

/** Object pronouns that can name the one quoted: "The Courier quoted him as saying". */
export const OBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female'> = new Map([['him', 'male']]);
