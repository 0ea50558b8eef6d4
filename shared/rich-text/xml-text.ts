/**
 * Characters XML 1.0 cannot hold at all, not even escaped: C0 controls but tab, line feed and
 * carriage return, lone surrogates, and U+FFFE/U+FFFF. A parser refuses the whole document over
 * one of them, so text from the data loses them before it goes into XML.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** `text` without the characters XML cannot hold (see NOT_XML); everything else is kept. */
export function withoutNonXmlChars(text: string): string {
  return text.replace(NOT_XML, '');
}
