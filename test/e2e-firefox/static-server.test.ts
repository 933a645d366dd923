/** The suite's static server serves its folder and nothing outside it, however the path is spelled. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type StaticServer, serveStatic } from '../helpers/static-server';

let server: StaticServer;
let outside: string;

beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), 'mw-static-'));
  const root = join(base, 'root');
  outside = join(base, 'secret.txt');
  writeFileSync(outside, 'secret');
  mkdirSync(root);
  writeFileSync(join(root, 'index.html'), '<p>hallo</p>');
  symlinkSync(outside, join(root, 'link.txt'));
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
});

const raw = (path: string) => fetch(`${server.url.replace(/\/$/, '')}${path}`).then((r) => r.status);

test('serves the folder’s index and files with their type', async () => {
  const root = await fetch(server.url);
  expect([root.status, await root.text()]).toEqual([200, '<p>hallo</p>']);
  const r = await fetch(`${server.url}index.html`);
  expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
});

test('never serves a file outside the folder: dot segments, encoded dots, backslashes, symlinks, bad encoding', async () => {
  for (const path of [
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/..%5csecret.txt',
    '/link.txt',
    '/nope.txt',
  ])
    expect(await raw(path), path).toBe(404);
  expect(await raw('/%E0%A4%A')).toBe(400);
});
