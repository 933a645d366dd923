/**
 * Catches an error in the view below it, so the header, the navigation and settings keep working: the
 * fallback says what happened, leads to settings and lists the knowledge packs with their remove
 * buttons (a pack is the one thing the user added that could break a view).
 */
import { Component, type ComponentChildren } from 'preact';
import { useT } from '../i18n/context';
import { PackList } from '../packs/PacksSettings';
import type { Packs } from '../packs/use-packs';
import type { PanelDb } from '../storage/db';

interface Props {
  children: ComponentChildren;
  db: PanelDb;
  packs: Packs;
  onSettings(): void;
}

export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  static override getDerivedStateFromError(e: unknown) {
    return { error: e instanceof Error ? e.message : String(e) };
  }

  override componentDidCatch(e: unknown) {
    console.error('Maatwerkwijzer: a view failed', e);
  }

  override render() {
    if (this.state.error === null) return this.props.children;
    return <Fallback {...this.props} error={this.state.error} />;
  }
}

function Fallback({ db, packs, onSettings, error }: Props & { error: string }) {
  const t = useT();
  return (
    <section class="crash" role="alert">
      <h2>{t('viewFailedTitle')}</h2>
      <p>{t('viewFailed', { msg: error })}</p>
      <p>
        <button type="button" onClick={onSettings}>
          {t('tabSettings')}
        </button>
      </p>
      {packs.packs.length > 0 && (
        <>
          <h3>{t('packsTitle')}</h3>
          <PackList db={db} packs={packs.packs} refresh={packs.refresh} />
        </>
      )}
    </section>
  );
}
