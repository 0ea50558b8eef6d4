/** Characters no common file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * The name an export suggests: "<name> portfolio <YYYY-MM-DD>.ctoportfolio", or "Portfolio
 * <date>…" while the profile has no name. Safe on Windows, macOS and Linux, and short. A review
 * file passes its own `kind`: "<candidate> review <date>.ctoreview".
 */
export function bundleFileName(
  personName: string,
  exportedAt: Date,
  kind: { label: string; extension: string } = { label: 'portfolio', extension: '.ctoportfolio' },
): string {
  const date = exportedAt.toISOString().slice(0, 10);
  const name = personName
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const label = kind.label.charAt(0).toUpperCase() + kind.label.slice(1);
  const stem =
    name === '' ? `${label} ${date}` : `${name.slice(0, 80).trim()} ${kind.label} ${date}`;
  return `${stem}${kind.extension}`;
}
