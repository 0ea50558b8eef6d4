import { withoutNonXmlChars } from '@shared/rich-text/xml-text';

/**
 * Text as element content: the characters XML cannot hold are dropped and markup characters
 * escaped; a carriage return is written as a reference, which a parser would otherwise drop.
 */
export function xmlText(text: string): string {
  return withoutNonXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** Text inside a double-quoted attribute: line breaks and tabs as references, so they survive. */
function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export type XmlAttrs = Readonly<Record<string, string | number | undefined>>;

function attributes(attrs: XmlAttrs): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`)
    .join('');
}

/**
 * `<name attrs>inner</name>`, or `<name attrs/>` when `inner` is undefined. Names are ours;
 * `inner` is markup already (use xmlText for text).
 */
export function element(name: string, attrs: XmlAttrs = {}, inner?: string): string {
  return inner === undefined
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** An element holding text only. */
export function textElement(name: string, text: string, attrs: XmlAttrs = {}): string {
  return element(name, attrs, xmlText(text));
}
