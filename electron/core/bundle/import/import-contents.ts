import type { BundleData, BundleManifest } from '@shared/bundle/bundle-schemas';
import type { ImportContents } from '@shared/bundle/import-summary';
import { isLive } from '@shared/domain/record';
import { bundleOrigin } from '../../reviewed/review-file';

/**
 * The bundle's work as the user counts it, for the sentence after an import ("Imported Jordan
 * Rivera's portfolio: 21 assignments, 8 reflections, 5 artifacts"), not the store's records.
 */
export function importContents(manifest: BundleManifest, data: BundleData): ImportContents {
  return {
    name: bundleOrigin(manifest, data).name,
    assignments: data.portfolio.assignments.filter(isLive).length,
    reflections: data.reflections.filter(isLive).length,
    artifacts: data.portfolio.artifacts.filter(isLive).length,
  };
}
