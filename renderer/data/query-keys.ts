/** What the renderer reads; reflections live apart from the portfolio (one file each). */
export const queryKeys = {
  portfolio: ['portfolio-get'],
  appInfo: ['app-info'],
  /** Every reflection query starts with this, so one invalidation reaches the list and bodies. */
  reflections: ['reflection'],
  reflectionList: ['reflection', 'list'],
  reflection: (id: string) => ['reflection', 'get', id],
  search: (query: string) => ['search-query', query],
} as const;
