/** The origins the user allowed the panel to insert into directly (optional host permissions). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Platform } from '../platform/platform';
import { normaliseOrigin } from '../policy/policy';

export interface Origins {
  origins: string[];
  refresh(): void;
}

export function useOrigins(platform: Platform): Origins {
  const [origins, setOrigins] = useState<string[]>([]);
  const refresh = useCallback(() => void platform.allowedOrigins().then(setOrigins), [platform]);
  useEffect(refresh, [refresh]);
  return { origins, refresh };
}

/**
 * The origin of a typed address, when it is one the panel may insert into: https on a concrete host, or
 * local; wildcards (`https://*`, `https://*.nl`, `https://%2A`) never become host grants (policy.ts).
 */
export function parseOrigin(input: string): string | null {
  return normaliseOrigin(input);
}
