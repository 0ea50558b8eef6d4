import type { Role } from '@shared/review/roles';

/** The words of "who am I": the roles and the reviewer's profile. */
export const identityStrings = {
  rolesHelp: 'Choose every role that fits you; several are allowed.',
  roleDescriptions: {
    candidate: 'I am in the program and keep my own portfolio.',
    mentor: 'I mentor candidates and review their work.',
    instructor: "I teach or coordinate the program and grade candidates' work.",
  } satisfies Record<Role, string>,
  reviewerLegend: {
    mentor: 'Your mentor profile',
    instructor: 'Your instructor profile',
  },
  reviewerHelp: 'Candidates see these details on your grades, comments and reports.',
  reviewerName: 'Name on your reviews',
  position: 'Position',
  positionHelp: 'For example, Chief Technology Officer.',
  organisation: 'Organisation',
  organisationHelp: 'Your district or organisation.',
  yearsAsLeader: 'Years as a K-12 technology leader',
  yearsAsLeaderHelp: 'Whole years, for example 12.',
  yearsFormat: 'Enter whole years as digits, for example 12.',
  credential: 'Degree or CTO certification',
  credentialHelp: 'For example, M.Ed.; CETL.',
} as const;
