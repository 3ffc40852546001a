// Lint for the whole repository (run by `npm run lint` and scripts/test.sh before jest).
// TypeScript is linted with type information (typescript-eslint's projectService finds the
// nearest tsconfig.json: the root one for src/ and tests/, web/tsconfig.json for the explorer);
// plain JavaScript (bin/, scripts/*.mjs, test support .mjs/.cjs, configs) gets the untyped rules.
// Import layering is checked by dependency-cruiser, not here.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'src/graphql/generated/**',
      'web/dist/**',
      '.data/**',
      'coverage/**',
      'bench-results/**',
      'test-artifacts/**',
      'scripts/neo4j-embedded/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A leading underscore names a value left out on purpose (`const { after: _after, ...query }`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // The readers and the file-name check match control characters on purpose, to strip or refuse them.
      'no-control-regex': 'off',
      // Readers and loaders share async signatures; an async body turns a thrown AppError into a rejection.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read GraphQL and JSON answers (any by nature) and check them with expect(): typing
      // every answer would repeat the schema (the generated document types will replace them).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['src/http/**/*.ts'],
    rules: {
      // yoga hands its plugin hooks free functions (setRequest, endResponse, setResponse) to destructure; they use no `this`.
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['tests/browser/**/*.ts'],
    rules: {
      // Functions passed to page.evaluate run in the browser; the lint resolves no DOM types there, tsc does.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
);
