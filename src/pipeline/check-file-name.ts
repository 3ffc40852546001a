import { AppError } from '../errors.js';

/** C0 controls (NUL, tab, line feed, ...), DEL and the C1 controls. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/u;

/** The first control character of a file name or path as `U+000A`, or null when it holds none. */
export function controlCharacterIn(name: string): string | null {
  const match = CONTROL_CHARACTER.exec(name);
  return match ? `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : null;
}

/** The name in double quotes with its control characters written `\u000a` (printable on one line). */
export function quoteFileName(name: string): string {
  const escaped = name.replace(/["\\]/g, '\\$&').replace(/[\u0000-\u001f\u007f-\u009f]/gu, (ch) => `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`);
  return `"${escaped}"`;
}

/**
 * Refuses a file name (or path) holding a control character: a NUL or a line break in a name
 * cuts log lines and CLI output in two, and used to be folded into another document's key.
 * Throws AppError BAD_INPUT naming the file (quoted, its control characters escaped) and the
 * character.
 */
export function assertSafeFileName(name: string): void {
  const control = controlCharacterIn(name);
  if (control !== null) {
    throw new AppError(
      'BAD_INPUT',
      `${quoteFileName(name)}: the file name holds a control character (${control}); rename the file without control characters.`,
    );
  }
}
