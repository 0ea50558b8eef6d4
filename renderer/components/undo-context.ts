import { createContext, useContext } from 'react';

export interface UndoOffer {
  /** What just happened, e.g. "Deleted ‘Budget memo’." */
  message: string;
  /** Reverses it; the toast reports failure as one sentence. */
  undo: () => Promise<unknown>;
  /** Said once the undo worked, e.g. "Restored ‘Budget memo’." */
  undoneMessage: string;
}

export type OfferUndo = (offer: UndoOffer) => void;

export const UndoContext = createContext<OfferUndo | null>(null);

/** Offer the user an Undo for what they just did (a delete). */
export function useOfferUndo(): OfferUndo {
  const offer = useContext(UndoContext);
  if (!offer) throw new Error('useOfferUndo must be used inside <UndoProvider>.');
  return offer;
}
