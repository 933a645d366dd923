import { render } from 'preact';
import { App } from '../../features/app/App';
import { webPlatform } from '../../features/platform/web-platform';
import { PanelDb } from '../../features/storage/db';
import './style.css';

function main() {
  const root = document.getElementById('app');
  if (root) render(<App platform={webPlatform()} db={new PanelDb()} />, root);
}

main();
