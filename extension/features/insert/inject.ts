/**
 * Inserting into a tab: first a probe in every frame we may reach (does it hold a field?), then the
 * insertion in the one frame that holds the user's field. Shared by the background (context menu,
 * keyboard command: the page must have the focus) and the panel (its own insert button, on origins the
 * user allowed: the panel has the focus). Nothing of the page is read back but the kind of field and
 * whether the text landed.
 */
import { browser } from 'wxt/browser';
import { type InsertOutcome, insertAtCaret } from './page-insert';
import { type FocusProbe, probeFocus } from './probe';

export type InjectResult = InsertOutcome | { ok: false; reason: 'no-access' | 'ambiguous' };

export interface InjectOptions {
  /** Only these frames (the frame the context menu was opened in). */
  frameIds?: number[];
  /** The page must have the keyboard focus (context menu and keyboard command); see insertAtCaret. */
  requireFocus: boolean;
}

export async function injectText(tabId: number, text: string, options: InjectOptions): Promise<InjectResult> {
  const { frameIds, requireFocus } = options;
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
  const withField = probes.filter((p) => p.result.field !== null && p.result.field !== 'frame');
  // The frame with the keyboard focus wins; else the only frame with a field; else the top frame's field.
  const chosen =
    withField.find((p) => p.result.focused) ??
    (withField.length === 1 ? withField[0] : withField.find((p) => p.frameId === 0));
  if (!chosen) {
    // Every focused frame we reached points into a child frame: the focus is in a frame we got no
    // answer from, one of another origin that we may not enter.
    const focused = probes.filter((p) => p.result.focused);
    if (focused.length > 0 && focused.every((p) => p.result.field === 'frame'))
      return { ok: false, reason: 'no-access' };
    return { ok: false, reason: withField.length > 1 ? 'ambiguous' : 'no-field' };
  }
  try {
    const [run] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [chosen.frameId] },
      func: insertAtCaret,
      args: [text, requireFocus],
    });
    return (run?.result as InsertOutcome | undefined) ?? { ok: false, reason: 'not-landed' };
  } catch {
    return { ok: false, reason: 'no-access' };
  }
}
