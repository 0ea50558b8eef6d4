import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { Reviewer } from '@shared/review/roles';
import type { IdGenerator } from '../../platform';

/** What each change of the layer is checked against and made with. */
export interface LayerEditContext {
  now: Date;
  newId: IdGenerator;
  reviewer: Reviewer;
  /** The candidate's copy as their latest bundle holds it: what grades and comments refer to. */
  copy: BundleData;
}
