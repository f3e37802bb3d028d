// Lint: the recommended JavaScript and typescript-eslint rule sets, type-unaware (fast enough for every `npm test`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'tmp/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off', // binary and control-character detection is part of ingest
    },
  },
  // The layer order, for the editor; test/architecture/layers.test.ts checks the whole graph (and cycles) in npm test.
  ...layerRules(),
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);

/** no-restricted-imports per layer: what each layer of src/ may not import. */
function layerRules() {
  const deny = (files, folders) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns: folders.map((f) => ({ group: [`**/${f}/*`, `**/${f}/**`], message: `this layer may not import ${f}/ (see docs/architecture.md: layers)` })) }],
    },
  });
  const upper = ['store', 'pipeline', 'service', 'cli', 'http', 'web', 'export'];
  return [
    deny(['src/model/**/*.ts'], ['ingest', 'extract', 'dedupe', 'language', 'cluster', 'compare', ...upper]),
    deny(['src/{ingest,extract,dedupe,language,cluster,compare}/**/*.ts'], upper),
    deny(['src/store/**/*.ts'], ['ingest', 'extract', 'dedupe', 'language', 'cluster', 'compare', 'pipeline', 'service', 'cli', 'http', 'web', 'export']),
    deny(['src/pipeline/**/*.ts'], ['service', 'cli', 'http', 'web', 'export']),
    deny(['src/service/**/*.ts'], ['cli', 'http', 'web', 'export']),
    deny(['src/{cli,http,web,export}/**/*.ts'], ['pipeline']),
  ];
}
