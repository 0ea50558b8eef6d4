import { isLive, newRecordMeta } from '@shared/domain/record';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import {
  REVIEW_LAYER_CAPS,
  type Comment,
  type PassageAnchor,
  type StoredReviewLayer,
  type Thread,
  type ThreadTarget,
} from '@shared/review/review-layer';
import { UserError } from '../../errors';
import { liveInCopy } from './evaluation-edits';
import type { LayerEditContext } from './layer-edit-context';
import {
  changeLayerRecord,
  ensureRoom,
  findLayerRecord,
  putLayerRecord,
  type LayerChange,
} from './layer-records';

export interface NewThread {
  target: ThreadTarget;
  anchor: PassageAnchor | null;
  body: string;
}

/** A comment of the reviewer's, signed with their name and role. */
function newComment(body: string, { reviewer, now, newId }: LayerEditContext): Comment {
  if (body.trim() === '') throw new UserError('invalid-input', 'Write a comment first.');
  return {
    id: newId(),
    authorRole: reviewer.role,
    authorName: reviewer.name,
    body,
    createdAt: now.toISOString(),
  };
}

function commentCount(layer: StoredReviewLayer): number {
  return layer.threads.reduce((sum, thread) => sum + thread.comments.length, 0);
}

const COMMENTS_FULL = `A review holds at most ${REVIEW_LAYER_CAPS.comments} comments: this candidate has reached that.`;

/**
 * Start a thread on a reflection or an artifact of the candidate's copy. A passage anchor is for
 * reflections only, and must be found in the reflection as the candidate last sent it.
 */
export function createThread(
  layer: StoredReviewLayer,
  { target, anchor, body }: NewThread,
  context: LayerEditContext,
): LayerChange<Thread> {
  const { copy, now, newId } = context;
  if (target.kind === 'artifact') {
    liveInCopy(copy.portfolio.artifacts, target.id, 'artifact');
    if (anchor !== null) {
      throw new UserError(
        'invalid-input',
        'Only a comment on a reflection can refer to a passage: comment on the artifact as a whole.',
      );
    }
  } else {
    const reflection = liveInCopy(copy.reflections, target.id, 'reflection');
    if (anchor !== null && !richTextToPlainText(reflection.content).includes(anchor.quote)) {
      throw new UserError(
        'invalid-input',
        'That passage is not in the reflection as the candidate last sent it: select it again.',
      );
    }
  }
  ensureRoom(
    layer.threads.length,
    REVIEW_LAYER_CAPS.threads,
    `A review holds at most ${REVIEW_LAYER_CAPS.threads} comment threads: add to an existing thread instead.`,
  );
  ensureRoom(commentCount(layer), REVIEW_LAYER_CAPS.comments, COMMENTS_FULL);
  const comment = newComment(body, context);
  return putLayerRecord(layer, 'threads', {
    ...newRecordMeta(newId(), now),
    target,
    anchor,
    comments: [comment],
    resolvedAt: null,
  });
}

/** Add the reviewer's comment to a thread (a reply to the candidate's replies, say). */
export function addComment(
  layer: StoredReviewLayer,
  threadId: string,
  body: string,
  context: LayerEditContext,
): LayerChange<Thread> {
  const thread = findLayerRecord(layer, 'threads', threadId);
  ensureRoom(
    thread.comments.length,
    REVIEW_LAYER_CAPS.commentsPerThread,
    `A thread holds at most ${REVIEW_LAYER_CAPS.commentsPerThread} comments: start a new thread.`,
  );
  ensureRoom(commentCount(layer), REVIEW_LAYER_CAPS.comments, COMMENTS_FULL);
  const comments = [...thread.comments, newComment(body, context)];
  return changeLayerRecord(layer, 'threads', thread, { comments }, context.now);
}

/** Mark a thread resolved, or open it again; resolving a resolved thread changes nothing. */
export function resolveThread(
  layer: StoredReviewLayer,
  threadId: string,
  resolved: boolean,
  { now }: LayerEditContext,
): LayerChange<Thread> {
  const thread = findLayerRecord(layer, 'threads', threadId);
  const resolvedAt = resolved ? (thread.resolvedAt ?? now.toISOString()) : null;
  return changeLayerRecord(layer, 'threads', thread, { resolvedAt }, now);
}

/** Confirm (or withdraw) that the candidate attended a session. */
export function setAttendance(
  layer: StoredReviewLayer,
  sessionId: string,
  confirmed: boolean,
  { copy, now, newId }: LayerEditContext,
): LayerChange<StoredReviewLayer['attendance'][number]> {
  liveInCopy(copy.portfolio.sessions, sessionId, 'session');
  const current = layer.attendance.find((a) => a.sessionId === sessionId && isLive(a));
  if (current) return changeLayerRecord(layer, 'attendance', current, { confirmed }, now);
  ensureRoom(
    layer.attendance.length,
    REVIEW_LAYER_CAPS.attendance,
    `A review confirms at most ${REVIEW_LAYER_CAPS.attendance} sessions.`,
  );
  return putLayerRecord(layer, 'attendance', {
    ...newRecordMeta(newId(), now),
    sessionId,
    confirmed,
  });
}
