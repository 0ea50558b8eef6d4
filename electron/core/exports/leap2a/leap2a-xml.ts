import type { EntryLink } from './entry-links';
import type { LeapEntry } from './feed-parts';
import { LEAP2A_VERSION, NAMESPACES } from './leap2a-terms';
import { element, textElement } from './xml';

export interface FeedHead {
  id: string;
  title: string;
  /** RFC 3339. */
  updated: string;
  authorName: string;
  /** The person entry's id: the author's `uri`, how importers find the candidate's entry. */
  personId: string;
  appVersion: string;
}

/** Exactly this opening: Mahara strips it by its length to get the XHTML inside. */
const XHTML_DIV_OPEN = `<div xmlns="${NAMESPACES.xhtml}">`;

function content(entry: LeapEntry): string {
  return entry.content.type === 'text'
    ? textElement('content', entry.content.text, { type: 'text' })
    : element('content', { type: 'xhtml' }, `${XHTML_DIV_OPEN}${entry.content.markup}</div>`);
}

/** An entry id or file path as an href: each path segment percent-encoded (importers decode). */
const hrefOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

function entryXml(entry: LeapEntry, links: readonly EntryLink[]): string {
  const children = [
    textElement('id', entry.id),
    textElement('title', entry.title),
    entry.author === undefined ? '' : element('author', {}, textElement('name', entry.author)),
    textElement('published', entry.published),
    textElement('updated', entry.updated),
    content(entry),
    element('rdf:type', { 'rdf:resource': `leap2:${entry.type}` }),
    ...(entry.categories ?? []).map(({ scheme, term, label }) =>
      element('category', {
        term,
        scheme: scheme === undefined ? undefined : `categories:${scheme}#`,
        label,
      }),
    ),
    ...links.map(({ rel, href, order }) =>
      element('link', { rel, href, 'leap2:display_order': order }),
    ),
    entry.enclosure === undefined
      ? ''
      : element('link', {
          rel: 'enclosure',
          href: hrefOf(entry.enclosure.path),
          type: entry.enclosure.mediaType,
          length: entry.enclosure.length,
        }),
    ...(entry.dates ?? []).map(({ point, value, label }) =>
      textElement('leap2:date', value, { 'leap2:point': point, 'leap2:label': label }),
    ),
    entry.stage === undefined ? '' : element('leap2:status', { 'leap2:stage': entry.stage }),
    ...(entry.persondata ?? []).map(({ field, label, value }) =>
      textElement('leap2:persondata', value, { 'leap2:field': field, 'leap2:label': label }),
    ),
  ].filter((child) => child !== '');
  return `  <entry>\n${children.map((child) => `    ${child}\n`).join('')}  </entry>\n`;
}

/** leap2a.xml: an Atom feed with the Leap2A namespaces and version, then every entry. */
export function leap2aXml(
  head: FeedHead,
  entries: readonly LeapEntry[],
  links: ReadonlyMap<string, readonly EntryLink[]>,
): string {
  const namespaces = [
    `xmlns="${NAMESPACES.atom}"`,
    `xmlns:rdf="${NAMESPACES.rdf}"`,
    `xmlns:leap2="${NAMESPACES.leap2}"`,
    `xmlns:categories="${NAMESPACES.categories}"`,
  ];
  const headXml = [
    textElement('leap2:version', LEAP2A_VERSION),
    textElement('id', head.id),
    textElement('title', head.title),
    textElement('updated', head.updated),
    textElement('generator', 'CTO Mentor Portfolio', { version: head.appVersion }),
    element(
      'author',
      {},
      `${textElement('name', head.authorName)}${textElement('uri', head.personId)}`,
    ),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<feed ${namespaces.join('\n      ')}>\n`,
    ...headXml.map((line) => `  ${line}\n`),
    ...entries.map((entry) => entryXml(entry, links.get(entry.id) ?? [])),
    '</feed>\n',
  ].join('');
}
