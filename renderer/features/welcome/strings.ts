/** The first-run page's words. */
export const welcomeStrings = {
  title: 'Welcome to CTO Mentor Portfolio',
  intro:
    'A few details make the dashboard useful from the start. Every field is optional, and you can change all of it later on the Profile and Sessions pages.',
  sessionDatesLegend: 'Session dates',
  sessionDatesHelp: 'Leave a date empty if you do not know it yet.',
  save: 'Save and continue',
  skip: 'Skip for now',
  sampleHint: 'Want to look around first?',
} as const;
