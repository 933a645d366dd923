// @vitest-environment happy-dom
/**
 * The panel's side of inserting (issue 15 item 13): "klaarzetten" puts the text on the system clipboard
 * only when the user opted in, and every message says truthfully whether the text is there.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { INSERT_RESULT, INSERT_TEXT } from '../../../extension/features/background/session-keys';
import { translator } from '../../../extension/features/i18n/messages';
import {
  COPY_ON_PREPARE,
  originLabel,
  usePanelInsert,
} from '../../../extension/features/insert/panel-insert';
import type { Platform } from '../../../extension/features/platform/platform';
import { fakePlatform } from '../../helpers/fake-platform';

const t = translator('nl');
const asset = { quick: {}, full: {} };
afterEach(cleanup);

function setup(extra: Partial<Platform> = {}, canInsertNow = false) {
  const fake = fakePlatform(asset);
  const platform = { ...fake.platform, ...extra };
  const messages: string[] = [];
  const hook = renderHook(() => usePanelInsert(platform, t, (m) => messages.push(m), canInsertNow));
  return { ...fake, platform, messages, hook };
}

describe('readying text for insertion', () => {
  it('does not put the text on the clipboard unless the user asks', async () => {
    const { hook, session, copied, messages } = setup();
    act(() => hook.result.current.prepareInsert('Zie voorbeeld: Fietskar'));
    await waitFor(() => expect(messages).toEqual([t('insertReady')]));
    expect(session.get(INSERT_TEXT)).toBe('Zie voorbeeld: Fietskar');
    expect(copied).toEqual([]);
    expect(messages[0]).not.toMatch(/klembord/);
  });

  it('copies on "klaarzetten" once the user opted in, keeps that choice, and says so', async () => {
    const { hook, copied, messages, local } = setup();
    act(() => hook.result.current.setCopyOnPrepare(true));
    expect(local.get(COPY_ON_PREPARE)).toBe(true);
    act(() => hook.result.current.prepareInsert('Tekst'));
    await waitFor(() => expect(messages).toEqual([t('insertReadyCopied')]));
    expect(copied).toEqual(['Tekst']);
  });

  it('copies when the user presses Copy', async () => {
    const { hook, copied, messages } = setup();
    act(() => hook.result.current.copy('Tekst'));
    await waitFor(() => expect(messages).toEqual([t('copied')]));
    expect(copied).toEqual(['Tekst']);
  });

  it('reports a failed insertion without claiming the text is on the clipboard when it is not', async () => {
    const { hook, platform, messages } = setup();
    act(() => hook.result.current.prepareInsert('Tekst'));
    await waitFor(() => expect(messages).toHaveLength(1));
    await act(() => platform.sessionSet(INSERT_RESULT, { at: 1, ok: false, detail: 'no-access' }));
    expect(messages[1]).toBe(`${t('insertRefused_noAccess')} ${t('insertFallbackCopy')}`);
    expect(messages[1]).not.toMatch(/Ingevoegd|staat op het klembord/);
    await act(() => platform.sessionSet(INSERT_RESULT, { at: 2, ok: false, detail: 'not-landed' }));
    expect(messages[2]).toContain(t('insertRefused_notLanded'));
  });

  it('says the text is on the clipboard after a failure only when it was copied', async () => {
    const { hook, platform, messages } = setup();
    act(() => hook.result.current.setCopyOnPrepare(true));
    act(() => hook.result.current.prepareInsert('Tekst'));
    await waitFor(() => expect(messages).toHaveLength(1));
    await act(() => platform.sessionSet(INSERT_RESULT, { at: 1, ok: false, detail: 'hidden' }));
    expect(messages[1]).toBe(`${t('insertRefused_hidden')} ${t('insertFallbackClipboard')}`);
  });
});

describe('inserting straight from the panel', () => {
  it('offers direct insertion only with a tab on a granted origin, which it names', async () => {
    const none = setup({ insertTarget: async () => null }, true);
    await waitFor(() => expect(none.hook.result.current.target).toBeNull());
    expect(none.hook.result.current.insertNow).toBeUndefined();
    cleanup();
    const calls: (string | undefined)[] = [];
    const some = setup(
      {
        insertTarget: async () => 'https://casus.example.nl',
        insertIntoPage: async (_text, origin) => {
          calls.push(origin);
          return { ok: true, detail: 'textarea' };
        },
      },
      true,
    );
    await waitFor(() => expect(some.hook.result.current.target).toBe('https://casus.example.nl'));
    act(() => some.hook.result.current.insertNow?.('Tekst'));
    await waitFor(() => expect(some.messages).toEqual(['Ingevoegd in het veld op casus.example.nl.']));
    // The platform is told which origin was named, so it inserts nowhere else.
    expect(calls).toEqual(['https://casus.example.nl']);
    expect(some.copied).toEqual([]);
  });

  it('names non-https origins with their scheme', () => {
    expect(originLabel('https://casus.example.nl')).toBe('casus.example.nl');
    expect(originLabel('http://localhost:5173')).toBe('http://localhost:5173');
  });
});
