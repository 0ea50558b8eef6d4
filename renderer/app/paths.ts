/** A candidate's copy, opened by their mentor or instructor. */
const candidateBase = (portfolioId: string) => `/candidates/${encodeURIComponent(portfolioId)}`;

/** Every route's address in one place; links and navigation build on these. */
export const paths = {
  dashboard: '/',
  sessions: '/sessions',
  session: (id: string) => `/sessions/${encodeURIComponent(id)}`,
  assignments: '/assignments',
  newAssignment: '/assignments/new',
  assignment: (id: string) => `/assignments/${encodeURIComponent(id)}`,
  log: '/log',
  newLogEntry: '/log/new',
  logEntry: (id: string) => `/log/${encodeURIComponent(id)}`,
  reflections: '/reflections',
  reflection: (id: string) => `/reflections/${encodeURIComponent(id)}`,
  artifacts: '/artifacts',
  artifact: (id: string) => `/artifacts/${encodeURIComponent(id)}`,
  evidence: '/evidence',
  exports: '/exports',
  profile: '/profile',
  conflicts: '/conflicts',
  reviewed: '/reviewed',
  reviewedPortfolio: (portfolioId: string) => `/reviewed/${encodeURIComponent(portfolioId)}`,
  /** A reviewer's list of candidates, and one candidate's portfolio seen read-only. */
  candidates: '/candidates',
  candidate: (portfolioId: string) => `/candidates/${encodeURIComponent(portfolioId)}`,
  candidateWorkStudy: (portfolioId: string) => `${candidateBase(portfolioId)}/work-study`,
  candidateReports: (portfolioId: string) => `${candidateBase(portfolioId)}/reports`,
  candidateReport: (portfolioId: string, reportId: string) =>
    `${candidateBase(portfolioId)}/reports/${encodeURIComponent(reportId)}`,
  candidateReportPrint: (portfolioId: string, reportId: string) =>
    `${candidateBase(portfolioId)}/reports/${encodeURIComponent(reportId)}/print`,
  candidateChanges: (portfolioId: string) => `${candidateBase(portfolioId)}/changes`,
  cohortFeedback: '/cohort-feedback',
} as const;
