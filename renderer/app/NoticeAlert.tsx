import { useState } from 'react';
import { strings } from '../strings';
import { shellStrings } from './strings';

export interface NoticeAlertProps {
  /** The core's one-time sentence, e.g. that a damaged data file was restored from a backup. */
  notice: string | null;
}

/** Shown until the user dismisses it; a different notice later is shown again. */
export function NoticeAlert({ notice }: NoticeAlertProps) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (notice === null || notice === dismissed) return null;
  return (
    <div role="alert" aria-label={shellStrings.noticeLabel} className="alert alert-notice">
      <p>{notice}</p>
      <button type="button" className="button" onClick={() => setDismissed(notice)}>
        {strings.dismiss}
      </button>
    </div>
  );
}
