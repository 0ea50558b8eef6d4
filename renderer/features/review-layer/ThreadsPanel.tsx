import { useId } from 'react';
import { isLive } from '@shared/domain/record';
import type { ThreadTarget } from '@shared/review/review-layer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { NewThreadForm, type ReflectionPassages } from './NewThreadForm';
import { reviewLayerStrings } from './strings';
import { ThreadItem } from './ThreadItem';
import { threadMessages } from './thread-messages';
import { useReviewLayer } from './use-review-layer';
import './review-layer.css';

export interface ThreadsPanelProps {
  portfolioId: string;
  target: ThreadTarget;
  /** A reflection's: its current plain text, its paragraphs and the user's selection in it. */
  passages?: ReflectionPassages;
}

const text = reviewLayerStrings.threads;

/** The reviewer's comment threads on a reflection or an artifact, and a new comment. */
export function ThreadsPanel({ portfolioId, target, passages }: ThreadsPanelProps) {
  const headingId = useId();
  const view = useReviewLayer(portfolioId);
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <LoadingState message={reviewLayerStrings.loading} />;
  const { layer, replies, reviewer } = view.data;
  const threads = layer.threads.filter(
    (t) => isLive(t) && t.target.kind === target.kind && t.target.id === target.id,
  );
  return (
    <section className="card review-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {text.heading}
      </h2>
      {threads.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ol className="review-threads">
          {threads.map((thread, index) => (
            <ThreadItem
              key={thread.id}
              thread={thread}
              number={index + 1}
              messages={threadMessages(thread, replies)}
              currentText={passages?.currentText ?? null}
              portfolioId={portfolioId}
              canWrite={reviewer !== null}
            />
          ))}
        </ol>
      )}
      {reviewer === null ? (
        <p>{reviewLayerStrings.readOnlyNote}</p>
      ) : (
        <NewThreadForm portfolioId={portfolioId} target={target} passages={passages} />
      )}
    </section>
  );
}
