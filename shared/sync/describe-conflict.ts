import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_STATUS_LABELS,
  type AssignmentKind,
  type AssignmentStatus,
} from '../domain/assignment';
import { LOG_CHANNEL_LABELS, type LogChannel } from '../domain/log-entry';
import { sessionLabel } from '../domain/session';
import type { ProgramTemplate } from '../program/template-schema';
import { excerptOf, richTextToPlainText } from '../rich-text/plain-text';
import type { RichTextDoc } from '../rich-text/rich-text-schema';
import type { Conflict, ConflictRecordKind, ConflictView } from './conflict';
import { sameJson } from './record-content';
import { canKeepBoth, type SyncedRecord } from './record-kinds';

/** Long values are cut to about this many characters: enough to tell two versions apart. */
export const CONFLICT_VALUE_LENGTH = 300;

/** Bookkeeping, derived or fixed fields: never what a person chooses between. */
const HIDDEN_FIELDS: ReadonlySet<string> = new Set([
  'id',
  'createdAt',
  'updatedAt',
  'revision',
  'deletedAt',
  'versions',
  'wordCount',
  'dueOffsetDays',
  'sha256',
  'size',
  'mediaType',
  'feedback.updatedAt',
]);

/** Field names as the forms show them; a field not listed (a later addition) shows its key. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  organisation: 'Organisation',
  mentorName: 'Mentor',
  cohortYear: 'Cohort year',
  welcomeCompletedAt: 'Welcome completed',
  number: 'Session',
  title: 'Title',
  topics: 'Topics',
  date: 'Date',
  place: 'Place',
  attendance: 'Attendance',
  notes: 'Notes',
  'feedback.rating': 'Feedback rating',
  'feedback.comments': 'Feedback comments',
  kind: 'Kind',
  session: 'Session',
  description: 'Description',
  due: 'Due',
  status: 'Status',
  grade: 'Grade',
  graderComment: 'Grader’s comment',
  channel: 'Channel',
  summary: 'Summary',
  followUps: 'Follow-ups',
  tags: 'Tags',
  competencyIds: 'Competencies',
  sessionNumbers: 'Sessions',
  assignmentIds: 'Assignments',
  artifactIds: 'Artifacts',
  private: 'Private',
  fileName: 'File',
  content: 'Text',
};

const NONE = 'None';

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function counted(count: number, singular: string): string {
  if (count === 0) return NONE;
  return `${count} ${singular}${count === 1 ? '' : 's'} linked`;
}

function competencyTitle(id: string, program: ProgramTemplate | undefined): string {
  for (const framework of program?.frameworks ?? []) {
    const competency = framework.competencies.find((c) => c.id === id);
    if (competency) return competency.title;
  }
  return id;
}

/** A field's value as a person reads it; enumerations by their labels, texts shortened. */
function formatValue(
  kind: ConflictRecordKind,
  key: string,
  value: unknown,
  program: ProgramTemplate | undefined,
): string {
  if (value === null || value === undefined || value === '') return NONE;
  if (key === 'content') {
    const text = richTextToPlainText(value as RichTextDoc);
    return text === '' ? NONE : excerptOf(text, CONFLICT_VALUE_LENGTH);
  }
  if ((key === 'session' || key === 'number') && typeof value === 'number') {
    return sessionLabel(value);
  }
  if (kind === 'assignment' && key === 'status') {
    return ASSIGNMENT_STATUS_LABELS[value as AssignmentStatus] ?? String(value);
  }
  if (kind === 'assignment' && key === 'kind') {
    return ASSIGNMENT_KIND_LABELS[value as AssignmentKind] ?? String(value);
  }
  if (key === 'channel') return LOG_CHANNEL_LABELS[value as LogChannel] ?? String(value);
  if (key === 'attendance' || key === 'status') return capitalized(String(value));
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) {
    if (key === 'assignmentIds') return counted(value.length, 'assignment');
    if (key === 'artifactIds') return counted(value.length, 'artifact');
    const items = value.map((item) => {
      if (key === 'competencyIds') return competencyTitle(String(item), program);
      if (key === 'sessionNumbers' && typeof item === 'number') return sessionLabel(item);
      return String(item);
    });
    return items.length === 0 ? NONE : excerptOf(items.join(', '), CONFLICT_VALUE_LENGTH);
  }
  if (typeof value === 'object') return excerptOf(JSON.stringify(value), CONFLICT_VALUE_LENGTH);
  return excerptOf(String(value), CONFLICT_VALUE_LENGTH);
}

/** Top-level fields, and the fields of a nested group (a session's feedback) as `group.field`. */
function fieldsOf(record: SyncedRecord): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (HIDDEN_FIELDS.has(key)) continue;
    const isGroup =
      key !== 'content' && typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!isGroup) fields.set(key, value);
    else for (const [inner, v] of Object.entries(value)) fields.set(`${key}.${inner}`, v);
  }
  for (const key of HIDDEN_FIELDS) fields.delete(key);
  return fields;
}

/** What the record is, in words: "Session 3", "Reflection “Budget lessons”". */
export function conflictLabel(kind: ConflictRecordKind, record: SyncedRecord): string {
  const fields = record as Record<string, unknown>;
  switch (kind) {
    case 'profile':
      return 'Profile';
    case 'session':
      return sessionLabel(Number(fields.number));
    case 'logEntry':
      return `Mentor log entry of ${String(fields.date)}`;
    case 'assignment':
      return `Assignment “${String(fields.title)}”`;
    case 'artifact':
      return `Artifact “${String(fields.title)}”`;
    case 'reflection':
      return `Reflection “${String(fields.title)}”`;
  }
}

/**
 * A conflict as the Conflicts page shows it: each side with only the fields that differ, in
 * words. `mine` is this computer's current version of the record.
 */
export function describeConflict(
  conflict: Conflict,
  mine: SyncedRecord,
  program?: ProgramTemplate,
): ConflictView {
  const kind = conflict.recordKind;
  const mineFields = fieldsOf(mine);
  const theirFields = fieldsOf(conflict.theirs);
  const differing = [...new Set([...mineFields.keys(), ...theirFields.keys()])].filter(
    (key) => !sameJson(mineFields.get(key), theirFields.get(key)),
  );
  const side = (record: SyncedRecord, fields: Map<string, unknown>) => ({
    updatedAt: record.updatedAt,
    deleted: record.deletedAt !== null,
    fields: differing.map((key) => ({
      label: Object.hasOwn(FIELD_LABELS, key) ? FIELD_LABELS[key]! : key,
      value: formatValue(kind, key, fields.get(key), program),
    })),
  });
  return {
    id: conflict.id,
    recordKind: kind,
    recordId: conflict.recordId,
    label: conflictLabel(kind, mine),
    detectedAt: conflict.detectedAt,
    mine: side(mine, mineFields),
    theirs: side(conflict.theirs, theirFields),
    canKeepBoth: canKeepBoth(kind),
  };
}
