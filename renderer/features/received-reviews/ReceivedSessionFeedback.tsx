import type { Session } from '@shared/domain/session';
import { useReceivedReviews } from '../../data/use-received-reviews';
import { receivedStrings as text } from './strings';

/** "Attendance confirmed by Dr. Alex Chen": one line per reviewer who confirmed this session. */
export function ReceivedSessionFeedback({ session }: { session: Session }) {
  const { reviews } = useReceivedReviews();
  const confirmedBy = reviews
    .filter((review) =>
      review.layer.attendance.some(
        (a) => a.sessionId === session.id && a.confirmed && a.deletedAt === null,
      ),
    )
    .map((review) => review.reviewer);
  if (confirmedBy.length === 0) return null;
  return (
    <ul className="attendance-confirmations">
      {confirmedBy.map((reviewer) => (
        <li key={reviewer.reviewerId}>{text.attendanceConfirmed(reviewer.name)}</li>
      ))}
    </ul>
  );
}
