/** The evidence map's words, and coverage as the dashboard shows it too. */
export const evidenceStrings = {
  title: 'Evidence map',
  intro: 'Which competencies your reflections and artifacts show, framework by framework.',
  framework: 'Framework',
  allFrameworks: 'All frameworks',
  caption: (framework: string) => `${framework}: competencies and their evidence`,
  competency: 'Competency',
  reflections: 'Reflections',
  artifacts: 'Artifacts',
  coverage: 'Coverage',
  covered: 'Covered',
  notYet: 'Not yet',
  none: 'None',
  summary: (covered: number, total: number) => `${covered} of ${total} competencies have evidence.`,
  coverageValue: (covered: number, total: number) => `${covered} of ${total}`,
  coverageFramework: 'Competencies with evidence',
} as const;
