import { useEffect, useState, type KeyboardEvent } from 'react';
import type { SearchEntry } from './search-entries';

/**
 * The combobox's active result: the arrow keys move it (wrapping at both ends), Ctrl+Home goes
 * back to the first, Enter opens it; it stays in view as it moves past the list's edge. `reset`
 * goes back to the first result when the query changes.
 */
export function useActiveResult(hits: SearchEntry[], open: (entry: SearchEntry) => void) {
  const [activeIndex, setActiveIndex] = useState(0);
  const active = hits[Math.min(activeIndex, hits.length - 1)] ?? null;
  const activeOptionId = active?.optionId;

  useEffect(() => {
    if (activeOptionId)
      document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOptionId]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(
        (index) => (Math.min(index, hits.length - 1) + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Home' && hits.length > 0 && event.ctrlKey) {
      setActiveIndex(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) open(active);
    }
  };

  return { active, activeOptionId, onKeyDown, reset: () => setActiveIndex(0) };
}
