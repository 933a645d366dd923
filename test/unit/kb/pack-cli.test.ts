import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPack, validatePack } from '../../../kb/organisation/pack';
import { privateKeyFromPem, signPack } from '../../../kb/organisation/signing';
import { loadKnowledgeBase } from '../../../kb/search/knowledge-base';
import { readContentFiles, readKnowledgeBaseFiles } from '../../../scripts/content-files';
import { runCli } from '../../../scripts/kb-cli';
import { PRIVATE_KEY_FILE, PUBLIC_KEY_FILE } from '../../../scripts/keygen';
import { runPack, runReview, timeVersion } from '../../../scripts/pack';
import { VALID_VOORBEELD, withLine } from '../../helpers/entries';

async function run(
  fn: (args: string[], io: { out: (s: string) => void; err: (s: string) => void }) => Promise<number>,
  args: string[],
) {
  let out = '';
  let err = '';
  const code = await fn(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A temp folder laid out like content/, with the given files. */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mw-pack-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const bundledIds = new Set(readContentFiles().map((f) => f.path.replace(/^.*\//, '').replace(/\.md$/, '')));

describe('kb pack', () => {
  it('writes a pack of a folder that validates against the bundled knowledge base', async () => {
    const dir = folder({ 'voorbeelden/testgemeente-fietskar-proef.md': VALID_VOORBEELD });
    const out = join(dir, 'out', 'testgemeente.json');
    const r = await run(runPack, [dir, '--out', out, '--name', 'Testgemeente', '--version', '1.0.0']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /^wrote 1 entries to .*testgemeente\.json \(pack "Testgemeente" 1\.0\.0, checksum [0-9a-f]{16}\)\n$/,
    );
    const result = validatePack(readFileSync(out, 'utf8'), bundledIds);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.pack.name).toBe('Testgemeente');
    expect(result.pack.entries.map((e) => e.id)).toEqual(['testgemeente-fietskar-proef']);
    // Only the pack is left behind: the temp file was renamed.
    expect(readdirSync(join(dir, 'out'))).toEqual(['testgemeente.json']);
  });

  it('refuses a folder with errors, prints them like kb check and writes nothing', async () => {
    const dir = folder({ 'voorbeelden/kapot.md': withLine(VALID_VOORBEELD, 'status:', 'status: 42') });
    const out = join(dir, 'pack.json');
    const r = await run(runPack, [dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(new RegExp(`^${dir}/voorbeelden/kapot\\.md:8: field "status": `));
    expect(r.err).toContain('pack failed: the folder has errors; nothing was written');
    expect(existsSync(out)).toBe(false);
  });

  it('packs an entry whose id the bundled knowledge base also uses: the panel namespaces it', async () => {
    const dir = folder({ 'voorbeelden/lelystad-fietskar-in-plaats-van-bakfiets.md': VALID_VOORBEELD });
    const out = join(dir, 'pack.json');
    const r = await run(runPack, [dir, '--out', out, '--name', 'Gemeente Zwolle']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
  });

  it('answers wrong usage with exit code 2', async () => {
    expect((await run(runPack, [])).code).toBe(2);
    expect((await run(runPack, ['somewhere'])).code).toBe(2);
    expect((await run(runPack, ['somewhere', '--out'])).code).toBe(2);
    expect((await run(runPack, ['somewhere', '--out', 'x.json', '--kleur', 'blauw'])).code).toBe(2);
  });
});

describe('kb review', () => {
  it('lists stale and flagged entries by curator', async () => {
    const flagged = withLine(
      withLine(VALID_VOORBEELD, 'titel:', 'titel: "Een ander geval"'),
      'curator:',
      'curator: "Anna"\nte_controleren: "Bedrag nakijken"',
    );
    const dir = folder({ 'voorbeelden/oud.md': VALID_VOORBEELD, 'voorbeelden/vlag.md': flagged });
    const text = await run(runReview, ['--dir', dir, '--days', '10']);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`Anna (2)\n  te controleren  ${dir}/voorbeelden/vlag.md: Bedrag nakijken\n`);
    expect(text.out).toContain(
      `Team (1)\n  verouderd       ${dir}/voorbeelden/oud.md: last checked 2026-11-01`,
    );

    const json = await run(runReview, ['--dir', dir, '--days', '10', '--json']);
    const data = JSON.parse(json.out);
    expect(data.due).toBe(3);
    expect(data.curators.map((g: { curator: string }) => g.curator)).toEqual(['Anna', 'Team']);
  });

  it('answers wrong usage with exit code 2', async () => {
    expect((await run(runReview, ['--days', 'veel'])).code).toBe(2);
    expect((await run(runReview, ['extra'])).code).toBe(2);
  });
});

describe('kb keygen, kb pack --sign and kb pack verify (the contract an organisation relies on)', () => {
  async function keys() {
    const dir = mkdtempSync(join(tmpdir(), 'mw-keys-'));
    made.push(dir);
    const r = await run(runCli, ['keygen', '--out', join(dir, 'k')]);
    expect(r.code).toBe(0);
    const pub = readFileSync(join(dir, 'k', PUBLIC_KEY_FILE), 'utf8').trim();
    return {
      priv: join(dir, 'k', PRIVATE_KEY_FILE),
      pubFile: join(dir, 'k', PUBLIC_KEY_FILE),
      pub,
      out: r.out,
    };
  }

  it('makes a private key file only its owner can read and a short base64 public key; never overwrites', async () => {
    const k = await keys();
    expect(statSync(k.priv).mode & 0o777).toBe(0o600);
    expect(readFileSync(k.priv, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(k.pub).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(k.out).toContain(k.pub);
    const again = await run(runCli, ['keygen', '--out', join(k.priv, '..')]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already exists; nothing was written/);
    expect((await run(runCli, ['keygen'])).code).toBe(2);
  });

  it('signs a pack; verify exits 0 with the right key, 1 with a reason for tampered, unsigned and foreign-signed packs', async () => {
    const k = await keys();
    const other = await keys();
    const dir = folder({ 'voorbeelden/zwolle-fietskar.md': VALID_VOORBEELD });
    const signed = join(dir, 'signed.json');
    const made_ = await run(runPack, [dir, '--out', signed, '--name', 'Gemeente Zwolle', '--sign', k.priv]);
    expect(made_.err).toBe('');
    expect(made_.code).toBe(0);
    expect(made_.out).toContain(`signed by key`);

    const ok = await run(runCli, ['pack', 'verify', signed, '--key', k.pub]);
    expect(ok).toMatchObject({ code: 0, err: '' });
    expect(ok.out).toMatch(
      /^ok: .*signed\.json is intact and signed by key [0-9a-f]{16} \(pack "Gemeente Zwolle"/,
    );
    // The key may also be given as the .pub file.
    expect((await run(runCli, ['pack', 'verify', signed, '--key', k.pubFile])).code).toBe(0);

    const foreign = await run(runCli, ['pack', 'verify', signed, '--key', other.pub]);
    expect(foreign.code).toBe(1);
    expect(foreign.err).toMatch(/^verify failed \(foreign\): the pack is signed with a key/);

    const text = readFileSync(signed, 'utf8');
    const at = text.indexOf('Fietskar in plaats');
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, `${text.slice(0, at)}G${text.slice(at + 1)}`);
    const t = await run(runCli, ['pack', 'verify', tampered, '--key', k.pub]);
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/^verify failed \(tampered\): checksum mismatch/);

    const unsignedOut = join(dir, 'unsigned.json');
    expect((await run(runPack, [dir, '--out', unsignedOut, '--name', 'Gemeente Zwolle'])).code).toBe(0);
    const u = await run(runCli, ['pack', 'verify', unsignedOut, '--key', k.pub]);
    expect(u.code).toBe(1);
    expect(u.err).toBe(
      'verify failed (unsigned): the pack is not signed, and your organisation requires signed packs\n',
    );

    const missing = await run(runCli, ['pack', 'verify', join(dir, 'nope.json'), '--key', k.pub]);
    expect(missing.code).toBe(1);
    expect((await run(runCli, ['pack', 'verify', signed])).code).toBe(2);
    expect((await run(runCli, ['pack', 'verify', signed, '--key', 'geen-sleutel'])).code).toBe(2);
  });

  it('refuses an expired pack in verify, and a build that would not be newer than the pack already there', async () => {
    const k = await keys();
    const dir = folder({ 'voorbeelden/zwolle-fietskar.md': VALID_VOORBEELD });
    const out = join(dir, 'p.json');
    const args = [dir, '--out', out, '--name', 'Zwolle', '--sign', k.priv];
    // A pack that would be expired is never built …
    const past = await run(runPack, [...args, '--version', '2026.11', '--expires', '2026-01-01']);
    expect(past.code).toBe(1);
    expect(past.err).toMatch(/pack expired on 2026-01-01/);
    expect(existsSync(out)).toBe(false);
    // … and one that has expired since fails verify.
    const key = privateKeyFromPem(readFileSync(k.priv, 'utf8'));
    if (!key) throw new Error('no key');
    const entries = loadKnowledgeBase(readKnowledgeBaseFiles(dir), { today: '2025-06-01' }).entries;
    const old = await signPack(
      buildPack('Zwolle', '2026.11', { entries }, { expires: '2026-01-01' }),
      key,
      k.pub,
    );
    writeFileSync(out, JSON.stringify(old));
    const v = await run(runCli, ['pack', 'verify', out, '--key', k.pub]);
    expect(v.code).toBe(1);
    expect(v.err).toMatch(/^verify failed \(expired\): pack expired on 2026-01-01/);
    const down = await run(runPack, [...args, '--version', '2026.9']);
    expect(down.code).toBe(1);
    expect(down.err).toMatch(/version 2026\.9 is not newer than 2026\.11 already at/);
    // Without --version, the build time: always newer.
    expect(timeVersion(new Date('2026-12-02T01:02:03Z'))).toBe('2026.1202.010203');
    expect((await run(runPack, args)).code).toBe(0);
  });

  it("builds one signed pack from the organisation's own entries plus a folder of accepted proposals, checked like kb check", async () => {
    const k = await keys();
    const org = folder({ 'voorbeelden/zwolle-eigen-casus.md': VALID_VOORBEELD });
    const proposals = folder({
      'zwolle-voorstel-scootmobiel.md': withLine(
        VALID_VOORBEELD,
        'titel:',
        'titel: "Scootmobiel via buurtfonds"',
      ),
    });
    const out = join(org, 'out.json');
    const r = await run(runPack, [
      org,
      '--proposals',
      proposals,
      '--out',
      out,
      '--name',
      'Zwolle',
      '--sign',
      k.priv,
    ]);
    // Warnings (kb check's near-duplicate hint between these two look-alike test cases) do not stop it.
    expect(r.err.split('\n').filter((l) => l && !l.includes(': warning: '))).toEqual([]);
    expect(r.code).toBe(0);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    expect(pack.entries.map((e: { id: string }) => e.id)).toEqual([
      'zwolle-eigen-casus',
      'zwolle-voorstel-scootmobiel',
    ]);
    expect(pack.signature.key).toBe(k.pub);
    expect((await run(runCli, ['pack', 'verify', out, '--key', k.pub])).code).toBe(0);

    const broken = folder({ 'kapot.md': withLine(VALID_VOORBEELD, 'status:', 'status: 42') });
    const bad = await run(runPack, [
      org,
      '--proposals',
      broken,
      '--out',
      join(org, 'b.json'),
      '--sign',
      k.priv,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(new RegExp(`^${broken}/kapot\\.md:8: field "status": `));
    expect(existsSync(join(org, 'b.json'))).toBe(false);
  });
});
