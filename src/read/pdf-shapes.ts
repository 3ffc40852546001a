import { DRAWN_BULLET_FONT, type PositionedText } from './pdf-model.js';

/**
 * List bullets drawn as shapes. A browser printing a web page to PDF (Chromium: Canada.ca,
 * GOV.UK and agency pages saved as PDF) draws the disc, circle and square markers of a `<ul>`
 * as small filled or stroked paths, not as text: without them the text layer has no bullet,
 * and list items read as paragraphs that run into each other. The shapes are found in a page's
 * operator list and given back to the text as the glyph a word processor would have set ("•"
 * for a disc, "◦" for a circle, "▪" for a square), as an item just before the first word of the
 * line they stand beside.
 */

/** A small shape drawn on a page, in page units (origin at the bottom left). */
export interface Shape {
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** Filled (a disc, a square), not only stroked (a circle's outline). */
  filled: boolean;
  /** Drawn with curves only (a disc or a circle), not straight lines (a square). */
  round: boolean;
}

/** The PDF.js operator codes the shapes are read from (`OPS` of pdfjs-dist). */
export interface ShapeOps {
  save: number;
  restore: number;
  transform: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  beginGroup: number;
  endGroup: number;
  beginAnnotation: number;
  endAnnotation: number;
  constructPath: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  stroke: number;
  closeStroke: number;
}

/** A page's operator list as PDF.js gives it. */
export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

type Matrix = [number, number, number, number, number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

// The largest shape looked at, in page units: a bullet is a few points wide even beside a
// large heading; anything bigger is a box, a rule, a chart or a picture.
const LARGEST_SHAPE = 16;
// The smallest: below a point, a dot of a dotted rule or a stray mark.
const SMALLEST_SHAPE = 1;
// More small shapes than this on a page is a vector chart or map, not a list: left as is.
const MOST_SHAPES = 1000;

// PDF.js path drawing codes inside a constructPath (DrawOPS): each with its number of coordinates.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;
const COORDINATES: Record<number, number> = { [MOVE_TO]: 2, [LINE_TO]: 2, [CURVE_TO]: 6, [QUADRATIC_CURVE_TO]: 4, [CLOSE_PATH]: 0 };

/**
 * The small shapes a page draws (each a single closed outline, filled or stroked, a point to
 * {@link LARGEST_SHAPE} units across), in page units: the current transformation matrix is
 * followed through save/restore, transforms, form XObjects and transparency groups. Shapes in
 * annotations (form fields' appearances) are left out; so is every shape of a page with more
 * than {@link MOST_SHAPES} of them.
 */
export function smallShapes(list: OperatorList, ops: ShapeOps): Shape[] {
  const shapes: Shape[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  let annotations = 0;
  const filling = new Set([ops.fill, ops.eoFill, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const stroking = new Set([ops.stroke, ops.closeStroke]);
  for (let index = 0; index < list.fnArray.length; index += 1) {
    const fn = list.fnArray[index]!;
    const args = list.argsArray[index] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore || fn === ops.paintFormXObjectEnd || fn === ops.endGroup) ctm = stack.pop() ?? ctm;
    else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      const matrix = args?.[0];
      if (isMatrix(matrix)) ctm = multiply(matrix, ctm);
    } else if (fn === ops.beginGroup) {
      stack.push(ctm);
      const matrix = (args?.[0] as { matrix?: unknown } | undefined)?.matrix;
      if (isMatrix(matrix)) ctm = multiply(matrix, ctm);
    } else if (fn === ops.beginAnnotation) annotations += 1;
    else if (fn === ops.endAnnotation) annotations = Math.max(0, annotations - 1);
    else if (fn === ops.constructPath && annotations === 0 && args !== null) {
      const paint = args[0] as number;
      if (!filling.has(paint) && !stroking.has(paint)) continue;
      const shape = shapeOf(args, ctm, filling.has(paint));
      if (shape === null) continue;
      shapes.push(shape);
      if (shapes.length > MOST_SHAPES) return [];
    }
  }
  return shapes;
}

/** The shape a constructPath draws, when it is one small closed outline; null otherwise. */
function shapeOf(args: unknown[], ctm: Matrix, filled: boolean): Shape | null {
  const minMax = args[2] as ArrayLike<number> | null | undefined;
  if (minMax === null || minMax === undefined || minMax.length < 4) return null;
  const box = transformBox(minMax, ctm);
  const width = box.right - box.left;
  const height = box.top - box.bottom;
  if (Math.max(width, height) > LARGEST_SHAPE || Math.min(width, height) < SMALLEST_SHAPE) return null;
  const data = (args[1] as ArrayLike<unknown> | undefined)?.[0] as ArrayLike<number> | null | undefined;
  if (data === null || data === undefined) return null;
  const outline = outlineOf(data);
  return outline === null ? null : { ...box, filled, round: outline.round };
}

/** Whether a path is one outline (one moveTo), and whether it is drawn with curves only. */
function outlineOf(data: ArrayLike<number>): { round: boolean } | null {
  let moves = 0;
  let lines = 0;
  let curves = 0;
  for (let at = 0; at < data.length;) {
    const code = data[at]!;
    const count = COORDINATES[code];
    if (count === undefined) return null;
    if (code === MOVE_TO) moves += 1;
    else if (code === LINE_TO) lines += 1;
    else if (code === CURVE_TO || code === QUADRATIC_CURVE_TO) curves += 1;
    at += 1 + count;
  }
  if (moves !== 1) return null;
  return { round: curves >= 4 && lines === 0 };
}

function isMatrix(value: unknown): value is Matrix {
  return (Array.isArray(value) || ArrayBuffer.isView(value)) && (value as ArrayLike<number>).length === 6;
}

/** The matrix `m` applied after `ctm` (PDF's `m × ctm`). */
function multiply(m: Matrix, ctm: Matrix): Matrix {
  const [a, b, c, d, e, f] = m;
  const [A, B, C, D, E, F] = ctm;
  return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function transformBox(minMax: ArrayLike<number>, ctm: Matrix): Pick<Shape, 'left' | 'right' | 'bottom' | 'top'> {
  const [a, b, c, d, e, f] = ctm;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [minMax[0]!, minMax[1]!],
    [minMax[2]!, minMax[1]!],
    [minMax[0]!, minMax[3]!],
    [minMax[2]!, minMax[3]!],
  ] as const) {
    xs.push(a * x + c * y + e);
    ys.push(b * x + d * y + f);
  }
  return { left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys) };
}

// A bullet's size against the text's font size: Chromium's disc, circle and square are 0.3 of
// it; a word processor's picture bullet is rarely more than half. A checkbox or a chart
// legend's key is the height of a capital or more.
const BULLET_MIN_SIZE = 0.15;
const BULLET_MAX_SIZE = 0.55;
const SQUARE_MAX_SIZE = 0.45;
// Near-square: a dash, a rule or a bar is longer than it is high.
const MAX_ASPECT = 1.35;
// Its middle sits between the baseline and the x-height (Chromium: 0.28 of the font size up).
const LOWEST_MIDDLE = 0.05;
const HIGHEST_MIDDLE = 0.6;
// The text starts a little to its right: Chromium 0.7 of the font size, a hanging indent
// of a word processor up to two or three.
const LEAST_GAP = 0.1;
const MOST_GAP = 3;
// Text ending closer than this to its left on the same line makes it a separator in the line
// ("Page 3 • Title") or a chart legend's key ("■ Male   ■ Female"), not a bullet.
const SEPARATOR_GAP = 3;
// Bullets of one list stand at one left edge, give or take rounding.
const SAME_EDGE = 1;

/**
 * The page's text items with a bullet item ("•", "◦", "▪") before the first word of each line
 * that a bullet-like shape stands beside: a filled or stroked disc, or a filled square, a
 * third of the text's size or so, its middle at the height of the line's lower-case letters,
 * a little left of the line's first word. Text just left of it on that line makes it a
 * separator or a legend's key, unless another such shape stands at its left edge on another
 * line: a list's bullets in a table's cell, beside the cell before.
 */
export function withShapeBullets(items: readonly PositionedText[], shapes: readonly Shape[]): PositionedText[] {
  if (shapes.length === 0) return [...items];
  const words = items.filter((item) => !item.rotated && item.str.trim().length > 0);
  const candidates = shapes.flatMap((shape) => {
    // The dot of a checked radio button sits in its ring.
    if (shapes.some((other) => encloses(other, shape))) return [];
    const beside = wordBeside(shape, words);
    return beside === null ? [] : [{ shape, ...beside }];
  });
  const bullets = new Map<PositionedText, PositionedText>();
  for (const { shape, word, textBefore } of candidates) {
    if (bullets.has(word)) continue;
    if (textBefore && !candidates.some((other) => other.word.y !== word.y && Math.abs(other.shape.left - shape.left) <= SAME_EDGE)) continue;
    bullets.set(word, {
      str: shape.round ? (shape.filled ? '•' : '◦') : '▪',
      x: shape.left,
      y: word.y,
      width: shape.right - shape.left,
      fontSize: word.fontSize,
      hasEOL: false,
      // Not the text's font: a bullet set apart in a font of its own is a list marker.
      font: DRAWN_BULLET_FONT,
    });
  }
  if (bullets.size === 0) return [...items];
  return items.flatMap((item) => {
    const bullet = bullets.get(item);
    return bullet === undefined ? [item] : [bullet, item];
  });
}

/** `outer` is larger than `inner` and around it. */
function encloses(outer: Shape, inner: Shape): boolean {
  return (
    outer.right - outer.left > inner.right - inner.left &&
    outer.left <= inner.left &&
    outer.right >= inner.right &&
    outer.bottom <= inner.bottom &&
    outer.top >= inner.top
  );
}

/**
 * The first word of the line a shape would be the bullet of, and whether text ends just left of
 * the shape on that line; null when the shape is no bullet (its size, its place, text between
 * it and the word).
 */
function wordBeside(shape: Shape, words: readonly PositionedText[]): { word: PositionedText; textBefore: boolean } | null {
  if (!shape.round && !shape.filled) return null; // An outlined square: a checkbox.
  const width = shape.right - shape.left;
  const height = shape.top - shape.bottom;
  if (Math.max(width, height) > Math.min(width, height) * MAX_ASPECT) return null;
  const middle = (shape.bottom + shape.top) / 2;
  let best: PositionedText | null = null;
  for (const word of words) {
    const size = word.fontSize;
    const largest = (shape.round ? BULLET_MAX_SIZE : SQUARE_MAX_SIZE) * size;
    if (Math.max(width, height) > largest || Math.min(width, height) < BULLET_MIN_SIZE * size) continue;
    const rise = middle - word.y;
    if (rise < LOWEST_MIDDLE * size || rise > HIGHEST_MIDDLE * size) continue;
    const gap = word.x - shape.right;
    if (gap < LEAST_GAP * size || gap > MOST_GAP * size) continue;
    if (best === null || word.x < best.x) best = word;
  }
  if (best === null) return null;
  const size = best.fontSize;
  const others = words.filter((word) => word !== best && Math.abs(word.y - best.y) < size * 0.5 && word.x < best.x);
  // Nothing between the shape and the word, nor over the shape.
  if (others.some((word) => word.x + word.width > shape.left)) return null;
  return { word: best, textBefore: others.some((word) => word.x + word.width > shape.left - SEPARATOR_GAP * size) };
}
