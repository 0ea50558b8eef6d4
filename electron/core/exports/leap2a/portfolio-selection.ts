import { SITE_TEXT } from '../../site/site-text';
import type { EntryKind } from './feed-parts';
import { authorName, type Leap2aContext } from './leap2a-context';
import { paragraphsContent } from './text-xhtml';

/** The order the portfolio shows its parts in: the web version's pages, in their order. */
const DISPLAY_ORDER: readonly EntryKind[] = [
  'session',
  'assignment',
  'reflection',
  'artifact',
  'competency',
  'grade',
  'report',
];

/**
 * The portfolio as a `selection` (a "Grouping") with a `has_part` link to every item, numbered
 * with `leap2:display_order`. Call last, when every item is in the feed.
 */
export function addPortfolioSelection({ model, parts }: Leap2aContext): void {
  const { portfolio } = model;
  const items = DISPLAY_ORDER.flatMap((kind) => parts.entries.filter((e) => e.kind === kind));
  const id = parts.add('portfolio', '', {
    type: 'selection',
    title: SITE_TEXT.portfolioOf(authorName(model)),
    published: portfolio.createdAt,
    updated: model.options.exportedAt.toISOString(),
    content: paragraphsContent([
      ['Program', `${portfolio.program.title} (${portfolio.program.version})`],
      ['Organisation', portfolio.program.organisation],
    ]),
    categories: [{ scheme: 'selection_type', term: 'Grouping' }],
  });
  items.forEach((item, index) => parts.relate(id, 'has_part', item.id, index + 1));
}
