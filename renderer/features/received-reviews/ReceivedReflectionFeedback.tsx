import type { Reflection } from '@shared/domain/reflection';
import { ReceivedThreads } from './ReceivedThreads';

/** Reviewers' threads on one of the candidate's reflections, anchored passages quoted. */
export function ReceivedReflectionFeedback({ reflection }: { reflection: Reflection }) {
  return <ReceivedThreads target={{ kind: 'reflection', id: reflection.id }} />;
}
