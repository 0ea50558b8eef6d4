/** The app shell's words: navigation, banners, the skip link. */
export const shellStrings = {
  skipLink: 'Skip to main content',
  navLabel: 'Main',
  nav: {
    dashboard: 'Dashboard',
    sessions: 'Sessions',
    assignments: 'Assignments',
    reflections: 'Reflections',
    artifacts: 'Artifacts',
    evidence: 'Evidence map',
    log: 'Mentor log',
    fromMyMentor: 'From my mentor',
    exports: 'Export & import',
    profile: 'Profile',
    candidates: 'My candidates',
    candidateGroup: 'My portfolio',
    reviewerGroup: 'Reviewing',
    conflicts: (count: number) => `Conflicts (${count})`,
  },
  helpHeading: 'Help',
  openSample: 'Open sample portfolio',
  sampleBannerLabel: 'Sample portfolio',
  sampleBanner:
    'You are looking at the sample portfolio. Changes here never touch your own portfolio.',
  returnToOwn: 'Return to my portfolio',
  readOnlyBannerLabel: 'Read-only data folder',
  readOnlyBanner:
    'This data folder is read-only, so you can look at everything but change nothing. To edit, copy the folder somewhere you can write, or fix its permissions.',
  noticeLabel: 'Notice',
} as const;
