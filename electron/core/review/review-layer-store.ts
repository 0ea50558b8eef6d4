import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { RECORD_ID_PATTERN, isRecordId } from '@shared/domain/record';
import {
  EMPTY_REVIEW_LAYER,
  REVIEW_LAYER_FORMAT,
  storedReviewLayerSchema,
  type StoredReviewLayer,
} from '@shared/review/review-layer';
import { sameJson } from '@shared/sync/record-content';
import { UserError } from '../errors';
import type { Clock } from '../platform';
import { MENTOR_FOLDER, REVIEWED_FOLDER } from '../reviewed/reviewed-library';
import { safeChildPath } from '../safe-name';
import { KeyedSerialQueue } from '../serial-queue';
import { JsonDocumentFile } from './json-document-file';

export const REVIEW_LAYER_FILE = 'layer.json';

const NOT_HERE =
  "That candidate's portfolio is not in My candidates any more: import their bundle again.";

/**
 * The reviewer's layer of each candidate, `<data>/reviewed/<portfolioId>/mentor/layer.json`,
 * beside (never inside) the candidate's imported files, so importing a newer bundle keeps it.
 * Changes to one candidate's layer run one at a time; a change that changes nothing writes
 * nothing.
 */
export class ReviewLayerStore {
  private readonly root: string;
  private readonly queue = new KeyedSerialQueue();

  constructor(
    dataDir: string,
    private readonly clock: Clock,
  ) {
    this.root = join(dataDir, REVIEWED_FOLDER);
  }

  /** The layer of `portfolioId`, empty when the reviewer has written nothing yet. */
  async read(portfolioId: string): Promise<StoredReviewLayer> {
    const folder = await this.candidateFolder(portfolioId);
    return (await this.file(folder).readOrNull()) ?? emptyLayer(portfolioId);
  }

  /** Apply `change`; it returns the layer unchanged (the same object) to write nothing. */
  update<T>(
    portfolioId: string,
    change: (layer: StoredReviewLayer) => { layer: StoredReviewLayer; result: T },
  ): Promise<T> {
    return this.queue.run(portfolioId, async () => {
      const folder = await this.candidateFolder(portfolioId);
      const file = this.file(folder);
      const before = (await file.readOrNull()) ?? emptyLayer(portfolioId);
      const { layer, result } = change(before);
      if (layer !== before && !sameJson(layer, before)) {
        await file.write(storedReviewLayerSchema.parse(layer), this.clock.now());
      }
      return result;
    });
  }

  private file(candidateFolder: string): JsonDocumentFile<StoredReviewLayer> {
    return new JsonDocumentFile(
      join(candidateFolder, MENTOR_FOLDER, REVIEW_LAYER_FILE),
      storedReviewLayerSchema,
      'your review notes for this candidate',
    );
  }

  /** The candidate's reviewed folder; refused in one sentence when it is not there. */
  private async candidateFolder(portfolioId: string): Promise<string> {
    if (!isRecordId(portfolioId)) throw new UserError('not-found', NOT_HERE);
    const folder = safeChildPath(this.root, portfolioId, RECORD_ID_PATTERN);
    const found = await stat(folder).catch(() => null);
    if (!found?.isDirectory()) throw new UserError('not-found', NOT_HERE);
    return folder;
  }
}

function emptyLayer(portfolioId: string): StoredReviewLayer {
  return {
    format: REVIEW_LAYER_FORMAT,
    formatVersion: 1,
    portfolioId,
    ...EMPTY_REVIEW_LAYER,
  };
}
