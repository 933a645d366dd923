/**
 * The extension's Content Security Policy in the real panel (issue 15, item 10): with default-src
 * 'none' an element injected into an extension page cannot reach another host. A beacon server on this
 * machine counts every request it gets; an image, a stylesheet, a frame, a media element, a font, a
 * fetch and a sendBeacon pointing at it must all be refused before they leave the panel, while the panel's own scripts,
 * styles and index load without a single violation.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

async function beaconServer(): Promise<{ server: Server; url: string; local: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' }).end('GIF89a');
  });
  // Loopback only, both IPv4 and IPv6 (Chromium may resolve "localhost" to either).
  await new Promise<void>((r) => server.listen(0, '::1', r));
  const { port } = server.address() as AddressInfo;
  const v4 = createServer((req, res) => server.emit('request', req, res));
  await new Promise<void>((r) => v4.listen(port, '127.0.0.1', r));
  server.on('close', () => {
    v4.closeAllConnections();
    v4.close();
  });
  return { server, url: `http://127.0.0.1:${port}`, local: `http://localhost:${port}`, hits };
}

test('an injected image, stylesheet, frame, media element, font, fetch or beacon to an outside host is blocked by the CSP', async ({
  context,
  panelUrl,
}) => {
  const beacon = await beaconServer();
  try {
    const panel = await context.newPage();
    const violations: string[] = [];
    panel.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await panel.goto(panelUrl);
    await expect(panel.getByRole('combobox')).toBeVisible();
    // The panel itself needs nothing the policy refuses: its own script, styles and index all load.
    expect(violations).toEqual([]);
    const styled = await panel.evaluate(() => document.styleSheets.length);
    expect(styled).toBeGreaterThan(0);

    const reported = await panel.evaluate(
      async ({ url: base, local }) => {
        const seen: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective));
        const img = document.createElement('img');
        img.src = `${base}/img.gif?bsn=111222333`;
        document.body.append(img);
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = `${base}/style.css`;
        document.head.append(link);
        const frame = document.createElement('iframe');
        frame.src = `${base}/frame.html`;
        document.body.append(frame);
        const audio = document.createElement('audio');
        audio.src = `${base}/sound.mp3`;
        audio.preload = 'auto';
        document.body.append(audio);
        const font = new FontFace('beacon', `url(${base}/font.woff2)`);
        document.fonts.add(font);
        await font.load().catch(() => undefined);
        // The manifest allows https: for the background's pack delivery; the panel narrows connect-src
        // back to 'self' (sidepanel/index.html), so neither http: nor https: is reachable from here.
        await fetch(`${base}/fetch`).catch(() => undefined);
        // The e2e manifest also allows http://localhost:* (its stand-in pack host): only the panel's own
        // narrowing stops this one.
        await fetch(`${local}/fetch-localhost`).catch(() => undefined);
        await fetch('https://example.invalid/beacon').catch(() => undefined);
        navigator.sendBeacon?.(`${base}/beacon`, 'x');
        await new Promise((r) => setTimeout(r, 1500));
        return [...new Set(seen)].sort();
      },
      { url: beacon.url, local: beacon.local },
    );

    expect(beacon.hits).toEqual([]);
    expect(reported).toEqual(
      expect.arrayContaining([
        'connect-src',
        'font-src',
        'frame-src',
        'img-src',
        'media-src',
        'style-src-elem',
      ]),
    );
  } finally {
    beacon.server.closeAllConnections();
    await new Promise((r) => beacon.server.close(r));
  }
});

test('the beacon server does count a request the policy does not govern (the test can see a leak)', async () => {
  const beacon = await beaconServer();
  try {
    await fetch(`${beacon.url}/self-test`);
    expect(beacon.hits).toEqual(['/self-test']);
  } finally {
    beacon.server.closeAllConnections();
    await new Promise((r) => beacon.server.close(r));
  }
});
