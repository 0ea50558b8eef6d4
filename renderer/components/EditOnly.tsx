import type { ReactNode } from 'react';
import { useReadOnly } from '../data/use-app-info';

/**
 * What only makes sense where the portfolio can be changed: save buttons, "New …", Delete. In a
 * read-only portfolio (a candidate's copy, or a folder that cannot be written) it is left out, so
 * the page reads as a view rather than a form whose buttons all refuse.
 */
export function EditOnly({ children }: { children: ReactNode }) {
  return useReadOnly() ? null : <>{children}</>;
}
