import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Content Security Policy for every extension page: nothing by default (default-src 'none'), then only
// what the panel needs, from the extension itself: its scripts, styles, images and fonts, and fetches of
// its own packaged files. No frames, media, workers or outside hosts; see SECURITY.md.
//
// connect-src also allows https: for the one request the extension may make: the background fetching the
// knowledge packs the organisation's policy names (extension/features/packs/delivery.ts), and only then.
// The side panel narrows connect-src back to 'self' with a meta policy (sidepanel/index.html). The e2e
// build adds the local test server that stands in for the organisation's pack host.
const CSP = `default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; object-src 'self'; connect-src 'self' https:${process.env.MW_E2E === '1' ? ' http://localhost:*' : ''}; base-uri 'none'; form-action 'none'`;

// The end-to-end build (MW_E2E=1) differs in one thing only: it holds the host permission for the local
// demo server that a context-menu click or keyboard command would grant through activeTab, because a
// test cannot click the browser's own menus. It goes to its own folder and is never shipped.
const E2E = process.env.MW_E2E === '1';

export default defineConfig({
  srcDir: 'extension',
  outDirTemplate: E2E ? '{{browser}}-mv{{manifestVersion}}-e2e' : '{{browser}}-mv{{manifestVersion}}',
  publicDir: 'extension/public',
  // MW_OUT lets parallel builds (several test runs on one machine) use folders of their own.
  outDir: process.env.MW_OUT ?? '.output',
  // No modulepreload polyfill: it would add a fetch() of its own to the bundle.
  // __MW_E2E__: the test-only policy source (features/policy/managed.ts); false, and dropped, when shipped.
  vite: () => ({
    plugins: [preact()],
    define: { __MW_E2E__: JSON.stringify(E2E) },
    build: { target: 'es2022', modulePreload: { polyfill: false } },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    // alarms: the daily check for the organisation's knowledge packs (only used when its policy names some).
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms'],
    // Settings an organisation can set for all its staff (see extension/features/policy/policy.ts).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(E2E ? { host_permissions: ['http://localhost/*'] } : {}),
    // Only origins the user (or the organisation's policy) chooses, asked for at run time.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }),
    content_security_policy: browser === 'firefox' ? CSP : { extension_pages: CSP },
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: '__MSG_commandOpen__',
      },
      'insert-text': {
        suggested_key: { default: 'Alt+Shift+I' },
        description: '__MSG_commandInsert__',
      },
    },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'maatwerkwijzer@maatwerkwijzer.nl',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
