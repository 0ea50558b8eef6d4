import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  type Assignment,
  type AssignmentStatus,
} from '@shared/domain/assignment';
import { sessionName } from '../../site/record-labels';
import { leapDate, type Leap2aContext } from './leap2a-context';

/**
 * `leap2:status leap2:stage`: "completed" is the stage importers act on (Mahara marks the plan
 * done); the other stages are the app's own status names, which the spec leaves open.
 */
export function planStage(status: AssignmentStatus): string {
  return status === 'passed' ? 'completed' : status;
}

/** Plain text: Mahara imports a plan only when its content is text. */
function planText(assignment: Assignment): string {
  const facts = [
    `Kind: ${ASSIGNMENT_KIND_LABELS[assignment.kind]}`,
    `Session: ${sessionName(assignment.session)}`,
    `Status: ${ASSIGNMENT_STATUS_LABELS[assignment.status]}`,
    assignment.grade.trim() !== '' ? `Grade: ${assignment.grade}` : '',
    assignment.graderComment.trim() !== '' ? `Grader's comment: ${assignment.graderComment}` : '',
  ].filter((line) => line !== '');
  return [assignment.description.trim(), facts.join('\n')].filter((p) => p !== '').join('\n\n');
}

/**
 * Each assignment as a `plan` with its status (as the candidate sees it: a newer reviewer's grade
 * decides) and its due date as the target date.
 */
export function addAssignments({ model, parts }: Leap2aContext): void {
  for (const assignment of model.assignments) {
    parts.add('assignment', assignment.id, {
      type: 'plan',
      title: assignment.title,
      published: assignment.createdAt,
      updated: assignment.updatedAt,
      content: { type: 'text', text: planText(assignment) },
      dates: assignment.due === null ? [] : [leapDate('target', assignment.due)],
      stage: planStage(assignment.status),
    });
  }
}
