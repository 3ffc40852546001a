import fs from 'node:fs';
import path from 'node:path';

/** The API documentation whose example queries the e2e tests run (merged into the README). */
export const API_DOC = path.resolve('README.md');

/**
 * The example queries of the README by name: each is a ```graphql block right after an
 * `<!-- example: NAME -->` marker. Tests run the documented text itself, so the README
 * cannot drift from what the API answers.
 */
export function readExamples(file = API_DOC): Map<string, string> {
  const text = fs.readFileSync(file, 'utf8');
  const examples = new Map<string, string>();
  for (const match of text.matchAll(/<!-- example: ([\w-]+) -->\s*```graphql\n([\s\S]*?)```/g)) {
    examples.set(match[1] as string, match[2] as string);
  }
  return examples;
}

/** One example by name; fails loudly when the documentation lost it. */
export function example(examples: Map<string, string>, name: string): string {
  const query = examples.get(name);
  if (!query) throw new Error(`README.md has no example named "${name}"`);
  return query;
}
