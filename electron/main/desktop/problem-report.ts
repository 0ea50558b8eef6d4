export interface ProblemReportFacts {
  appName: string;
  versions: Readonly<Record<'app' | 'electron' | 'chrome' | 'node', string>>;
  /** e.g. "linux 6.8.0 (x64)". */
  system: string;
  /** The log's last lines, oldest first. */
  logLines: readonly string[];
  /** Paths that name the user, each with its placeholder: { path: dataDir, label: '<data>' }. */
  privatePaths: readonly { path: string; label: string }[];
  now: Date;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

/**
 * The text of Help → Report a Problem: versions and the last log lines, with nothing personal in
 * it: the home and data folders become placeholders (which also hides the user name in them),
 * e-mail addresses become <email>, and a file's name (spaces and all) is cut to its extension,
 * since file names (a bundle named after a candidate) can name people.
 */
export function problemReportText(facts: ProblemReportFacts): string {
  // Longest first: the data folder usually lies inside the home folder.
  const paths = facts.privatePaths
    .filter(({ path }) => path.length > 1)
    .sort((a, b) => b.path.length - a.path.length);
  const redact = (line: string) => {
    const out = paths.reduce((text, { path, label }) => text.split(path).join(label), line);
    return out
      .replace(EMAIL, '<email>')
      .replace(/([\\/])[^\\/"'<>\n]*?(\.[A-Za-z0-9]{1,12})(?=[\s"',)]|$)/g, '$1<file>$2');
  };
  return [
    `${facts.appName} — problem report`,
    `Made: ${facts.now.toISOString()}`,
    '',
    `App: ${facts.versions.app}`,
    `Electron: ${facts.versions.electron}`,
    `Chromium: ${facts.versions.chrome}`,
    `Node.js: ${facts.versions.node}`,
    `System: ${facts.system}`,
    '',
    `Last ${facts.logLines.length} log lines (folders, file names and e-mail addresses removed):`,
    ...facts.logLines.map(redact),
    '',
  ].join('\n');
}
