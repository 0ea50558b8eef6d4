import type { Portfolio } from '@shared/domain/portfolio';

/**
 * "cto-portfolio-jordan-rivera-calendar.ics": a file name that says whose export it is, safe on
 * every file system (ASCII letters, digits and dashes only; accents folded, e.g. "José" -> "jose").
 */
export function exportFileName(portfolio: Portfolio, what: string, extension: string): string {
  const owner = portfolio.profile.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return ['cto-portfolio', owner, what].filter(Boolean).join('-') + `.${extension}`;
}
