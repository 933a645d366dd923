/**
 * Case cards for group sessions: each entry on its own A4 page (print stylesheet), with its sources and
 * review date on the card. The screen shows a preview and a print button.
 */

import { TYPE_LABELS } from '../../../kb/content/schema';
import { SOURCES } from '../../../kb/content/sources';
import type { StoredEntry } from '../../../kb/search/index-format';
import { formatAmount, periodLabel } from '../../../kb/weighing/cite';
import { Markdown } from '../markdown/Markdown';

export function PrintCards({ entries, onBack }: { entries: StoredEntry[]; onBack(): void }) {
  return (
    <section class="print-cards" aria-labelledby="print-h">
      <div class="no-print">
        <h2 id="print-h">Kaarten afdrukken ({entries.length})</h2>
        <p class="muted">Elke kaart komt op een eigen A4, met bronnen en controledatum.</p>
        <div class="actions">
          <button type="button" onClick={() => globalThis.print()}>
            Afdrukken
          </button>
          <button type="button" class="link" onClick={onBack}>
            Terug
          </button>
        </div>
      </div>
      {entries.map((e) => (
        <article class="card" key={e.id} data-card={e.id}>
          <p class="badge">{TYPE_LABELS[e.type]}</p>
          <h3 class="card-title">{e.meta.titel}</h3>
          <p class="summary">{e.meta.samenvatting}</p>
          {Object.entries(e.sections).map(([name, body]) => (
            <section key={name}>
              <h4>{name}</h4>
              <Markdown source={body} />
            </section>
          ))}
          {e.type === 'voorbeeld' && (e.meta.kosten?.length ?? 0) > 0 && (
            <section>
              <h4>Kosten</h4>
              <ul>
                {e.meta.kosten?.map((c) => (
                  <li key={c.omschrijving}>
                    {c.omschrijving}: {formatAmount(c.bedrag)} {periodLabel(c.periode)} ({c.soort})
                  </li>
                ))}
              </ul>
            </section>
          )}
          {e.type === 'voorbeeld' && (
            <section>
              <h4>Waardendriehoek</h4>
              <p>
                <strong>Betrokkenheid:</strong> {e.meta.waardendriehoek.betrokkenheid}
              </p>
              <p>
                <strong>Legitimiteit:</strong> {e.meta.waardendriehoek.legitimiteit}
              </p>
              <p>
                <strong>Rendement:</strong> {e.meta.waardendriehoek.rendement}
              </p>
            </section>
          )}
          <footer class="card-footer">
            Bron: {e.meta.bronnen.map((b) => `${SOURCES[b.bron].short}, ${b.sectie}`).join('; ')} ·
            gecontroleerd op {e.meta.laatst_gecontroleerd}
          </footer>
        </article>
      ))}
    </section>
  );
}
