import fs from 'node:fs';
import path from 'node:path';

/** The API documentation whose example queries the e2e tests run (merged into the README). */
export const API_DOC = path.resolve('README.md');

/** One README example: the query as documented and the answer printed under it. */
export interface ReadmeExample {
  query: string;
  /** The parsed ```json block that follows the query: `{ "data": ... }`, trimmed as the README marks it. */
  answer: unknown;
}

/**
 * The examples of the README by name: each is a ```graphql block right after an
 * `<!-- example: NAME -->` marker, followed by its answer in a ```json block. Tests run the
 * documented text itself and compare the documented answer, so the README cannot drift from
 * what the API answers.
 */
export function readExamples(file = API_DOC): Map<string, ReadmeExample> {
  const text = fs.readFileSync(file, 'utf8');
  const examples = new Map<string, ReadmeExample>();
  for (const match of text.matchAll(/<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```\s*```json\n([\s\S]*?)```/g)) {
    const [, name = '', query = '', answer = ''] = match;
    try {
      examples.set(name, { query, answer: JSON.parse(answer) });
    } catch (error) {
      throw new Error(`README.md: the answer of example "${name}" is not JSON: ${(error as Error).message}`);
    }
  }
  return examples;
}

/** One example's query by name; fails loudly when the documentation lost it. */
export function example(examples: Map<string, ReadmeExample>, name: string): string {
  return documented(examples, name).query;
}

/** One example's documented answer (`{ data: ... }`) by name. */
export function exampleAnswer(examples: Map<string, ReadmeExample>, name: string): unknown {
  return documented(examples, name).answer;
}

function documented(examples: Map<string, ReadmeExample>, name: string): ReadmeExample {
  const found = examples.get(name);
  if (!found) throw new Error(`README.md has no example named "${name}" (an <!-- example: ${name} --> marker, a graphql block, then a json block)`);
  return found;
}

const MORE = /^… (\d+) more$/;

/**
 * The live answer cut the way the README cuts it, so that `expect(trimLikeReadme(live, doc)).toEqual(doc)`
 * compares everything the README shows and reports a readable diff otherwise. The README's marks:
 * - a string ending in `…` stands for any string that starts with the text before the `…`;
 * - an array whose last element is `"… N more"` stands for an array with those first elements
 *   and exactly N more after them.
 * Everything else (numbers, null, ids, order) must be equal. Where the live value does not fit a
 * mark it is returned unchanged, so the diff shows the real value.
 */
export function trimLikeReadme(live: unknown, doc: unknown): unknown {
  if (typeof doc === 'string' && doc.endsWith('…') && typeof live === 'string') {
    return live.startsWith(doc.slice(0, -1)) ? doc : live;
  }
  if (Array.isArray(doc) && Array.isArray(live)) {
    const last: unknown = doc.at(-1);
    const more = typeof last === 'string' ? MORE.exec(last) : null;
    if (more) {
      const shown = doc.length - 1;
      if (live.length !== shown + Number(more[1])) return live;
      return [...live.slice(0, shown).map((item: unknown, index) => trimLikeReadme(item, doc[index])), last];
    }
    return live.map((item: unknown, index) => trimLikeReadme(item, doc[index]));
  }
  if (isObject(doc) && isObject(live)) {
    return Object.fromEntries(Object.entries(live).map(([key, value]) => [key, trimLikeReadme(value, doc[key])]));
  }
  return live;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
