/** Characters no common file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

/**
 * The name an export suggests: "<name> portfolio <YYYY-MM-DD>.ctoportfolio", or "Portfolio
 * <date>…" while the profile has no name. Safe on Windows, macOS and Linux, and short.
 */
export function bundleFileName(personName: string, exportedAt: Date): string {
  const date = exportedAt.toISOString().slice(0, 10);
  const name = personName
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/^[.\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const stem = name === '' ? `Portfolio ${date}` : `${name.slice(0, 80).trim()} portfolio ${date}`;
  return `${stem}.ctoportfolio`;
}
