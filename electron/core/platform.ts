import { randomUUID } from 'node:crypto';

/** The seams where the core meets time and randomness, so tests can fix both. */
export interface Clock {
  now(): Date;
}
export type IdGenerator = () => string;

export const systemClock: Clock = { now: () => new Date() };
export const randomId: IdGenerator = () => randomUUID();
