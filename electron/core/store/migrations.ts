import { PORTFOLIO_SCHEMA_VERSION } from '@shared/domain/portfolio';
import { UserError } from '../errors';

/** A stored portfolio before validation: a JSON object of some schema version. */
export type StoredObject = Record<string, unknown>;

/**
 * One step of the file format's history: turns a file of `schemaVersion` `from` into one of
 * `from + 1`. The runner sets `schemaVersion`; a step only reshapes the data.
 */
export interface MigrationStep {
  from: number;
  migrate(data: StoredObject): StoredObject;
}

/**
 * Every change to portfolio.json's shape, oldest first. To change the format: add one entry here
 * (from the previous version) and raise PORTFOLIO_SCHEMA_VERSION in shared/domain/portfolio.ts.
 */
export const PORTFOLIO_MIGRATIONS: readonly MigrationStep[] = [];

export interface MigrationPlan {
  steps: readonly MigrationStep[];
  currentVersion: number;
}

export const PORTFOLIO_MIGRATION_PLAN: MigrationPlan = {
  steps: PORTFOLIO_MIGRATIONS,
  currentVersion: PORTFOLIO_SCHEMA_VERSION,
};

export interface MigrationResult {
  data: unknown;
  /** The version the file had, when it was older than the app's; null when nothing changed. */
  migratedFrom: number | null;
}

function isObject(value: unknown): value is StoredObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Bring parsed JSON up to the app's schema version. Anything this cannot read (no version, a
 * version with no step) is returned unchanged for validation to reject; a file from a newer app
 * is refused, because migrating or saving it would lose what that version added.
 */
export function migrateToCurrent(
  raw: unknown,
  fileName: string,
  plan: MigrationPlan = PORTFOLIO_MIGRATION_PLAN,
): MigrationResult {
  if (!isObject(raw) || !Number.isInteger(raw.schemaVersion))
    return { data: raw, migratedFrom: null };
  const fileVersion = raw.schemaVersion as number;
  if (fileVersion > plan.currentVersion) {
    throw new UserError(
      'invalid-input',
      `${fileName} was made by a newer version of CTO Mentor Portfolio: update the app to open it.`,
    );
  }
  let data = raw;
  for (let version = fileVersion; version < plan.currentVersion; version += 1) {
    const step = plan.steps.find((s) => s.from === version);
    if (!step) return { data: raw, migratedFrom: null };
    data = { ...step.migrate(data), schemaVersion: version + 1 };
  }
  return { data, migratedFrom: fileVersion === plan.currentVersion ? null : fileVersion };
}
