import type { BundleData, BundleManifest } from '@shared/bundle/bundle-schemas';
import type { ImportContents } from '@shared/bundle/import-summary';
import type { RecordMeta } from '@shared/domain/record';
import { bundleOrigin } from '../../reviewed/review-file';

const live = (records: readonly RecordMeta[]) => records.filter((r) => r.deletedAt === null).length;

/**
 * The bundle's work as the user counts it, for the sentence after an import ("Imported Jordan
 * Rivera's portfolio: 21 assignments, 8 reflections, 5 artifacts"), not the store's records.
 */
export function importContents(manifest: BundleManifest, data: BundleData): ImportContents {
  return {
    name: bundleOrigin(manifest, data).name,
    assignments: live(data.portfolio.assignments),
    reflections: live(data.reflections),
    artifacts: live(data.portfolio.artifacts),
  };
}
