import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';

/** Where the core keeps the user's own portfolio inside the data folder. */
export const portfolioFilePath = (dataDir: string) => join(dataDir, 'portfolio.json');

/** What is on disk now, parsed and checked against the store's schema. */
export async function readPortfolioFile(dataDir: string): Promise<Portfolio> {
  return portfolioSchema.parse(JSON.parse(await readFile(portfolioFilePath(dataDir), 'utf8')));
}

/** The exact bytes on disk, for "nothing changed" checks. */
export function readPortfolioBytes(dataDir: string): Promise<Buffer> {
  return readFile(portfolioFilePath(dataDir));
}
