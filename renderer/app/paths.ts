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
} as const;
