/**
 * The extension's Content Security Policy in the real panel (issue 15, item 10): with default-src
 * 'none' an element injected into an extension page cannot reach another host. A beacon server on this
 * machine counts every request it gets; an image, a stylesheet, a frame, a media element and a font
 * pointing at it must all be refused before they leave the panel, while the panel's own scripts,
 * styles and index load without a single violation.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

async function beaconServer(): Promise<{ server: Server; url: string; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'image/gif', 'access-control-allow-origin': '*' }).end('GIF89a');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}`, hits };
}

test('an injected image, stylesheet, frame, media element or font to an outside host is blocked by the CSP', async ({
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

    const reported = await panel.evaluate(async (base) => {
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
      await new Promise((r) => setTimeout(r, 1500));
      return [...new Set(seen)].sort();
    }, beacon.url);

    expect(beacon.hits).toEqual([]);
    expect(reported).toEqual(
      expect.arrayContaining(['font-src', 'frame-src', 'img-src', 'media-src', 'style-src-elem']),
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
