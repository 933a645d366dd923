/**
 * The state of one weighing: short or full mode, the short and the full answers, the rendement
 * calculation, the user's choices to keep personal data, and the local draft (autosaved, expiring,
 * never saved while a field holds personal data the user did not choose to keep).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { LAWS } from '../../../kb/content/laws';
import type { KnowledgeIndex } from '../../../kb/search/search';
import type { RendementInput } from '../../../kb/weighing/rendement';
import {
  emptyShortWeighing,
  type ShortWeighing,
  shortFromPrecedent,
  shortTexts,
} from '../../../kb/weighing/short-weighing';
import { emptyWeighing, type Weighing } from '../../../kb/weighing/waardendriehoek';
import { type FieldText, unresolved } from '../personal-data/guard';
import type { Draft, PanelDb } from '../storage/db';
import { listDrafts, saveDraft } from '../storage/drafts';

export type Mode = 'short' | 'full';

export interface DraftData {
  weighing: Weighing;
  rendement: RendementInput;
  short?: ShortWeighing;
  mode?: Mode;
}

export const LAW_CHOICES = LAWS.filter((l) => l.bwb);
export const emptyRendement = (): RendementInput => ({ solution: [], alternative: [], horizonMonths: 12 });

export function newWeighing(index: KnowledgeIndex, from?: string): Weighing {
  const w = emptyWeighing();
  const e = from ? index.get(from) : undefined;
  if (e) {
    w.verwijzingen = [e.id];
    const laws =
      e.type === 'wet'
        ? [e.meta.wet, ...(e.meta.wetten ?? [])]
        : 'wetten' in e.meta
          ? (e.meta.wetten ?? [])
          : [];
    w.wetten = [...new Set(laws)].filter((k) => LAW_CHOICES.some((l) => l.key === k));
  }
  return w;
}

/** Every text a weighing carries that the user typed or can edit, by field, for the guard. */
export function weighingTexts(d: DraftData): FieldText[] {
  const w = d.weighing;
  return [
    // Both modes' texts: the draft keeps both.
    ...shortTexts(d.short ?? emptyShortWeighing()).map(([k, v]) => [`s-${k}`, v] as const),
    ['wd-voorstel', w.voorstel],
    ['wd-doel', w.doel ?? ''],
    ...Object.entries(w.answers).map(([q, a]) => [`note-${q}`, a?.note ?? ''] as const),
    ...(['solution', 'alternative'] as const).flatMap((side) =>
      d.rendement[side].map((l, i) => [`cost-${side}-${i}`, l.label] as const),
    ),
  ];
}

export function useWeighing(
  index: KnowledgeIndex,
  db: PanelDb,
  from: string | undefined,
  draftDays: number,
  now: () => number,
  onSaveError: (e: unknown) => void,
) {
  const [draftId, setDraftId] = useState(() => `wd-${now()}`);
  const [data, setData] = useState<DraftData>(() => ({
    mode: 'short',
    short: shortFromPrecedent(from ? index.get(from) : undefined),
    weighing: newWeighing(index, from),
    rendement: emptyRendement(),
  }));
  const [kept, setKept] = useState<Set<string>>(new Set());
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const dirty = useRef(false);
  const refreshDrafts = () => void listDrafts(db, now()).then(setDrafts);
  useEffect(refreshDrafts, []);

  const texts = weighingTexts(data);
  const open = unresolved(texts, kept);

  useEffect(() => {
    if (!dirty.current || open.length) return;
    const timer = setTimeout(() => {
      const voorstel = data.mode === 'full' ? data.weighing.voorstel : (data.short?.voorstel ?? '');
      const title = voorstel.trim().slice(0, 80) || 'Afweging zonder titel';
      saveDraft(db, { id: draftId, title, data }, draftDays, now()).then(refreshDrafts).catch(onSaveError);
    }, 600);
    return () => clearTimeout(timer);
  }, [data, open.length]);

  const change = (patch: Partial<DraftData>) => {
    dirty.current = true;
    setData((d) => ({ ...d, ...patch }));
  };
  return {
    data,
    short: data.short ?? emptyShortWeighing(),
    mode: data.mode ?? 'full',
    change,
    setShort: (short: ShortWeighing) => change({ short }),
    setWeighing: (weighing: Weighing) => change({ weighing }),
    setRendement: (rendement: RendementInput) => change({ rendement }),
    /** To the full weighing, carrying over the proposal and the citations. */
    toFull: () => {
      const s = data.short ?? emptyShortWeighing();
      const w = data.weighing;
      change({
        mode: 'full',
        weighing: {
          ...w,
          voorstel: w.voorstel || s.voorstel,
          verwijzingen: [...new Set([...w.verwijzingen, ...s.verwijzingen])],
        },
      });
    },
    toShort: () => change({ mode: 'short' }),
    kept,
    keep: (key: string) => setKept((k) => new Set([...k, key])),
    unresolved: open,
    drafts,
    refreshDrafts,
    resume: (d: Draft) => {
      const saved = d.data as DraftData;
      setDraftId(d.id);
      setData({
        mode: saved.mode ?? 'full',
        short: saved.short ?? emptyShortWeighing(),
        weighing: saved.weighing,
        rendement: saved.rendement ?? emptyRendement(),
      });
    },
  };
}

export type WeighingState = ReturnType<typeof useWeighing>;
