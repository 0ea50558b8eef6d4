const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/**
 * "12 bytes", "340 KB", "1.5 MB": file sizes as people read them (1 KB = 1024 bytes), the same in
 * the app and in a bundle's web version.
 */
export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const shown = unit === 0 || value >= 10 ? Math.round(value) : Math.round(value * 10) / 10;
  return `${shown} ${UNITS[unit]}`;
}
