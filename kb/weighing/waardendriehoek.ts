/**
 * The Waardendriehoek (Instituut voor Publieke Waarden) as a checklist: a maatwerk solution is weighed on
 * betrokkenheid (does it strengthen the resident's own position), legitimiteit (does it fit the spirit and
 * the letter of the law) and rendement (lowest societal cost, short and long term). The questions are our
 * own wording of the reflection questions in the Lelystad action research. This module turns answers into
 * a balance and into a plain-Dutch justification ("onderbouwing") for the case file. It needs no names.
 */
import { lawByKey } from '../content/laws.ts';

export const VALUES = ['betrokkenheid', 'legitimiteit', 'rendement'] as const;
export type Value = (typeof VALUES)[number];
export const ANSWERS = ['ja', 'deels', 'nee', 'weet-niet'] as const;
export type Answer = (typeof ANSWERS)[number];

export const VALUE_LABELS: Record<Value, string> = {
  betrokkenheid: 'Betrokkenheid',
  legitimiteit: 'Legitimiteit',
  rendement: 'Rendement',
};

export const VALUE_QUESTIONS: Record<Value, string> = {
  betrokkenheid: 'Versterkt de oplossing de positie van de inwoner of het gezin?',
  legitimiteit: 'Past de oplossing bij de bedoeling en de regels van de wet?',
  rendement: 'Zijn de maatschappelijke kosten zo laag mogelijk, nu en later?',
};

export interface Question {
  id: string;
  value: Value;
  text: string;
}

export const QUESTIONS: readonly Question[] = [
  {
    id: 'b1',
    value: 'betrokkenheid',
    text: 'Heeft de inwoner of het gezin zelf meegedacht over deze oplossing?',
  },
  {
    id: 'b2',
    value: 'betrokkenheid',
    text: 'Helpt de oplossing de inwoner of het gezin om zelf (weer) verder te kunnen?',
  },
  {
    id: 'b3',
    value: 'betrokkenheid',
    text: 'Sluit de oplossing aan bij wat de inwoner zelf het belangrijkste vindt?',
  },
  {
    id: 'l1',
    value: 'legitimiteit',
    text: 'Is duidelijk welk doel de regel hier dient (eerst het doel, dan de regel)?',
  },
  {
    id: 'l2',
    value: 'legitimiteit',
    text: 'Past de oplossing binnen de ruimte die wet of regeling biedt, ook buiten de standaardroute?',
  },
  { id: 'l3', value: 'legitimiteit', text: 'Is helder wie beslist en uit welk budget het betaald wordt?' },
  {
    id: 'l4',
    value: 'legitimiteit',
    text: 'Is de afweging zo vastgelegd dat een collega of controleur haar kan volgen?',
  },
  {
    id: 'r1',
    value: 'rendement',
    text: 'Kost de oplossing minder dan wat er waarschijnlijk gebeurt als er niets gebeurt?',
  },
  {
    id: 'r2',
    value: 'rendement',
    text: 'Voorkomt de oplossing zwaardere of duurdere hulp op langere termijn?',
  },
  {
    id: 'r3',
    value: 'rendement',
    text: 'Staat de oplossing in verhouding tot het probleem: niet te zwaar, niet te licht?',
  },
];

export const ANSWER_LABELS: Record<Answer, string> = {
  ja: 'ja',
  deels: 'deels',
  nee: 'nee',
  'weet-niet': 'weet niet',
};
const SCORE: Record<Answer, number | null> = { ja: 1, deels: 0.5, nee: 0, 'weet-niet': null };

export interface AnswerWithNote {
  answer: Answer;
  note?: string;
}

/** A weighing in progress: what a draft stores. */
export interface Weighing {
  /** A short description of the proposed solution, without names. */
  voorstel: string;
  /** The purpose for the resident, first (Omgekeerde Toets). */
  doel?: string;
  answers: Partial<Record<string, AnswerWithNote>>;
  /** Law keys involved. */
  wetten: string[];
  /** Ids of entries cited as precedent or rule. */
  verwijzingen: string[];
}

export function emptyWeighing(): Weighing {
  return { voorstel: '', answers: {}, wetten: [], verwijzingen: [] };
}

export interface Balance {
  /** Per value: mean score 0..1 of the answered questions (weet niet excluded), or null if none. */
  scores: Record<Value, number | null>;
  /** The value with the lowest score (null while no value has an answer). */
  weakest: Value | null;
  answered: number;
}

export function balance(w: Weighing): Balance {
  const scores = {} as Record<Value, number | null>;
  let answered = 0;
  for (const v of VALUES) {
    const known = QUESTIONS.filter((q) => q.value === v)
      .map((q) => w.answers[q.id]?.answer)
      .filter((a): a is Answer => !!a)
      .map((a) => {
        answered++;
        return SCORE[a];
      })
      .filter((s): s is number => s !== null);
    scores[v] = known.length ? known.reduce((x, y) => x + y, 0) / known.length : null;
  }
  const rated = VALUES.filter((v) => scores[v] !== null);
  const weakest = rated.length
    ? rated.reduce((a, b) => ((scores[b] as number) < (scores[a] as number) ? b : a))
    : null;
  return { scores, weakest, answered };
}

export interface JustificationContext {
  /** Citations of the referenced entries, as `citation()` gives them. */
  citations: string[];
  /** Lines describing the rendement calculation (already formatted), or none. */
  rendement?: string[];
}

function verdict(score: number | null): string {
  if (score === null) return 'nog niet beoordeeld';
  if (score >= 0.75) return 'sterk';
  if (score >= 0.4) return 'gedeeltelijk';
  return 'zwak';
}

/** The justification as plain text, structured by the three values, readable when pasted into any form. */
export function justification(w: Weighing, ctx: JustificationContext): string {
  const b = balance(w);
  const lines: string[] = ['Onderbouwing maatwerk (afweging met de Waardendriehoek)'];
  if (w.voorstel.trim()) lines.push(`Voorstel: ${w.voorstel.trim()}`);
  if (w.doel?.trim()) lines.push(`Doel voor de inwoner: ${w.doel.trim()}`);
  for (const v of VALUES) {
    lines.push('', `${VALUE_LABELS[v]} (${verdict(b.scores[v])}): ${VALUE_QUESTIONS[v]}`);
    for (const q of QUESTIONS.filter((x) => x.value === v)) {
      const a = w.answers[q.id];
      if (!a) continue;
      lines.push(`- ${q.text} ${cap(ANSWER_LABELS[a.answer])}.${a.note?.trim() ? ` ${a.note.trim()}` : ''}`);
    }
    if (v === 'legitimiteit' && w.wetten.length) {
      lines.push(`- Betrokken wetten: ${w.wetten.map((k) => lawByKey(k)?.name ?? k).join(', ')}.`);
    }
    if (v === 'rendement' && ctx.rendement?.length) lines.push(...ctx.rendement.map((l) => `- ${l}`));
  }
  if (ctx.citations.length) lines.push('', 'Onderbouwd met:', ...ctx.citations.map((c) => `- ${c}`));
  if (b.weakest) {
    lines.push(
      '',
      `Balans: de zwakste kant is ${VALUE_LABELS[b.weakest].toLowerCase()}; dat verdient aandacht of een toelichting.`,
    );
  }
  return lines.join('\n');
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The escalation ladder when a rule blocks a solution, with the entries that explain each step. */
export const ESCALATION_LADDER: readonly { step: string; entry?: string }[] = [
  { step: 'Bespreek het in je eigen team en met je leidinggevende' },
  {
    step: 'Breng het in bij een casusoverleg of het integrale casusteam',
    entry: 'leeuwarden-kwaliteitsteam-casusteam-ambassadeurs',
  },
  {
    step: 'Worstel je langer dan acht weken met de casus? Escaleer (de Almelose stelregel)',
    entry: 'almelo-escalatie-na-acht-weken',
  },
  {
    step: 'Zet de hulp nu in en regel later wie betaalt (overbruggingsprocedure)',
    entry: 'overbruggingsprocedure',
  },
  {
    step: 'Vraag het Landelijk Maatwerkloket Multiproblematiek om mee te denken',
    entry: 'landelijk-maatwerkloket-multiproblematiek',
  },
  {
    step: 'Bij een patstelling tussen Rijkspartijen: het Landelijk Escalatie Team',
    entry: 'landelijk-escalatie-team',
  },
];
