import { useMemo, useState, type ReactNode } from 'react';
import { FirstVisitContext } from './first-visit-context';

/** Holds, for this run of the app, whether the user has just been welcomed (see FirstVisit). */
export function FirstVisitProvider({ children }: { children: ReactNode }) {
  const [welcomedNow, setWelcomedNow] = useState(false);
  const value = useMemo(
    () => ({ welcomedNow, markWelcomed: () => setWelcomedNow(true) }),
    [welcomedNow],
  );
  return <FirstVisitContext value={value}>{children}</FirstVisitContext>;
}
