/** The search button's and dialog's words. */
export const searchStrings = {
  trigger: 'Search',
  shortcut: (key: string) => `${key}+K`,
  dialogTitle: 'Search your portfolio',
  field: 'Search',
  placeholder: 'Reflections, artifacts, assignments, sessions, log…',
  allCandidatesTitle: 'Search all your candidates',
  allCandidatesPlaceholder: 'Search all your candidates: reflections, artifacts, assignments…',
  unnamedCandidate: 'Candidate without a name',
  close: 'Close search',
  results: 'Search results',
  empty: (query: string) => `Nothing matches “${query}”.`,
  hint: 'Type to search. Use the arrow keys to move through results, Enter to open one.',
  searching: 'Searching…',
  count: (count: number) => (count === 1 ? '1 result' : `${count} results`),
} as const;
