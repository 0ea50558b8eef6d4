import type { Portfolio } from '@shared/domain/portfolio';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { EVALUATION_LABELS, reportMonthLabel } from '@shared/review/review-labels';
import type { ReviewNewsItem } from '@shared/review/review-import-summary';
import { paths } from '../../app/paths';
import { dashboardStrings as text } from './strings';

export interface NewsLink {
  key: string;
  text: string;
  /** Where the item is shown; null when it is no longer in the portfolio. */
  to: string | null;
}

/** One news item as a line with a link to where it shows (the assignment, reflection, report). */
export function newsItemLink(
  item: ReviewNewsItem,
  reviewerId: string,
  portfolio: Portfolio,
  reflections: readonly ReflectionSummary[],
): NewsLink {
  switch (item.kind) {
    case 'grade': {
      const assignment = portfolio.assignments.find((a) => a.id === item.assignmentId);
      return {
        key: `grade-${item.assignmentId}`,
        text: text.newsGrade(
          assignment?.title ?? text.newsUnknownItem,
          EVALUATION_LABELS[item.result],
        ),
        to: assignment ? paths.assignment(assignment.id) : null,
      };
    }
    case 'comment': {
      const { kind, id } = item.target;
      const title =
        kind === 'reflection'
          ? reflections.find((r) => r.id === id)?.title
          : portfolio.artifacts.find((a) => a.id === id)?.title;
      return {
        key: `comment-${item.commentId}`,
        text: text.newsComment(title ?? text.newsUnknownItem),
        to:
          title === undefined
            ? null
            : kind === 'reflection'
              ? paths.reflection(id)
              : paths.artifact(id),
      };
    }
    case 'report':
      return {
        key: `report-${item.reportId}`,
        text: text.newsReport(reportMonthLabel(item.month)),
        to: paths.receivedReport(reviewerId, item.reportId),
      };
  }
}
