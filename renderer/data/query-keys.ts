/** The two things the renderer reads. */
export const queryKeys = {
  portfolio: ['portfolio-get'],
  appInfo: ['app-info'],
} as const;
