/** The dashboard's words. */
export const dashboardStrings = {
  title: 'Dashboard',
  /** A newcomer who just left the welcome is greeted as one, not as someone coming back. */
  greeting: (name: string, newcomer: boolean) => {
    const hello = newcomer ? 'Welcome' : 'Welcome back';
    return name ? `${hello}, ${name}.` : `${hello}.`;
  },
  /** A mentor reading a candidate's dashboard. */
  candidateLead: (name: string) => `Where ${name || 'the candidate'} is in the program.`,
  nextSession: 'Next session',
  noNextSession: 'No upcoming session has a date yet. Add dates on the Sessions page.',
  daysTo: (days: number) => (days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : `In ${days} days`),
  progress: 'Progress',
  assignmentsPassed: 'Assignments passed',
  assignmentsPassedValue: (passed: number, total: number) => `${passed} of ${total}`,
  sessionsAttended: 'Sessions attended',
  sessionsAttendedValue: (attended: number, total: number) => `${attended} of ${total}`,
  mentorContacts: 'Mentor contacts this month',
  overdue: 'Overdue',
  noOverdue: 'Nothing is overdue.',
  allOverdue: (count: number) => `All ${count} overdue assignments`,
  dueNext: 'Due next',
  noDueNext: 'Nothing with a due date is waiting.',
  timeline: 'Sessions',
  allAssignments: 'All assignments',
  coverage: 'Competency coverage',
  openEvidenceMap: 'Open the evidence map',
  newsHeading: 'New from your reviewers',
  newsFrom: (reviewer: string) => `From ${reviewer}`,
  newsApplied: (counts: string, date: string) => `Review applied ${date}: ${counts}.`,
  newsGrade: (title: string, result: string) => `${title}: ${result}`,
  newsComment: (title: string) => `New comment on ${title}`,
  newsReport: (month: string) => `Progress report, ${month}`,
  newsMore: (count: number) => `and ${count} more`,
  newsUnknownItem: 'an item no longer in your portfolio',
  newsSeen: (reviewer: string) => `Mark as seen: ${reviewer}`,
} as const;
