/** The first-run page's words. */
export const welcomeStrings = {
  title: 'Welcome to CTO Mentor Portfolio',
  rolesIntro:
    'First, who are you in the program? The app shows what your roles need, and you can change them later on the Profile page.',
  rolesLegend: 'Who am I?',
  continue: 'Continue',
  intro:
    'A few details make the dashboard useful from the start. Every field is optional, and you can change all of it later on the Profile and Sessions pages.',
  reviewerIntro:
    'A few details about you for the candidates you review. Every field is optional, and you can change all of it later on the Profile page.',
  portfolioLegend: 'Your portfolio',
  sessionDatesLegend: 'Session dates',
  sessionDatesHelp: 'Leave a date empty if you do not know it yet.',
  save: 'Save and continue',
  skip: 'Skip for now',
  sampleHint: 'Want to look around first?',
} as const;
