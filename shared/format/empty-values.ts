/**
 * What the app, the web version and the PDF say where a value is not there yet: one vocabulary,
 * so a candidate reads the same words on screen and on paper.
 */
export const NO_DATE_YET = 'No date yet';

/** A value the user has not filled in (a place, a grade, an organisation). */
export const NOT_SET = 'Not set';
