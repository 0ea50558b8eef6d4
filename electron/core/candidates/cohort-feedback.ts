import type { SessionFeedbackSummary } from '@shared/contract/candidates-channels';
import { isLive } from '@shared/domain/record';
import { sessionLabel } from '@shared/domain/session';
import type { CohortMember } from './candidates-service';

/**
 * The program feedback the candidates gave, session by session, across the cohort: how many
 * rated it, the average rating, and every comment with who wrote it (for the coordinator).
 */
export function cohortFeedback(members: readonly CohortMember[]): SessionFeedbackSummary[] {
  const bySession = new Map<number, SessionFeedbackSummary & { total: number }>();
  for (const { review, data } of members) {
    const candidate = review.origin.name.trim() || review.origin.portfolioId;
    for (const session of data.portfolio.sessions.filter(isLive)) {
      let entry = bySession.get(session.number);
      if (!entry) {
        const label = sessionLabel(session.number);
        const title = session.title.trim() ? `${label}: ${session.title}` : label;
        entry = {
          number: session.number,
          title,
          ratingCount: 0,
          averageRating: null,
          comments: [],
          total: 0,
        };
        bySession.set(session.number, entry);
      }
      const { rating, comments } = session.feedback;
      if (rating !== null) {
        entry.ratingCount += 1;
        entry.total += rating;
      }
      if (comments.trim() !== '') entry.comments.push({ candidate, text: comments.trim() });
    }
  }
  return [...bySession.values()]
    .sort((a, b) => a.number - b.number)
    .map(({ total, ...entry }) => ({
      ...entry,
      averageRating:
        entry.ratingCount === 0 ? null : Math.round((total / entry.ratingCount) * 10) / 10,
    }));
}
