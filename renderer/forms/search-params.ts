import { useSearchParams } from 'react-router';
import { NO_SESSION } from './session-filter';

/** Whether untrusted text from the address is one of `list`. */
export const isOneOf = <T extends string>(list: readonly T[], value: string | null): value is T =>
  value !== null && (list as readonly string[]).includes(value);

/** Whether untrusted text from the address is a session filter: NO_SESSION or a session number. */
export const isSessionFilter = (value: string | null): value is string =>
  value === NO_SESSION || /^\d{1,2}$/.test(value ?? '');

/**
 * A list's filters kept in the address (`?status=draft`): a link can open the list filtered and
 * Back returns to the same list. Each change replaces the entry rather than adding to history.
 */
export function useAddressFilters<F>(
  parse: (search: URLSearchParams) => F,
  write: (filters: F) => URLSearchParams,
): [F, (filters: F) => void] {
  const [search, setSearch] = useSearchParams();
  return [parse(search), (next) => setSearch(write(next), { replace: true })];
}
