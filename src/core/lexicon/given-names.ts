/**
 * English given names and their usual short and pet forms ("William": "Bill", "Will", "Billy",
 * "Liam"), so that one person written "William Okonjo" in one article and "Bill Okonjo" in another
 * is not taken for two. No maintained nickname list is published on npm; this table follows the
 * standard English diminutives that name dictionaries list (for example the appendix of
 * hypocorisms in the Oxford Dictionary of First Names), limited to the forms in common use.
 * Each line is one family: the formal name first, then its short forms. A short form may belong
 * to several families ("Al": Albert, Alan, Alexander, Alfred).
 */
const FAMILIES = `
abigail abby abbie gail
abraham abe bram
albert al bert bertie
alan al
alexander alex al alec sandy xander lex
alexandra alex sandra sandy lexie
alfred al alf alfie fred freddie
allison allie ally
amanda mandy amy
andrew andy drew
angela angie
anthony tony ant
arthur art artie
barbara barb barbie babs
benjamin ben benny benji
bernard bernie barney
beverly bev
bradley brad
bridget biddy bridie
catherine cathy kate katie kay kathy cat
katherine kathy kate katie kay kit kitty
kathleen kathy kate katie
charles charlie chuck chas chaz chip
charlotte lottie charlie
christina chris tina christy
christine chris tina christy
christopher chris kit topher
clifford cliff
cynthia cindy
daniel dan danny
david dave davey
deborah deb debbie debra
dennis denny
donald don donnie
dorothy dot dottie dolly
douglas doug
edward ed eddie ted teddy ned
edmund ed eddie ned
edwin ed eddie
eleanor ellie nora nell
elizabeth liz lizzie beth betty bette bettie betsy eliza libby lisa elsie bess
ellen ellie nell
emily em emmy
eugene gene
frances fran fanny frankie
francis frank frankie
franklin frank
frederick fred freddie freddy rick
gabriel gabe
gerald gerry jerry
geoffrey geoff jeff
jeffrey jeff
gregory greg
harold hal harry
harry hal
henry hank harry hal
herbert herb bert
howard howie
isabel izzy bella belle
jacob jake jack
james jim jimmy jamie jem
janet jan jenny
jennifer jen jenny jenn
joanne jo
jonathan jon jonny john
john jack johnny jon
joseph joe joey jo
joshua josh
judith judy jude
katrina kat trina
kenneth ken kenny
lawrence larry laurie
laurence larry laurie
leonard len lenny leo
louis lou
margaret maggie meg peggy marge margie madge greta daisy
martha marty patty
martin marty
matthew matt
maurice mo
michael mike mickey mick mikey
miriam mimi
mitchell mitch
nathan nate nat
nathaniel nate nat nathan
nicholas nick nicky
nicole nicky nikki
oliver ollie
pamela pam
patricia pat patty trish tricia
patrick pat paddy
peter pete
philip phil pip
phillip phil
rebecca becky becca
richard rick ricky dick rich richie
robert rob bob bobby robbie bert
roberta bobbie
ronald ron ronnie
rosalind ros roz
rosemary rose rosie
samuel sam sammy
samantha sam sammy
sarah sally sadie
stephen steve stevie
steven steve stevie
stuart stu
susan sue susie suzy
suzanne sue susie suzy
terence terry
teresa terry tess tessa
theodore ted teddy theo
thomas tom tommy
timothy tim timmy
valerie val
victoria vicky tori
vincent vince vinny
walter walt wally
william bill will billy willy liam willie
zachary zach zack
`;

const families = new Map<string, Set<number>>();
FAMILIES.trim()
  .split('\n')
  .forEach((line, i) => {
    for (const name of line.trim().split(/\s+/)) {
      const set = families.get(name) ?? new Set<number>();
      set.add(i);
      families.set(name, set);
    }
  });

/**
 * Whether two given names (lower-case) can be one person's: the same, or one a usual short or
 * pet form of the other, or two forms of one name.
 *
 * @example sameGivenName('william', 'bill') // true
 * @example sameGivenName('dale', 'david') // false
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = families.get(a);
  const y = families.get(b);
  if (!x || !y) return false;
  for (const f of x) if (y.has(f)) return true;
  return false;
}

/** Whether a lower-case word is a given name or short form the table knows. */
export function isKnownGivenName(word: string): boolean {
  return families.has(word);
}
