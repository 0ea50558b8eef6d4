export type PillTone = 'neutral' | 'waiting' | 'attention' | 'done';

export interface StatusPillProps {
  label: string;
  tone: PillTone;
  /** More about the status, on hover and for screen readers ("Graded by …"). */
  detail?: string | null | undefined;
}

/** A status as a small pill: the words carry it, the tone's colour only helps. */
export function StatusPill({ label, tone, detail }: StatusPillProps) {
  return (
    <span className={`pill pill-${tone}`} title={detail ?? undefined}>
      {label}
      {detail ? <span className="visually-hidden">{` · ${detail}`}</span> : null}
    </span>
  );
}
