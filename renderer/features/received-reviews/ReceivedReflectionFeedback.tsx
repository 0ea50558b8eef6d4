import type { Reflection } from '@shared/domain/reflection';

/** Reviewers' threads on one of the candidate's reflections (filled in by the received-reviews work). */
export function ReceivedReflectionFeedback(_props: { reflection: Reflection }) {
  return null;
}
