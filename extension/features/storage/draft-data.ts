/**
 * The shape of what a Waardendriehoek draft stores (`Draft.data`), as a schema. A draft comes from this
 * panel, from an older version of it, or from an imported backup, so it is checked before it is offered
 * or resumed: null, 42 or a half object is refused, never handed to the weighing (where "Hervat" would
 * crash on it). Missing lists get their empty value; unknown keys are dropped.
 */
import * as z from 'zod/mini';
import { PERIODS } from '../../../kb/content/schema';
import { SHORT_ANSWERS } from '../../../kb/weighing/short-weighing';
import { ANSWERS, VALUES } from '../../../kb/weighing/waardendriehoek';

const MAX_TEXT = 5000;
const MAX_LIST = 200;

const text = z.string().check(z.maxLength(MAX_TEXT));
const ids = z._default(z.array(z.string().check(z.maxLength(200))).check(z.maxLength(MAX_LIST)), []);
// Any finite number: the calculator's inputs accept what a user types (0, a minus sign), and a draft
// the panel itself saved must never be hidden for it. Text, null, NaN and Infinity are refused.
const amountNumber = z.number();

const weighing = z.object({
  voorstel: z._default(text, ''),
  doel: z.optional(text),
  answers: z._default(
    z.record(
      z.string().check(z.maxLength(100)),
      z.object({ answer: z.enum(ANSWERS), note: z.optional(text) }),
    ),
    {},
  ),
  wetten: ids,
  verwijzingen: ids,
});

const costLine = z.object({
  label: text,
  amount: z.union([amountNumber, z.object({ min: amountNumber, max: amountNumber })]),
  period: z.enum(PERIODS),
  durationMonths: z.optional(amountNumber),
  sourceId: z.optional(z.string().check(z.maxLength(200))),
  possible: z.optional(z.boolean()),
});
const costLines = z._default(z.array(costLine).check(z.maxLength(MAX_LIST)), []);

const rendement = z.object({
  solution: costLines,
  alternative: costLines,
  horizonMonths: z._default(amountNumber, 12),
});

const side = z.object({ answer: z.optional(z.enum(SHORT_ANSWERS)), note: z._default(text, '') });
const short = z.object({
  voorstel: z._default(text, ''),
  sides: z.object(
    Object.fromEntries(VALUES.map((v) => [v, side])) as Record<(typeof VALUES)[number], typeof side>,
  ),
  reference: z.optional(
    z.object({ sourceId: z.optional(z.string().check(z.maxLength(200))), label: text, amount: text }),
  ),
  verwijzingen: ids,
});

export const draftDataSchema = z.object({
  weighing,
  rendement: z._default(rendement, { solution: [], alternative: [], horizonMonths: 12 }),
  short: z.optional(short),
  mode: z.optional(z.enum(['short', 'full'])),
});

export type ParsedDraftData = z.output<typeof draftDataSchema>;

/** The draft's data when it has the shape a weighing needs, else null. */
export function parseDraftData(data: unknown): ParsedDraftData | null {
  const r = draftDataSchema.safeParse(data);
  return r.success ? r.data : null;
}
