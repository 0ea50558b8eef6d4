import type { Session } from '@shared/domain/session';

/** What reviewers sent about one of the candidate's own sessions (filled in by the received-reviews work). */
export function ReceivedSessionFeedback(_props: { session: Session }) {
  return null;
}
