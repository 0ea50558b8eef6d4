/**
 * How text becomes search terms, shared by the index and the highlighter so that a highlighted
 * word is exactly a word the index matched: runs of letters and digits, compared without case
 * or accents ("Évaluación" finds "evaluacion").
 */
const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

const ASCII = /^\p{ASCII}*$/u;

export function normalizeTerm(term: string): string {
  // Most words are plain ASCII; only the others pay for Unicode decomposition.
  return ASCII.test(term)
    ? term.toLowerCase()
    : term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Each word of `text` with its offsets, for highlighting. */
export function wordSpans(text: string): { term: string; start: number; end: number }[] {
  return [...text.matchAll(WORD)].map((m) => ({
    term: normalizeTerm(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}
