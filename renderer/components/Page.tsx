import { useEffect, useRef, type ReactNode } from 'react';
import { usePageTitle } from './use-page-title';

export interface PageProps {
  /** The page's name, used for the window title and (unless `heading` is given) its h1. */
  title: string;
  heading?: string;
  /** Actions beside the heading, e.g. "New assignment". */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * A route's page: one h1, the window title, and focus moved to the heading when the page opens so
 * keyboard and screen-reader users start reading at the new content.
 */
export function Page({ title, heading = title, actions, children }: PageProps) {
  usePageTitle(title);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <div className="page">
      <div className="page-header">
        <h1 ref={headingRef} tabIndex={-1}>
          {heading}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {children}
    </div>
  );
}
