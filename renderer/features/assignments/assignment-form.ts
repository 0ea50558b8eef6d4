import { assignmentUpdateInputSchema, type AssignmentUpdateInput } from '@shared/contract/contract';
import {
  assignmentFieldsSchema,
  type Assignment,
  type AssignmentFields,
  type AssignmentKind,
  type AssignmentStatus,
} from '@shared/domain/assignment';
import { changedFields } from '../../forms/changed-fields';
import { dateOrNull, validatedOf, type Validated } from '../../forms/field-errors';

/** The assignment as the inputs hold it: text, with '' for "no session" and "no due date". */
export interface AssignmentFormValues {
  title: string;
  kind: AssignmentKind;
  session: string;
  description: string;
  due: string;
  status: AssignmentStatus;
  grade: string;
  graderComment: string;
}

export const NEW_ASSIGNMENT_VALUES: AssignmentFormValues = {
  title: '',
  kind: 'session',
  session: '',
  description: '',
  due: '',
  status: 'not-started',
  grade: '',
  graderComment: '',
};

export function assignmentFormValuesOf(assignment: Assignment): AssignmentFormValues {
  return {
    title: assignment.title,
    kind: assignment.kind,
    session: assignment.session === null ? '' : String(assignment.session),
    description: assignment.description,
    due: assignment.due ?? '',
    status: assignment.status,
    grade: assignment.grade,
    graderComment: assignment.graderComment,
  };
}

function toFields(values: AssignmentFormValues): Record<keyof AssignmentFields, unknown> {
  return {
    ...values,
    session: values.session === '' ? null : Number(values.session),
    due: dateOrNull(values.due),
  };
}

/** A new assignment, checked with the contract's schema. */
export function validateNewAssignment(values: AssignmentFormValues): Validated<AssignmentFields> {
  return validatedOf(assignmentFieldsSchema.strict().safeParse(toFields(values)));
}

/**
 * An edit: only the changed fields are sent, so an untouched due date keeps following its
 * session's date.
 */
export function validateAssignmentEdit(
  assignment: Assignment,
  values: AssignmentFormValues,
): Validated<AssignmentUpdateInput> {
  const changes = changedFields(assignmentFormValuesOf(assignment), values);
  const fields = toFields(values);
  const input: Record<string, unknown> = { id: assignment.id };
  for (const key of Object.keys(changes) as (keyof AssignmentFields)[]) input[key] = fields[key];
  return validatedOf(assignmentUpdateInputSchema.safeParse(input));
}
