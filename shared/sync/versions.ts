import type { BundleData } from '../bundle/bundle-schemas';
import type { Portfolio } from '../domain/portfolio';
import { LOCAL_DEVICE, type RecordMeta, type VersionVector } from '../domain/record';

/**
 * Version vectors: per device, how many of its changes a record contains. A record whose vector
 * is at least the other's everywhere contains every change the other has seen, so it may replace
 * it; when each has a change the other lacks, both were edited since they last met (a conflict).
 */
export type VersionOrder = 'equal' | 'before' | 'after' | 'concurrent';

/** A device's count; own keys only, so a device named "constructor" reads as what it is. */
function countOf(versions: VersionVector | undefined, device: string): number {
  return versions !== undefined && Object.hasOwn(versions, device) ? (versions[device] ?? 0) : 0;
}

/** How `a` relates to `b`: 'before' when `b` contains all of `a` and more. Missing = {}. */
export function compareVersions(
  a: VersionVector | undefined,
  b: VersionVector | undefined,
): VersionOrder {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})])) {
    const countA = countOf(a, device);
    const countB = countOf(b, device);
    if (countA > countB) aAhead = true;
    else if (countB > countA) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  if (aAhead) return 'after';
  if (bAhead) return 'before';
  return 'equal';
}

/** Every change either side has seen: the pointwise maximum. */
export function mergedVersions(
  a: VersionVector | undefined,
  b: VersionVector | undefined,
): VersionVector {
  const merged: VersionVector = { ...a };
  for (const [device, count] of Object.entries(b ?? {})) {
    merged[device] = Math.max(countOf(merged, device), count);
  }
  return merged;
}

/** One record of each kind, changed by `change`; the portfolio-level fields stay as they are. */
export function mapPortfolioRecords(
  portfolio: Portfolio,
  change: <T extends RecordMeta>(record: T) => T,
): Portfolio {
  return {
    ...portfolio,
    profile: change(portfolio.profile),
    sessions: portfolio.sessions.map(change),
    assignments: portfolio.assignments.map(change),
    logEntries: portfolio.logEntries.map(change),
    artifacts: portfolio.artifacts.map(change),
  };
}

function mapBundleRecords(
  data: BundleData,
  change: <T extends RecordMeta>(record: T) => T,
): BundleData {
  return {
    ...data,
    portfolio: mapPortfolioRecords(data.portfolio, change),
    reflections: data.reflections.map(change),
  };
}

/**
 * The record with the device key `from` renamed to `to`. Should both be present (a hand-made
 * file), they are one device's changes seen twice: the larger count stands.
 */
function renamedDevice<T extends RecordMeta>(record: T, from: string, to: string): T {
  const versions = record.versions;
  if (versions === undefined || !Object.hasOwn(versions, from)) return record;
  const { [from]: count, ...others } = versions;
  const renamed = { ...others, [to]: Math.max(count ?? 0, countOf(others, to)) };
  return { ...record, versions: renamed };
}

/** For import: the changes this data folder made (under its device id elsewhere) become '.'. */
export function localizeBundleData(data: BundleData, deviceId: string): BundleData {
  return mapBundleRecords(data, (record) => renamedDevice(record, deviceId, LOCAL_DEVICE));
}

/** For export: '.' becomes this data folder's device id, so other computers can tell us apart. */
export function globalizeBundleData(data: BundleData, deviceId: string): BundleData {
  return mapBundleRecords(data, (record) => renamedDevice(record, LOCAL_DEVICE, deviceId));
}
