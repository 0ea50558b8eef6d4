import { sessionLabel, type Session } from '@shared/domain/session';
import type { SelectOption } from '../components/SelectField';

/** The options of a select or radio group: each value of a fixed list with its label. */
export function labelledOptions<T extends string>(
  values: readonly T[],
  labels: Readonly<Record<T, string>>,
): SelectOption<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

/**
 * One option per session, its number as the value. Pickers name the topic too ("Session 3:
 * Fiscal Management"); filters, where the list is short and scanned, the number alone.
 */
export function sessionOptions(
  sessions: readonly Session[],
  naming: 'number' | 'number-and-title',
): SelectOption<string>[] {
  return sessions.map((s) => ({
    value: String(s.number),
    label: naming === 'number' ? sessionLabel(s.number) : `${sessionLabel(s.number)}: ${s.title}`,
  }));
}
