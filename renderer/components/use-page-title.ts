import { useEffect } from 'react';
import { strings } from '../strings';

/** Each route names itself in the window title, so the history and screen readers say where you are. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = strings.pageTitle(title);
  }, [title]);
}
