import { createContext, useContext } from 'react';

/**
 * Whether the user left the welcome through its own buttons in this run of the app: then the
 * dashboard greets a newcomer ("Welcome"), not someone coming back. A portfolio brought from
 * another computer on the welcome is someone coming back.
 */
export interface FirstVisit {
  welcomedNow: boolean;
  markWelcomed: () => void;
}

export const FirstVisitContext = createContext<FirstVisit>({
  welcomedNow: false,
  markWelcomed: () => undefined,
});

export const useFirstVisit = (): FirstVisit => useContext(FirstVisitContext);
