/**
 * The few platform globals kb/ may use: standard in Node and in every browser, and not part of the DOM.
 * Anything else (window, document, chrome, indexedDB, fetch) is deliberately absent from kb/'s types.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
}
