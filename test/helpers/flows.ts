/**
 * What the end-to-end flows do and expect, shared by every browser's suite whatever drives it (Playwright
 * in Chromium, puppeteer-core in Firefox): the data of each flow, and self-contained functions to pass
 * to a driver's `evaluate` (they run in the page, so they may use nothing from outside their body).
 */

/** Search and open an entry. */
export const SEARCH_FLOW = {
  query: 'zorgbegeleider thuis',
  firstId: 'lelystad-thuisonderwijs-zorgbegeleider',
  headings: ['Knelpunt', 'Waardendriehoek'],
  costText: '€ 13.000 per half jaar',
} as const;

/** From a found precedent to a justification in the case form, with a rendement calculation. */
export const WEIGH_FLOW = {
  query: 'fietskar',
  /** The short weighing opens first; this button opens the full one (ten questions, the calculator). */
  full: /Volledige afweging/,
  proposalLabel: 'Welke maatwerkoplossing weeg je?',
  proposal: 'Fietskar zodat moeder de kinderen zelf naar de behandeling brengt',
  answers: [
    [/zelf meegedacht/, 'ja'],
    [/zelf \(weer\) verder/, 'ja'],
    [/Past de oplossing binnen de ruimte/, 'deels'],
    [/wie beslist en uit welk budget/, 'nee'],
    [/Kost de oplossing minder/, 'ja'],
  ] as [RegExp, string][],
  law: 'Wmo 2015',
  cost: { amount: '450', reference: 'lelystad-uithuisplaatsing-vier-kinderen-half-jaar', months: '6' },
  rendement: [/Indicatief/, /maatwerk € 450/],
  justification: [
    /Onderbouwing maatwerk/,
    /Legitimiteit \(zwak\)/,
    /Betrokken wetten: Wet maatschappelijke ondersteuning 2015/,
    // The sourced reference is a possible saving: it is named with its amount, and said to be uncertain.
    /Uithuisplaatsing van vier kinderen[^\n]*€ 60\.000[^\n]*mogelijk vermeden/,
    /Zie voorbeeld: Fietskar/,
  ],
  weakest: /Zwakste kant: legitimiteit/,
} as const;

/** Personal data on the demo page: none of it may ever reach the extension's storage. */
export const CANARIES = ['Canarie', '111222333', '01-02-1990', '06-12345678'];

/** Puts the caret at the end of a field of the current document (input, textarea or contenteditable). */
export function caretToEnd(selector: string): void {
  const el = document.querySelector(selector) as HTMLElement | null;
  if (!el) throw new Error(`no element ${selector}`);
  el.focus();
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.setSelectionRange(el.value.length, el.value.length);
    return;
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  range.collapse(false);
  const sel = document.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(range);
}

export interface StorageDump {
  indexedDb: Record<string, unknown[]>;
  local: Record<string, unknown>;
  session: Record<string, unknown>;
}

/** In an extension page: everything the extension keeps (its IndexedDB, storage.local, storage.session). */
export async function dumpExtensionStorage(): Promise<StorageDump> {
  const g = globalThis as unknown as {
    browser?: { storage: { local: { get(): Promise<object> }; session: { get(): Promise<object> } } };
    chrome?: { storage: { local: { get(): Promise<object> }; session: { get(): Promise<object> } } };
  };
  const api = (g.browser ?? g.chrome) as NonNullable<typeof g.chrome>;
  const db: IDBDatabase = await new Promise((res, rej) => {
    const r = indexedDB.open('maatwerkwijzer');
    r.onsuccess = () => res(r.result);
    r.onerror = () => rej(r.error);
  });
  const indexedDb: Record<string, unknown[]> = {};
  for (const name of Array.from(db.objectStoreNames)) {
    indexedDb[name] = await new Promise((res, rej) => {
      const q = db.transaction(name).objectStore(name).getAll();
      q.onsuccess = () => res(q.result);
      q.onerror = () => rej(q.error);
    });
  }
  db.close();
  const local = (await api.storage.local.get()) as Record<string, unknown>;
  const session = (await api.storage.session.get()) as Record<string, unknown>;
  return JSON.parse(JSON.stringify({ indexedDb, local, session }));
}

/** After axe-core's axe.min.js was evaluated in the page: the violations, as "rule: [targets]". */
export async function axeViolations(): Promise<string[]> {
  const axe = (
    globalThis as unknown as {
      axe: {
        run(c: object, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
      };
    }
  ).axe;
  const r = await axe.run(document, { resultTypes: ['violations'] });
  return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}
