/**
 * Inserting into a tab: first a probe in every frame (does it hold a field?), then the insertion in the
 * one frame that holds the user's field. Shared by the background (context menu, keyboard command) and
 * the panel (its own insert button, on origins the user allowed). Nothing of the page is read back but
 * the kind of field and whether it worked.
 */
import { browser } from 'wxt/browser';
import { type FocusProbe, type InsertOutcome, insertAtCaret, probeFocus } from './page-insert';

export type InjectResult = InsertOutcome | { ok: false; reason: 'no-access' | 'ambiguous' };

export async function injectText(tabId: number, text: string, frameIds?: number[]): Promise<InjectResult> {
  let probes: { frameId: number; result: FocusProbe }[];
  try {
    const runs = await browser.scripting.executeScript({
      target: frameIds ? { tabId, frameIds } : { tabId, allFrames: true },
      func: probeFocus,
    });
    probes = runs
      .map((r) => ({ frameId: r.frameId, result: r.result as FocusProbe }))
      .filter((p) => p.result);
  } catch {
    return { ok: false, reason: 'no-access' };
  }
  const withField = probes.filter((p) => p.result.field !== null);
  // The frame with the keyboard focus wins; else the only frame with a field; else the top frame's field.
  const chosen =
    withField.find((p) => p.result.focused) ??
    (withField.length === 1 ? withField[0] : withField.find((p) => p.frameId === 0));
  if (!chosen) return { ok: false, reason: withField.length > 1 ? 'ambiguous' : 'no-field' };
  try {
    const [run] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [chosen.frameId] },
      func: insertAtCaret,
      args: [text, false],
    });
    return (run?.result as InsertOutcome | undefined) ?? { ok: false, reason: 'no-field' };
  } catch {
    return { ok: false, reason: 'no-access' };
  }
}
