/**
 * Detectors for where someone lives and who they are: postcodes, street addresses, and names after an
 * honorific or a role word ("mevrouw De Vries", "dhr. J. Pietersen", "cliënte Fatima").
 *
 * A name without such a word before it ("Jan kwam langs") is not found: in Dutch a capitalised word is
 * as often a place, an organisation, a law or the start of a sentence.
 */
import { END, type Finding, GAP, push, START } from './finding.ts';

// ---------------------------------------------------------------------------------------------------
// Postcodes and addresses

/** Lowercase two-letter words and units that follow a four-digit number in ordinary text ("2019 de"). */
const NOT_POSTCODE_LETTERS = [
  'de',
  'en',
  'in',
  'op',
  'te',
  'om',
  'na',
  'al',
  'of',
  'is',
  'ik',
  'je',
  'jij',
  'we',
  'ze',
  'zo',
  'nu',
  'er',
  'ja',
  'nee',
  'ca',
  'nr',
  'km',
  'kg',
  'mg',
  'ml',
  'cm',
  'mm',
  'dl',
  'cl',
  'kb',
  'mb',
  'gb',
  'pp',
  'st',
  'uu',
].join('|');
const HOUSE_NUMBER = String.raw`\d{1,5}(?:-?[a-zA-Z](?!\p{L})|-\d{1,4})?`;
const NUMBER_SEP = `(?:${GAP}*,${GAP}*|${GAP}+)`;
/** SA, SD and SS are not used in Dutch postcodes. */
const POSTCODE_RE = new RegExp(
  `${START}(?:` +
    // 1234 AB, 1234AB, 1234ab, optionally with a house number
    String.raw`[1-9]\d{3}(?:${GAP}?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?!\p{L})(?:${NUMBER_SEP}${HOUSE_NUMBER})?` +
    // 1234 ab only with a house number and not an ordinary word: "In 2019 de 12 gezinnen" is no address
    String.raw`|[1-9]\d{3}${GAP}(?!(?:${NOT_POSTCODE_LETTERS})(?!\p{L}))(?!s[ads])[a-z]{2}(?!\p{L})${NUMBER_SEP}${HOUSE_NUMBER}` +
    `)${END}`,
  'gu',
);

/**
 * How Dutch street names end. Left out because ordinary words end so too: -dam (Amsterdam 12),
 * -ring (Vergadering 3), -gang (Toegang 2), -rij, -es.
 */
const STREET_SUFFIX = [
  'straat',
  'laan',
  'weg',
  'plein',
  'gracht',
  'kade',
  'singel',
  'dijk',
  'dreef',
  'steeg',
  'plantsoen',
  'boulevard',
  'pad',
  'hof',
  'erf',
  'park',
  'veld',
  'wal',
  'markt',
  'baan',
  'kamp',
  'haven',
  'gaarde',
  'akker',
  'brink',
  'vaart',
  'wetering',
  'zoom',
  'hout',
  'oord',
  'stede',
  'weide',
  'donk',
  'horst',
  'heuvel',
  'meent',
  'promenade',
  'passage',
  'allee',
  'hoven',
  'burcht',
  'berg',
  'bos',
  'tuin',
  'polder',
  'wijk',
].join('|');
const STREET_PREFIX_WORD = String.raw`(?:Van|De|Den|Der|Het|Ten|Ter|Sint|St\.|Burgemeester|Burg\.|Dokter|Dr\.|Prof\.|Professor|Prins|Prinses|Koning|Koningin|Graaf|Generaal|Eerste|Tweede|Derde|Oude|Nieuwe|Lange|Korte|Kleine|Grote|Hoge|Lage|Noord|Zuid|Oost|West)`;
const PARTICLE = `(?:van|de|der|den|het|ter|ten|'t)`;
/** "Dorpsstraat 12", "Van Goghstraat 3a", "Burgemeester de Withstraat 120", "Schoolpad 4". */
const STREET_RE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.'\-])(?:${STREET_PREFIX_WORD}${GAP}+(?:${PARTICLE}${GAP}+){0,2}){0,2}\p{Lu}[\p{L}'\-]*?(?:${STREET_SUFFIX})${GAP}+${HOUSE_NUMBER}${END}`,
  'gu',
);
/** What may separate a street and number from the postcode on either side of it. */
const ADDRESS_GAP = /^[ \t\u00A0]*(?:,[ \t\u00A0]*)?(?:\r?\n[ \t\u00A0]*)?$/;

export function findAddresses(text: string, out: Finding[]): void {
  const parts: (Finding & { street: boolean })[] = [];
  for (const m of text.matchAll(POSTCODE_RE)) {
    parts.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length, text: m[0], street: false });
  }
  for (const m of text.matchAll(STREET_RE)) {
    parts.push({ kind: 'postcode', start: m.index, end: m.index + m[0].length, text: m[0], street: true });
  }
  parts.sort((a, b) => a.start - b.start);
  // Join a street and number with the postcode right before or after it into one finding.
  const joined: (Finding & { street: boolean })[] = [];
  for (const p of parts) {
    const last = joined[joined.length - 1];
    if (
      last &&
      last.street !== p.street &&
      p.start >= last.end &&
      ADDRESS_GAP.test(text.slice(last.end, p.start))
    ) {
      last.end = p.end;
      last.text = text.slice(last.start, last.end);
      last.street = true;
    } else if (!last || p.start >= last.end) {
      joined.push({ ...p });
    }
  }
  for (const { street: _street, ...f } of joined) out.push(f);
}

// ---------------------------------------------------------------------------------------------------
// Names

/** Case-insensitive first letter, the rest as written: "[Mm]evrouw". */
function word(w: string): string {
  const first = w[0] ?? '';
  return `[${first.toUpperCase()}${first.toLowerCase()}]${w.slice(1).replace(/\./g, '\\.')}`;
}

/** Honorifics and titles: a capitalised word after them is a name. */
const HONORIFICS = [
  'mevrouw',
  'mevr.',
  'mevr',
  'mw.',
  'mvr.',
  'meneer',
  'mijnheer',
  'dhr.',
  'dhr',
  'de heer',
  'hr.',
  'mr.',
  'dr.',
  'drs.',
  'ir.',
  'ing.',
];
/** Role words in a case file: a capitalised word right after them is, nearly always, a name. */
const ROLES = [
  'cliënte',
  'cliënt',
  'cliente',
  'client',
  'betrokkene',
  'jeugdige',
  'aanvrager',
  'aanvraagster',
  'moeder',
  'vader',
  'zoon',
  'zoontje',
  'dochter',
  'dochtertje',
  'echtgenoot',
  'echtgenote',
  'broer',
  'broertje',
  'zus',
  'zusje',
  'oma',
  'opa',
  'pleegmoeder',
  'pleegvader',
  'pleegkind',
  'stiefvader',
  'stiefmoeder',
  'mantelzorger',
];
const INTRO = [...HONORIFICS, ...ROLES]
  .sort((a, b) => b.length - a.length)
  .map((w) => w.split(' ').map(word).join(`${GAP}+`))
  .join('|');
const NAME_PARTICLE = `(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Hh]et|'t|[Ll]a|[Ll]e|[Dd]u|[Dd]a|[Dd]os|[Ee]l|[Aa]l|[Bb]in|[Bb]en)`;
const CAP_WORD = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*`;
const INITIALS = String.raw`(?:\p{Lu}\.(?:${GAP}?\p{Lu}\.){0,3}${GAP}*)`;
/** Up to three name words, each optionally after particles ("van der"), initials first. */
const NAME = `${INITIALS}?(?:${NAME_PARTICLE}${GAP}+){0,3}${CAP_WORD}(?:${GAP}+(?:${NAME_PARTICLE}${GAP}+){0,3}${CAP_WORD}){0,2}`;
const NAME_RE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${INTRO})${GAP}+(${NAME})(?![\p{L}\p{N}\-])`, 'gu');

/**
 * Capitalised words that follow a role word without being a name: laws, organisations, places and
 * words that start the next clause. Compared in lower case with the first word of the name.
 */
const NOT_A_NAME = new Set([
  'wmo',
  'jeugdwet',
  'participatiewet',
  'zvw',
  'wlz',
  'wet',
  'wgs',
  'awb',
  'gemeente',
  'nederland',
  'nederlandse',
  'jeugdhulp',
  'jeugdzorg',
  'sociale',
  'sociaal',
  'zorgverzekeringswet',
  'zorgverzekeraar',
  'rijksoverheid',
  'het',
  'een',
  'die',
  'dit',
  'deze',
  'dat',
  'en',
  'of',
  'maar',
  'want',
  'ook',
  'is',
  'was',
  'heeft',
  'had',
  'wil',
  'kan',
  'gaat',
  'zegt',
  'in',
  'op',
  'met',
  'bij',
  'voor',
  'naar',
  'uit',
  'ik',
  'hij',
  'zij',
  'ze',
  'wij',
  'we',
  'u',
  'jij',
]);

export function findNames(text: string, out: Finding[]): void {
  for (const m of text.matchAll(NAME_RE)) {
    const name = m[1] ?? '';
    const first = name
      .replace(/^(?:\p{Lu}\.\s*)+/u, '')
      .split(/[\s\u00A0]+/)[0]
      ?.toLowerCase();
    const words = name.split(/[\s\u00A0]+/).map((w) => w.toLowerCase());
    // "mevrouw De" with nothing capitalised after the particle, or a law or clause word, is no name.
    if (first !== undefined && NOT_A_NAME.has(first) && words.length === 1) continue;
    if (words.some((w) => NOT_A_NAME.has(w) && !/^(?:de|het|in|op|en)$/.test(w))) continue;
    const end = m.index + m[0].length;
    push(out, 'naam', text, end - name.length, end);
  }
}
