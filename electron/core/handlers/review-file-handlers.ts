import type { Handlers } from '@shared/contract/contract';
import type { ImportSource } from '@shared/bundle/import-summary';
import type { BundleUploads } from '../bundle/import/bundle-uploads';
import type { ReviewFileService } from '../review-file/review-file-service';

type ReviewFileChannels =
  | 'review-export'
  | 'review-import-inspect'
  | 'review-import-apply'
  | 'review-import-discard'
  | 'reviews-received'
  | 'review-reply-add'
  | 'review-news-dismiss';

/**
 * Reviews by file (shared/contract/review-file-channels.ts): the mentor's export, the
 * candidate's checked import (inspect, then apply or discard), the kept reviews with the
 * candidate's replies, and the "what is new" card. An upload (browser host) is used by one
 * inspection and removed when it ends, as for bundles.
 */
export function reviewFileHandlers(
  service: ReviewFileService,
  uploads: BundleUploads,
): Pick<Handlers, ReviewFileChannels> {
  const inspect = async (source: ImportSource) => {
    if (source.kind === 'path') return service.inspect(source.path, {});
    const upload = uploads.take(source.uploadId);
    try {
      return await service.inspect(upload.path, { fileName: upload.fileName });
    } finally {
      await uploads.release(upload);
    }
  };
  return {
    'review-export': ({ portfolioId, destination }) =>
      service.exportReview(portfolioId, destination ?? null),
    'review-import-inspect': ({ source }) => inspect(source),
    'review-import-apply': ({ inspectionId }) => service.apply(inspectionId),
    'review-import-discard': async ({ inspectionId }) => {
      service.discard(inspectionId);
      return {};
    },
    'reviews-received': () => service.received(),
    'review-reply-add': (input) => service.addReply(input),
    'review-news-dismiss': ({ reviewerId }) => service.dismissNews(reviewerId),
  };
}
