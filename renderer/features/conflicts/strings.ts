/** The conflicts page's words. */
export const conflictStrings = {
  title: 'Conflicts',
  intro:
    'These records were changed on this computer and on your other computer. Both versions are kept until you choose.',
  empty: 'No conflicts. Everything from your other computer is merged.',
  detectedAt: 'Found',
  mine: 'On this computer',
  theirs: 'From the other computer',
  changedAt: 'Changed',
  deleted: 'Deleted',
  noFields: 'No other differences.',
  keepMine: 'Keep mine',
  keepTheirs: 'Keep theirs',
  keepBoth: 'Keep both',
  kept: {
    mine: (label: string) => `Kept the version on this computer of ${label}.`,
    theirs: (label: string) => `Kept the other computer's version of ${label}.`,
    both: (label: string) => `Kept both versions of ${label}.`,
  },
} as const;
