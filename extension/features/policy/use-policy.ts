/** The organisation's settings, read from managed storage and kept live when they change. */
import { useEffect, useState } from 'preact/hooks';
import type { Platform } from '../platform/platform';
import { E2E_BUILD } from './build-flags';
import { type Policy, readPolicy } from './policy';

export interface PolicyState {
  policy: Policy;
  notices: string[];
}

export function usePolicy(platform: Platform): PolicyState {
  const [state, setState] = useState<PolicyState>({
    policy: { invoegOrigins: [], escalatieContacten: [] },
    notices: [],
  });
  useEffect(() => {
    // Only the latest read applies: an earlier, slower read must not overwrite a newer policy.
    let latest = 0;
    const load = () => {
      const mine = ++latest;
      void platform.managedGet().then((raw) => {
        if (mine !== latest) return;
        const r = readPolicy(raw, { allowLocalPackUrls: E2E_BUILD });
        setState({ policy: r.policy, notices: r.notices });
      });
    };
    load();
    return platform.onManagedChange(load);
  }, [platform]);
  return state;
}
