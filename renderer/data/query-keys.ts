/** What the renderer reads; reflections live apart from the portfolio (one file each). */
export const queryKeys = {
  portfolio: ['portfolio-get'],
  appInfo: ['app-info'],
  /** Every reflection query starts with this, so one invalidation reaches the list and bodies. */
  reflections: ['reflection'],
  reflectionList: ['reflection', 'list'],
  reflection: (id: string) => ['reflection', 'get', id],
  search: (query: string) => ['search-query', query],
  /** Under the search's prefix, so what refreshes search after a change refreshes this too. */
  candidateSearch: (query: string) => ['search-query', 'all-candidates', query],
  exportPreview: (includePrivate: boolean) => ['bundle-export-preview', includePrivate],
  /** A job's status is polled while it runs; it is no data to refetch after a change. */
  job: (jobId: string) => ['job-status', jobId],
  conflicts: ['conflict-list'],
  identity: ['identity-get'],
  candidates: ['candidates-list'],
  candidateChanges: (portfolioId: string, since: string) => [
    'candidate-changes',
    portfolioId,
    since,
  ],
  cohortFeedback: ['cohort-feedback-summary'],
  /** The reviews the candidate received, their replies, and what is new. */
  received: ['reviews-received'],
} as const;
