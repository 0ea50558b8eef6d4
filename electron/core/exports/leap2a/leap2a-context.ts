import type { SiteModel } from '../../site/site-model';
import { formatSiteDate } from '../../site/site-text';
import type { FeedParts, LeapDate } from './feed-parts';

/** What each part of the feed is built from: the web version's model (live records, in the
 * order its pages show them, statuses as the candidate sees them) and the feed so far. */
export interface Leap2aContext {
  model: SiteModel;
  parts: FeedParts;
  /** Where each artifact's file is in the zip, by SHA-256 (leap2a-files.ts). */
  filePaths: ReadonlyMap<string, string>;
}

/** The name the feed is by: the candidate's, or a word for them when the profile has none. */
export function authorName(model: SiteModel): string {
  return model.ownerName.trim() === '' ? 'Candidate' : model.ownerName;
}

/** A YYYY-MM-DD date as a Leap2A date at `point`, labelled as the web version writes dates. */
export function leapDate(point: LeapDate['point'], value: string): LeapDate {
  return { point, value, label: formatSiteDate(value) };
}
