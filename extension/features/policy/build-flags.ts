/** Build-time flags, without any browser API (UI code may import this). */

declare const __MW_E2E__: boolean | undefined;
/** True only in the end-to-end test build (wxt.config.ts defines it; the shipped build drops the code). */
export const E2E_BUILD = typeof __MW_E2E__ !== 'undefined' && __MW_E2E__ === true;
