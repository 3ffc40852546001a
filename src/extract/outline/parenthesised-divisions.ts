/**
 * Headings numbered with a closing parenthesis ("1) Une réponse adaptée aux priorités …", "2) Une combinaison
 * d'instruments …"): French syntheses and briefs (EU delegations, AFD, ministries) number the conclusions or
 * recommendations under one heading that names them ("PRINCIPALES CONCLUSIONS DE L'ÉVALUATION") this way. A web page,
 * its print and a converter set them at that heading's level, and a text dump leaves them as lines of their own: read
 * as chapters of their own, they took their paragraphs out of the section that names them.
 *
 * A chapter is numbered "1." or "I.", not "1)": such a run is the divisions of the heading above it — of the last one
 * that names insights when there is one, one level below it, every heading of the run at the same level.
 */
import type { OutlineBlock } from './outline-block.js';
import { classifyHeading } from '../sections/classify-heading.js';

/** "1) Title", "(2) Title": one or two digits and a closing parenthesis, then the title. */
const PARENTHESISED_NUMBER = /^\s*\(?\d{1,2}\)\s+\S/;

/** The kinds a heading over such a run names; a summary or an annex stays a frame. */
const INSIGHT_KINDS: ReadonlySet<string> = new Set(['findings', 'conclusions', 'recommendations', 'lessons', 'good-practices', 'challenges']);

/**
 * A heading numbered "1)" that names nothing itself ("1) Conclusions" is a chapter whatever its numbering) and asks
 * nothing (a survey's or an evaluation's questions, "4) ¿Cuál es la cobertura …?", keep their own rule).
 */
export function isParenthesisedDivision(text: string): boolean {
  if (!PARENTHESISED_NUMBER.test(text) || /\?["”»)]?\s*$/.test(text)) return false;
  const heading = classifyHeading(text);
  return heading.kinds.every((kind) => kind === 'other') && !heading.part && heading.annex === null;
}

function namesInsights(text: string): boolean {
  return classifyHeading(text).kinds.some((kind) => INSIGHT_KINDS.has(kind));
}

/**
 * Places the headings of such runs as the outline's levels are assigned, in document order: `place` a heading before
 * the other rules see it (true when it was placed), `passed` every heading once its level is final.
 */
export class ParenthesisedDivisions {
  /** The level of the last heading that names insights, until a heading at its level or above names none. */
  private kindLevel: number | null = null;
  /** The run being read: the level its headings were written at (0 when inferred) and the level they take. */
  private run: { written: number; level: number } | null = null;

  /** `anchor`: the level of the last heading, under which an inferred run sits when no heading above names insights. */
  place(block: OutlineBlock, anchor: number): boolean {
    if (!isParenthesisedDivision(block.text)) return false;
    const written = block.inferred ? 0 : block.level!;
    if (this.run && this.run.written === written) {
      block.level = this.run.level;
      return true;
    }
    // A marked heading already set below the one that names its kind ("### 1) …" under "## Conclusions") keeps its level.
    if (!block.inferred && (this.kindLevel === null || written > this.kindLevel)) return false;
    const level = (this.kindLevel ?? anchor) + 1;
    this.run = { written, level };
    block.level = level;
    return true;
  }

  passed(block: OutlineBlock): void {
    const level = block.level ?? 0;
    if (this.run && level === this.run.level && isParenthesisedDivision(block.text)) return;
    if (this.run && level < this.run.level) this.run = null;
    if (namesInsights(block.text)) this.kindLevel = level;
    else if (this.kindLevel !== null && level <= this.kindLevel) this.kindLevel = null;
  }
}
