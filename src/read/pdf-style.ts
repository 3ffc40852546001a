import type { Fragment } from './pdf-model.js';

/** What is ordinary in a document: the body text's size and the line step of each size. */
export interface DocumentStyle {
  /** Font size of most characters (rounded to half a point). */
  bodySize: number;
  /** The usual distance between two lines of one paragraph set in `size`. */
  lineStep(size: number): number;
}

/** Rounds a font size to half a point, the precision sizes are compared at. */
export function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

// The line step of single spacing, in font sizes (word processors and browsers set 1.15 to 1.2).
const USUAL_STEP = 1.25;
// Fewer steps than this measured in a size do not show its spacing.
const FEW_STEPS = 3;

/** The document's body size and line steps, from all its fragments (page furniture removed). */
export function documentStyle(pages: readonly Fragment[][]): DocumentStyle {
  const characters = new Map<number, number>();
  const steps = new Map<number, number[]>();
  for (const fragments of pages) {
    fragments.forEach((fragment, index) => {
      const size = roundSize(fragment.size);
      const length = fragment.spans.reduce((sum, span) => sum + (span.sup ? 0 : span.text.length), 0);
      characters.set(size, (characters.get(size) ?? 0) + length);
      const next = fragments[index + 1];
      if (next && roundSize(next.size) === size) {
        const step = fragment.y - next.y;
        if (step > size * 0.5 && step < size * 3) steps.set(size, [...(steps.get(size) ?? []), step]);
      }
    });
  }
  const bodySize = [...characters].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
  const medians = new Map<number, number>();
  for (const [size, list] of steps) {
    const sorted = list.sort((a, b) => a - b);
    // The first quartile: in a form or a list of one-line paragraphs, the gaps between
    // paragraphs outnumber the steps between the lines of one, and must not pass for them.
    const quartile = Math.max(size, sorted[Math.floor((sorted.length - 1) / 4)]!);
    // A step or two may all be gaps between paragraphs (a section of two one-line
    // paragraphs): too few to show a spacing wider than the usual.
    medians.set(size, sorted.length < FEW_STEPS ? Math.min(quartile, size * USUAL_STEP) : quartile);
  }
  return {
    bodySize,
    lineStep: (size) => medians.get(roundSize(size)) ?? size * USUAL_STEP,
  };
}
