/** The mentor log pages' words. */
export const logStrings = {
  title: 'Mentor log',
  newTitle: 'New log entry',
  editTitle: 'Edit log entry',
  create: 'New log entry',
  intro: 'Every contact with your mentor, newest first.',
  none: 'No contacts logged yet.',
  date: 'Date',
  channel: 'Channel',
  summary: 'Summary',
  followUps: 'Follow-ups',
  save: 'Save entry',
  deleted: (date: string) => `Deleted the log entry of ${date}.`,
  restored: (date: string) => `Restored the log entry of ${date}.`,
  back: 'Mentor log',
  notFound: 'This log entry does not exist or was deleted. Choose one from the mentor log.',
} as const;
