import { candidatesStrings } from './strings';

/** The candidate's name as the pages show it; a bundle may come without one. */
export const candidateName = (row: { name: string }): string =>
  row.name.trim() || candidatesStrings.unnamed;
