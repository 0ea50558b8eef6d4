import { useId } from 'react';

/** Ids that tie a control to its label, its help text and its error message. */
export function useFieldIds() {
  const id = useId();
  return { control: `${id}-control`, help: `${id}-help`, error: `${id}-error` };
}

export function describedBy(ids: ReturnType<typeof useFieldIds>, help?: string, error?: string) {
  const parts = [help ? ids.help : null, error ? ids.error : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}
