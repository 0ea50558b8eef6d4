import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import type { Artifact } from '@shared/domain/artifact';
import type { Assignment } from '@shared/domain/assignment';
import type { LogEntry } from '@shared/domain/log-entry';
import { PORTFOLIO_SCHEMA_VERSION, type Portfolio } from '@shared/domain/portfolio';
import type { Profile } from '@shared/domain/profile';
import type { RecordMeta, VersionVector } from '@shared/domain/record';
import type { Reflection } from '@shared/domain/reflection';
import type { Session } from '@shared/domain/session';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import type { PortfolioSide } from '@shared/sync/merge-portfolio';
import { globalizeBundleData, localizeBundleData } from '@shared/sync/versions';
import { artifactRecord } from '../../support/record-builders';

/** Small literal records for the sync tests: every field given, versions as the test says. */
export const T0 = '2026-09-01T10:00:00.000Z';
export const T1 = '2026-09-02T10:00:00.000Z';
export const NOW = new Date('2026-10-01T12:00:00.000Z');

function meta(id: string, versions: VersionVector | undefined, revision = 1): RecordMeta {
  return {
    id,
    createdAt: T0,
    updatedAt: T0,
    revision,
    deletedAt: null,
    ...(versions ? { versions } : {}),
  };
}

export function doc(text: string): RichTextDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

export const profile = (versions: VersionVector, fields: Partial<Profile> = {}): Profile => ({
  ...meta('profile-1', versions),
  name: 'Dana Reyes',
  organisation: 'Hillside USD',
  mentorName: 'Sam Ortiz',
  cohortYear: 2026,
  welcomeCompletedAt: T0,
  ...fields,
});

export const session = (
  id: string,
  versions: VersionVector,
  fields: Partial<Session> = {},
): Session => ({
  ...meta(id, versions),
  number: 3,
  title: 'Budgets',
  topics: ['E-rate'],
  date: '2026-10-02',
  place: 'Room 4',
  attendance: 'unrecorded',
  notes: '',
  feedback: { rating: null, comments: '', updatedAt: null },
  ...fields,
});

export const assignment = (
  id: string,
  versions: VersionVector | undefined,
  fields: Partial<Assignment> = {},
): Assignment => ({
  ...meta(id, versions),
  title: 'Budget memo',
  kind: 'session',
  session: 3,
  description: '',
  due: '2026-10-09',
  status: 'in-progress',
  grade: '',
  graderComment: '',
  dueOffsetDays: null,
  ...fields,
});

export const logEntry = (
  id: string,
  versions: VersionVector,
  fields: Partial<LogEntry> = {},
): LogEntry => ({
  ...meta(id, versions),
  date: '2026-10-02',
  channel: 'call',
  summary: 'Talked about the budget',
  followUps: '',
  ...fields,
});

export const artifact = (
  id: string,
  versions: VersionVector,
  fields: Partial<Artifact> = {},
): Artifact => artifactRecord(id, new Date(T0), { ...meta(id, versions), ...fields });

export const reflection = (
  id: string,
  versions: VersionVector,
  fields: Partial<Reflection> = {},
): Reflection => ({
  ...meta(id, versions),
  title: 'What I learned',
  status: 'draft',
  session: null,
  assignmentIds: [],
  artifactIds: [],
  competencyIds: [],
  private: false,
  content: doc('First thoughts'),
  wordCount: 2,
  ...fields,
});

export function portfolioWith(records: Partial<Portfolio> = {}): Portfolio {
  return {
    format: 'cto-portfolio-store',
    schemaVersion: PORTFOLIO_SCHEMA_VERSION,
    portfolioId: 'portfolio-1',
    createdAt: T0,
    program: DEFAULT_PROGRAM,
    profile: profile({ '.': 1 }),
    sessions: [],
    assignments: [],
    logEntries: [],
    artifacts: [],
    reviewReplies: [],
    ...records,
  };
}

export function sideWith(
  records: Partial<Portfolio> = {},
  reflections: Reflection[] = [],
): PortfolioSide {
  return { portfolio: portfolioWith(records), reflections };
}

/** What one computer's export looks like once the other has read it (device ids renamed). */
export function exchanged(
  from: PortfolioSide,
  fromDevice: string,
  toDevice: string,
): PortfolioSide {
  const data: BundleData = {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio: from.portfolio,
    reflections: from.reflections,
    reviews: [],
  };
  const received = localizeBundleData(globalizeBundleData(data, fromDevice), toDevice);
  return { portfolio: received.portfolio, reflections: received.reflections };
}

/** Ids counted from 1 with a prefix, as a data folder's id generator would give them. */
export function idsFrom(prefix: string): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}
