/**
 * The layering of src/ (README, "How it works"), checked by `npm run depcruise` in the test
 * command. Type-only imports count (tsPreCompilationDeps): a type borrowed from a sibling layer
 * couples the two as much as a function does.
 *
 *   model/  util/  text/     ground floor: depend on nothing in src but each other (and errors.ts)
 *   read/  extract/  graph/  search/   one stage each; they never import each other
 *   comparable/  pipeline/  workers/  export/   join the stages
 *   graphql/                 the API, used only by cli/ (and http/, which serves it)
 */

/** The four stages that only the joining layers may combine. */
const STAGES = '(extract|read|search|graph)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood (or moved) one without the other: move the shared part to a third module.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'stages-stay-apart',
      severity: 'error',
      comment:
        'extract, read, search and graph do not import each other, nor the layers that join them: what two stages share (records, ids, filters, row contracts) lives in src/model, text helpers in src/text, generic helpers in src/util.',
      from: { path: `^src/${STAGES}/` },
      to: {
        path: '^src/(extract|read|search|graph|comparable|pipeline|workers|export|graphql|http|cli|bench|services)/',
        pathNot: '^src/$1/',
      },
    },
    {
      name: 'graphql-only-from-cli-and-http',
      severity: 'error',
      comment: 'The GraphQL layer is an entry point: only the CLI (which starts the server) and src/http (which serves the API) may import it.',
      from: { path: '^src/', pathNot: '^src/(graphql|cli|http)/' },
      to: { path: '^src/graphql/' },
    },
    {
      name: 'model-is-the-ground-floor',
      severity: 'error',
      comment: 'src/model holds the shared domain: it depends on nothing in src but itself and errors.ts.',
      from: { path: '^src/model/' },
      to: { path: '^src/', pathNot: '^src/(model/|errors\\.ts$)' },
    },
    {
      name: 'shared-helpers-are-ground-floor',
      severity: 'error',
      comment: 'src/util and src/text are shared by every layer: they may import only each other, src/model and errors.ts.',
      from: { path: '^src/(util|text)/' },
      to: { path: '^src/', pathNot: '^src/(util/|text/|model/|errors\\.ts$)' },
    },
    {
      name: 'no-src-to-tests',
      severity: 'error',
      comment: 'Production code never imports test code.',
      from: { path: '^src/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
