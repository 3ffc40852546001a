/**
 * `node load-generator.js`: reads autocannon's options as JSON on standard input, runs them and
 * prints autocannon's result as JSON. Run as its own process by load-test.ts, at a lower
 * scheduling priority: on one machine, the 128 clients of the load would otherwise take CPU from
 * the service they measure, which real clients, on other machines, do not.
 */

type Autocannon = (options: Record<string, unknown>) => Promise<unknown>;

/** autocannon is a development dependency: loaded on use, with a clear error when missing. */
async function loadAutocannon(): Promise<Autocannon> {
  try {
    // A name typed as a string, not a literal: autocannon ships no types.
    const name: string = 'autocannon';
    const module = (await import(name)) as { default: Autocannon };
    return module.default;
  } catch (error) {
    throw new Error(`the load test needs autocannon (a development dependency): run npm install (${error instanceof Error ? error.message : String(error)})`);
  }
}

let input = '';
for await (const chunk of process.stdin) input += String(chunk);
const options = JSON.parse(input) as Record<string, unknown>;
const result = await (
  await loadAutocannon()
)({
  ...options,
  // An answer is an error unless it carries no GraphQL `errors` (functions do not cross processes).
  verifyBody: (text: string) => !text.includes('"errors"'),
});
process.stdout.write(`${JSON.stringify(result)}\n`);
