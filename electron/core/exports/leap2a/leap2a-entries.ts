import type { BundleData } from '@shared/bundle/bundle-schemas';
import { bufferEntry, type ZipEntrySource } from '../../bundle/zip/zip-entry-source';
import { buildSiteModel } from '../../site/site-model';
import { SITE_TEXT } from '../../site/site-text';
import { addAbilities } from './ability-entries';
import { addArtifacts } from './artifact-entries';
import { addAssignments } from './assignment-entries';
import { entryLinks } from './entry-links';
import { FeedParts } from './feed-parts';
import { authorName, type Leap2aContext } from './leap2a-context';
import { leap2aFiles } from './leap2a-files';
import { LEAP2A_XML_PATH } from './leap2a-terms';
import { leap2aXml } from './leap2a-xml';
import { addPerson } from './person-entry';
import { addPortfolioSelection } from './portfolio-selection';
import { addReflections } from './reflection-entries';
import { addGrades, addReports } from './review-entries';
import { addSessions } from './session-entries';

export interface Leap2aMeta {
  /** RFC 3339: the feed's `updated`. */
  exportedAt: string;
  appVersion: string;
}

/**
 * The Leap2A export of what a bundle holds (private items already left out by the selection):
 * `leap2a.xml` at the root of the zip, then each artifact file it names once, under `files/`.
 * `files` are the bundle's artifact entries (`artifacts/<sha256>`, as collectBundle makes them).
 * Pure: the same data, files and meta give the same entries, byte for byte.
 */
export function leap2aEntries(
  data: BundleData,
  files: readonly ZipEntrySource[],
  meta: Leap2aMeta,
): ZipEntrySource[] {
  const model = buildSiteModel(data, {
    exportedAt: new Date(meta.exportedAt),
    appVersion: meta.appVersion,
  });
  const attached = leap2aFiles(model, files);
  const context: Leap2aContext = {
    model,
    parts: new FeedParts(),
    filePaths: attached.pathBySha,
  };
  // Order matters only where an item links to another: the target goes in first.
  const person = addPerson(context);
  addSessions(context);
  addAssignments(context);
  addArtifacts(context);
  addReflections(context);
  addAbilities(context);
  addGrades(context);
  addReports(context, person);
  addPortfolioSelection(context);

  const xml = leap2aXml(
    {
      id: `urn:cto-mentor-portfolio:${model.portfolio.portfolioId}`,
      title: SITE_TEXT.portfolioOf(authorName(model)),
      updated: meta.exportedAt,
      authorName: authorName(model),
      personId: person,
      appVersion: meta.appVersion,
    },
    context.parts.entries,
    entryLinks(context.parts),
  );
  return [bufferEntry(LEAP2A_XML_PATH, Buffer.from(xml, 'utf8')), ...attached.entries];
}
