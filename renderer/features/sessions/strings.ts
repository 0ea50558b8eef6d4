/** The sessions pages' words. */
export const sessionStrings = {
  title: 'Sessions',
  heading: (label: string, title: string) => `${label}: ${title}`,
  date: 'Date',
  place: 'Place',
  attendance: 'Attendance',
  notes: 'Notes',
  topics: 'Topics',
  save: 'Save session',
  saved: 'Session saved.',
  dateMovesDueDates:
    'Changing the date also moves the due dates of this session’s assignments that follow the program template.',
  assignments: 'Assignments for this session',
  noAssignments: 'This session has no assignments.',
  feedback: 'Program feedback',
  feedbackHelp: 'How useful was this session? Your feedback goes to the program.',
  rating: 'Rating',
  ratingOption: (n: number) => `${n} of 5`,
  noRating: 'No rating',
  comments: 'Comments',
  saveFeedback: 'Save feedback',
  feedbackSaved: 'Feedback saved.',
  back: 'All sessions',
  notFound: 'This session does not exist. Choose one from the list of sessions.',
} as const;

/** How a session's attendance reads, wherever a session is listed. */
export const attendanceLabels = {
  unrecorded: 'Not recorded',
  attended: 'Attended',
  excused: 'Excused',
  absent: 'Absent',
} as const;
