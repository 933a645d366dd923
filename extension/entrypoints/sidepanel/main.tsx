import { render } from 'preact';
import { App } from '../../features/app/App';
import { webPlatform } from '../../features/platform/web-platform';
import { PanelDb } from '../../features/storage/db';
import './style.css';
import './weighing-settings-training.css';
import './panel.css';
import './panel-views.css';

function main() {
  // Ask the browser not to evict favourites, notes and drafts under storage pressure (best effort).
  void navigator.storage?.persist?.().catch(() => undefined);
  const root = document.getElementById('app');
  if (root) render(<App platform={webPlatform()} db={new PanelDb()} />, root);
}

main();
