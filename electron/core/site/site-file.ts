/** One file of the web version: its path relative to the bundle root, and its text (UTF-8). */
export interface SiteFile {
  path: string;
  content: string;
}
