/** The profile page's words. */
export const profileStrings = {
  title: 'Profile',
  name: 'Your name',
  organisation: 'District or organisation',
  mentorName: "Mentor's name",
  cohortYear: 'Cohort year',
  cohortYearHelp: 'Four digits, for example 2026.',
  cohortYearFormat: 'Enter the cohort year as four digits, for example 2026.',
  save: 'Save profile',
  saved: 'Profile saved.',
  sessionDatesHint: 'Session dates, places and attendance are on the Sessions page.',
  rolesLegend: 'Your roles',
  saveRoles: 'Save roles',
  rolesSaved: 'Roles saved.',
  sampleHeading: 'Sample portfolio',
  sampleText:
    'Open a filled-in example portfolio to see how the app works. Your own portfolio stays as it is.',
} as const;
