/**
 * A moment as part of a file name: `2026-09-01T09-00-00-000Z`. Valid on every file system, and
 * names holding it sort by time.
 */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/;

export function parseFileStamp(stamp: string): Date | null {
  const match = STAMP.exec(stamp);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const at = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** For sentences: `2026-09-01 09:00 UTC`. */
export function describeMoment(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
