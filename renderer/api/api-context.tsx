import { createContext, useContext, type ReactNode } from 'react';
import type { Invoke } from '@shared/contract/contract';

const InvokeContext = createContext<Invoke | null>(null);

export interface ApiProviderProps {
  invoke: Invoke;
  children: ReactNode;
}

/** Gives the tree its way to the core; tests pass an invoke over their own transport. */
export function ApiProvider({ invoke, children }: ApiProviderProps) {
  return <InvokeContext.Provider value={invoke}>{children}</InvokeContext.Provider>;
}

export function useInvoke(): Invoke {
  const invoke = useContext(InvokeContext);
  if (!invoke) throw new Error('useInvoke must be used inside <ApiProvider>.');
  return invoke;
}
