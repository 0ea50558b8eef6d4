import type { FeedParts } from './feed-parts';
import { INVERSE } from './leap2a-terms';

export interface EntryLink {
  rel: string;
  href: string;
  order?: number;
}

/**
 * The `link` elements of each entry: every relationship on both of its ends (the inverse on the
 * far end, since importers read one end or the other: Mahara reads has_part on a folder and
 * is_part_of on a file), each once. A relationship
 * whose far end is not an entry of the feed is left out, so every link points at an entry.
 */
export function entryLinks(parts: FeedParts): Map<string, EntryLink[]> {
  const links = new Map(parts.entries.map((entry) => [entry.id, [] as EntryLink[]]));
  const seen = new Set<string>();
  const add = (from: string, link: EntryLink) => {
    const key = JSON.stringify([from, link.rel, link.href]);
    if (seen.has(key)) return;
    seen.add(key);
    links.get(from)!.push(link);
  };
  for (const { from, rel, to, order } of parts.relationships) {
    if (!links.has(from) || !links.has(to)) continue;
    add(
      from,
      order === undefined
        ? { rel: `leap2:${rel}`, href: to }
        : { rel: `leap2:${rel}`, href: to, order },
    );
    add(to, { rel: `leap2:${INVERSE[rel]}`, href: from });
  }
  return links;
}
