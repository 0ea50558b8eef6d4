import type { ProgressReport } from './review-layer';

/**
 * The text a final report's SHA-256 is taken of: its content in a fixed key order, without the
 * record meta that changes on copying (revision, versions) and without the hash itself. The core
 * hashes it (node:crypto) when the report is finalised and when a review file is read.
 */
export function reportHashText(report: ProgressReport): string {
  const { facts, signOff } = report;
  return JSON.stringify({
    id: report.id,
    month: report.month,
    facts: {
      from: facts.from,
      to: facts.to,
      sessionsAttended: facts.sessionsAttended,
      assignmentsSubmitted: facts.assignmentsSubmitted,
      assignmentsPassed: facts.assignmentsPassed,
      newReflections: facts.newReflections,
      newArtifacts: facts.newArtifacts,
      contacts: facts.contacts,
      workStudyHours: facts.workStudyHours,
    },
    ratings: report.ratings.map((r) => ({ areaId: r.areaId, level: r.level, note: r.note })),
    strengths: report.strengths,
    concerns: report.concerns,
    nextSteps: report.nextSteps,
    employmentConfirmed: report.employmentConfirmed,
    signOff: signOff === null ? null : { name: signOff.name, date: signOff.date },
    finalizedAt: report.finalizedAt,
  });
}
