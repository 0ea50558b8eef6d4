import type { SiteModel } from '../../site/site-model';
import type { FeedParts } from './feed-parts';

/** The entry id of the session numbered `number` (the first, should two share it). */
export function sessionIdOf(model: SiteModel, parts: FeedParts, number: number) {
  const session = model.sessions.find((s) => s.number === number);
  return session ? parts.idOf('session', session.id) : undefined;
}
