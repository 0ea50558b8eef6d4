/** A candidate's copy, opened by their mentor or instructor. */
const candidateBase = (portfolioId: string) => `/candidates/${encodeURIComponent(portfolioId)}`;
const enc = encodeURIComponent;

/**
 * The addresses of one portfolio's own screens under `base`: '' for the user's own portfolio,
 * `/candidates/<id>` for a candidate's copy opened by a mentor (the same screens, read-only).
 */
function portfolioPathsUnder(base: string) {
  return {
    dashboard: base === '' ? '/' : base,
    sessions: `${base}/sessions`,
    session: (id: string) => `${base}/sessions/${enc(id)}`,
    assignments: `${base}/assignments`,
    newAssignment: `${base}/assignments/new`,
    assignment: (id: string) => `${base}/assignments/${enc(id)}`,
    log: `${base}/log`,
    newLogEntry: `${base}/log/new`,
    logEntry: (id: string) => `${base}/log/${enc(id)}`,
    reflections: `${base}/reflections`,
    reflection: (id: string) => `${base}/reflections/${enc(id)}`,
    artifacts: `${base}/artifacts`,
    artifact: (id: string) => `${base}/artifacts/${enc(id)}`,
    evidence: `${base}/evidence`,
  };
}
export type PortfolioPaths = ReturnType<typeof portfolioPathsUnder>;

/** A candidate's screens, as a mentor or instructor opens them from My candidates. */
export const candidatePaths = (portfolioId: string): PortfolioPaths =>
  portfolioPathsUnder(`/candidates/${enc(portfolioId)}`);

/** Every route's address in one place; links and navigation build on these. */
export const paths = {
  ...portfolioPathsUnder(''),
  exports: '/exports',
  profile: '/profile',
  /** Every keyboard shortcut (the desktop app's Help → Keyboard Shortcuts). */
  shortcuts: '/shortcuts',
  conflicts: '/conflicts',
  /** My candidates: one row per imported portfolio. */
  candidates: '/candidates',
  candidate: (portfolioId: string) => candidatePaths(portfolioId).dashboard,
  candidateWorkStudy: (portfolioId: string) => `${candidateBase(portfolioId)}/work-study`,
  candidateReports: (portfolioId: string) => `${candidateBase(portfolioId)}/reports`,
  candidateReport: (portfolioId: string, reportId: string) =>
    `${candidateBase(portfolioId)}/reports/${encodeURIComponent(reportId)}`,
  candidateReportPrint: (portfolioId: string, reportId: string) =>
    `${candidateBase(portfolioId)}/reports/${encodeURIComponent(reportId)}/print`,
  candidateChanges: (portfolioId: string) => `${candidateBase(portfolioId)}/changes`,
  cohortFeedback: '/cohort-feedback',
  fromMyMentor: '/from-my-mentor',
  receivedReport: (reviewerId: string, reportId: string) =>
    `/from-my-mentor/${encodeURIComponent(reviewerId)}/${encodeURIComponent(reportId)}`,
} as const;
