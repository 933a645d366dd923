/**
 * What the panel needs from the browser, behind one small interface so the UI can be tested in
 * happy-dom with a fake and runs on Chrome and Firefox alike.
 */
export interface Platform {
  /** The bundled quick index tier (JSON), from the extension's own files. */
  loadIndex(): Promise<unknown>;
  /** The bundled full index tier (JSON), loaded after the panel is interactive. */
  loadFullIndex(): Promise<unknown>;
  sessionGet(key: string): Promise<unknown>;
  sessionSet(key: string, value: unknown): Promise<void>;
  sessionRemove(key: string): Promise<void>;
  /** Calls back when a session key changes; returns an unsubscribe function. */
  onSessionChange(cb: (key: string, value: unknown) => void): () => void;
  /** Small settings kept on this device (storage.local). */
  localGet(key: string): Promise<unknown>;
  localSet(key: string, value: unknown): Promise<void>;
  /** The organisation's settings (managed storage), or undefined. */
  managedGet(): Promise<unknown>;
  /** Calls back when the organisation's settings change; returns an unsubscribe function. */
  onManagedChange(cb: () => void): () => void;
  copy(text: string): Promise<boolean>;
  /** Origins the user allowed the panel to insert into directly (optional host permissions). */
  allowedOrigins(): Promise<string[]>;
  /** Asks the browser for permission to insert into this origin; true when granted. */
  allowOrigin(origin: string): Promise<boolean>;
  removeOrigin(origin: string): Promise<void>;
  /**
   * The origin of the tab the panel's insert button would write into: the active tab of the panel's
   * window when its origin is granted, else the most recently used tab on a granted origin; null when
   * no tab is on a granted origin. Optional: without it, the panel offers no direct insertion.
   */
  insertTarget?(): Promise<string | null>;
  /** Calls back when tabs are switched, loaded or closed (the insert target may change). */
  onTabsChange?(cb: () => void): () => void;
  /**
   * Inserts into the focused field of the tab insertTarget() names, only while that tab is still on
   * `origin` and the origin still granted; otherwise nothing happens ('no-target' / 'target-changed').
   */
  insertIntoPage(text: string, origin?: string): Promise<{ ok: boolean; detail: string }>;
  languages(): readonly string[];
}
