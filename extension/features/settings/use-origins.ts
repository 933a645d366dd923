/** The origins the user allowed the panel to insert into directly (optional host permissions). */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Platform } from '../platform/platform';

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

/** The origin of a typed address, when it is one the panel may insert into (https, or local). */
export function parseOrigin(input: string): string | null {
  try {
    const u = new URL(input.trim());
    if (u.protocol !== 'https:' && u.hostname !== 'localhost' && u.hostname !== '127.0.0.1') return null;
    return u.origin;
  } catch {
    return null;
  }
}
