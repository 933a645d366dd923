/**
 * Compound splitting for the words of this domain: kinderopvangtoeslag → kinder + opvang + toeslag,
 * schuldhulpverlening → schuld + hulp + verlening. A word is split only when known parts cover it
 * completely (with an optional linking s, e or en between parts), preferring the fewest parts.
 */
const PARTS = `
aanbieder aanpassing aanvraag aanvullend aanvullende aanpak advies afspraak afstemming afwijking alarm ambassadeur
apparaat arbeid arrangement auto bak begeleider begeleiding beleid bepaling beschermd beschikking besteding
bevoegdheid bewind bijstand bijzonder bijzondere blauwe bouw budget buiten buurt casus centrum coach contract
dag dak deler delers doel doorbraak dorp driehoek eet eigen elektrisch elektrische escalatie fiets fonds gebit
gebonden gecontracteerd gegevens gehandicapt gehoor gemeente gesprek gezin gezins gezondheid hond houder huis
huishoudelijk huishoudelijke huishouden hulp hulpmiddel hypotheek indicatie inkomen inkoop integraal integrale
jeugd jong kar kind kinder koop kosten kracht kwaliteit leer leerling leerplicht leef lening loket loos maat
maatschappelijk maatwerk mantel medisch medische middel monitor netwerk niet nood norm onderwijs ondersteuning
ontwikkeling opvang overbrugging overleg participatie persoons plaatsing plan platform plicht pleeg pot procedure
regeling regie regisseur register rekening reparatie rolstoel ruimte schoon school schuld schulden sociaal
sociale speciaal stad status stedelijk stoornis taal team thuis toegang toegankelijk toeslag toets traject
uithuis uitkering vangnet verblijf vergoeding vergunning verlening verslaving verzekering voorziening vervoer
vrijwilliger vrijwilligers vrijstelling waarden wacht werk wet wijk woning woon woonplaats zorg zorgverzekering
beginsel taxi toelage uren verhuis huur huurder armoede heid`
  .split(/\s+/)
  .filter(Boolean);

export const CURATED_PARTS: readonly string[] = PARTS;
const LINKS = ['', 's', 'e', 'en'];
const MIN_PART = 3;
const MIN_WORD = 7;
/**
 * Longer words are not split (nor, in a query, expanded as typos, prefixes or words run together): no
 * Dutch compound a professional types comes near it, and the work grows with the square of the length (a
 * pasted 5,000-letter string kept one search busy for half a minute).
 */
export const MAX_WORD = 40;
/** Parts learned from the corpus must be at least this long (curated parts may be shorter). */
export const MIN_LEARNED_PART = 5;

export type CompoundSplitter = (word: string) => string[] | null;

/**
 * A splitter over the curated parts plus `learned` words (from the knowledge base's own vocabulary,
 * shipped in the index so queries split the same way).
 */
export function createSplitter(learned: Iterable<string> = []): CompoundSplitter {
  const lexicon = new Set(PARTS);
  for (const w of learned) if (w.length >= MIN_LEARNED_PART) lexicon.add(w);
  const cache = new Map<string, string[] | null>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const result = split(word, lexicon);
    if (cache.size > 50_000) cache.clear();
    cache.set(word, result);
    return result;
  };
}

const defaultSplitter = createSplitter();

/** The parts of a folded word over the curated parts only, or null when it is not a known compound. */
export function splitCompound(word: string): string[] | null {
  return defaultSplitter(word);
}

function split(word: string, lexicon: ReadonlySet<string>): string[] | null {
  if (word.length < MIN_WORD || word.length > MAX_WORD) return null;
  // best[i]: fewest parts covering word[0..i), with the split that reaches it.
  const n = word.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let i = 0; i < n; i++) {
    const prev = best[i];
    if (!prev) continue;
    for (let j = i + MIN_PART; j <= n; j++) {
      if (i === 0 && j === n) continue; // the word itself is no split
      const part = word.slice(i, j);
      if (!lexicon.has(part)) continue;
      for (const link of LINKS) {
        const end = j + link.length;
        if (end > n || (link && word.slice(j, end) !== link)) continue;
        const cand = [...prev, part];
        const cur = best[end];
        if (!cur || cand.length < cur.length) best[end] = cand;
      }
    }
  }
  const parts = best[n];
  return parts && parts.length > 1 ? parts : null;
}
