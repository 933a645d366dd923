/**
 * The user guide (docs/handleiding.md, in Dutch), bundled with the extension so it opens without a
 * network. Its "##" parts become sections with their own heading; its screenshots are left out at
 * panel width (they are in the docs on the repository).
 */
import guide from '../../../docs/handleiding.md?raw';
import { useT } from '../i18n/context';
import { Markdown } from '../markdown/Markdown';

export interface GuidePart {
  title: string;
  body: string;
}

/** The guide's title, intro and "##" parts, without image lines. */
export function guideParts(source: string): { title: string; intro: string; parts: GuidePart[] } {
  const text = source.replace(/^!\[[^\]]*\]\([^)]*\)\s*$/gm, '');
  const [head = '', ...rest] = text.split(/^## /m);
  const title = /^# (.+)$/m.exec(head)?.[1]?.trim() ?? '';
  const intro = head.replace(/^# .+$/m, '').trim();
  const parts = rest.map((p) => {
    const nl = p.indexOf('\n');
    return { title: (nl < 0 ? p : p.slice(0, nl)).trim(), body: nl < 0 ? '' : p.slice(nl + 1).trim() };
  });
  return { title, intro, parts };
}

const GUIDE = guideParts(guide);

export function GuideView({ onBack }: { onBack(): void }) {
  const t = useT();
  return (
    <article class="guide" aria-labelledby="guide-h">
      <button type="button" class="back" onClick={onBack}>
        ← {t('back')}
      </button>
      <p class="muted">{t('guideNote')}</p>
      <div data-content lang="nl">
        <h2 id="guide-h">{GUIDE.title}</h2>
        <Markdown source={GUIDE.intro} />
        {GUIDE.parts.map((p) => (
          <section key={p.title}>
            <h3>{p.title}</h3>
            <Markdown source={p.body} />
          </section>
        ))}
      </div>
    </article>
  );
}
