/** The one line under an entry's summary saying why it matched the query. */
import { useT } from '../i18n/context';
import type { WhyMatched } from './why-matched';

const FIELD = {
  title: 'whyTitle',
  summary: 'whySummary',
  keywords: 'whyKeywords',
  searchTerms: 'whySearchTerms',
  examples: 'whyExamples',
} as const;

export function WhyLine({ why, query }: { why: WhyMatched; query: string }) {
  const t = useT();
  const places = why.fields.length + why.sections.length;
  if (!places) return <p class="why">{t('whyRelated', { q: query.trim() })}</p>;
  return (
    <p class="why">
      {t('whyIn')}{' '}
      {why.fields.map((f, i) => (
        <span key={f}>
          {i > 0 ? ', ' : ''}
          {t(FIELD[f])}
        </span>
      ))}
      {why.sections.slice(0, 3).map((s, i) => (
        <span key={s}>
          {why.fields.length + i > 0 ? ', ' : ''}
          <q data-content lang="nl">
            {s}
          </q>
        </span>
      ))}
      .{why.missing.length > 0 && <> {t('whyMissing', { missing: why.missing.join(', ') })}</>}
    </p>
  );
}
