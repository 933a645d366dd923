/**
 * Dutch diminutives in everyday queries ("de kleintjes", "zoontje", "een huisje"): the stemmer leaves
 * them apart from their base word. Candidate bases of a folded word, most likely first; search looks
 * them up only when the word itself is unknown to the index.
 */
export function diminutiveBases(word: string): string[] {
  let w = word;
  if (w.length < 5) return [];
  if (w.endsWith('jes')) w = w.slice(0, -1);
  if (!w.endsWith('je')) return [];
  const out: string[] = [];
  const push = (b: string) => {
    if (b.length >= 3 && !out.includes(b)) out.push(b);
  };
  if (w.endsWith('etje')) {
    const b = w.slice(0, -4);
    // mannetje → man, jongetje → jong
    push(/([bdfgklmnprst])\1$/.test(b) ? b.slice(0, -1) : b);
  }
  if (w.endsWith('pje')) push(w.slice(0, -3)); // boompje → boom
  if (w.endsWith('tje')) {
    const b = w.slice(0, -3);
    push(/([aeou])\1$/.test(b) && b.length > 4 ? b.slice(0, -1) : b); // zoontje → zoon, autootje → auto
  }
  push(w.slice(0, -2)); // huisje → huis, kindje → kind
  return out;
}
