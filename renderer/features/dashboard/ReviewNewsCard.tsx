import { useId } from 'react';
import { Link } from 'react-router';
import { newsCountsText, type ReviewNews } from '@shared/review/review-import-summary';
import { reviewerLine } from '@shared/review/review-labels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format-date';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useDismissNews, useReceivedReviews } from '../../data/use-received-reviews';
import { useReflectionList } from '../../data/use-reflections';
import { newsItemLink } from './news-item-link';
import { dashboardStrings as text } from './strings';

/** Lines shown per reviewer; the rest are counted. */
const ITEMS_SHOWN = 8;

function ReviewerNews({ news }: { news: ReviewNews }) {
  const portfolio = useLoadedPortfolio();
  const reflections = useReflectionList().data ?? [];
  const dismiss = useDismissNews();
  const who = reviewerLine(news.reviewer);
  const links = news.items
    .slice(0, ITEMS_SHOWN)
    .map((item) => newsItemLink(item, news.reviewer.reviewerId, portfolio, reflections));
  const total = news.counts.grades + news.counts.comments + news.counts.reports;
  return (
    <div className="review-news">
      <h3>{text.newsFrom(who)}</h3>
      <p className="muted">
        {text.newsApplied(newsCountsText(news.counts), formatDateTime(news.appliedAt))}
      </p>
      <ul>
        {links.map((link) => (
          <li key={link.key}>{link.to ? <Link to={link.to}>{link.text}</Link> : link.text}</li>
        ))}
        {total > links.length ? <li>{text.newsMore(total - links.length)}</li> : null}
      </ul>
      <ErrorAlert error={dismiss.error} />
      <button
        type="button"
        className="button button-quiet"
        disabled={dismiss.isPending}
        onClick={() => dismiss.mutate(news.reviewer.reviewerId)}
      >
        {text.newsSeen(who)}
      </button>
    </div>
  );
}

/**
 * What the last applied review of each reviewer brought (grades, comments, reports), until the
 * candidate marks it seen. Nothing at all when there is no news.
 */
export function ReviewNewsCard() {
  const headingId = useId();
  const { news } = useReceivedReviews();
  if (news.length === 0) return null;
  return (
    <section className="card review-news-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.newsHeading}</h2>
      {news.map((entry) => (
        <ReviewerNews key={entry.reviewer.reviewerId} news={entry} />
      ))}
    </section>
  );
}
