// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/*
 * Imports flow one way: shared code → features and the timeline → app → the entry points.
 *   shared    src/ui, src/lib, src/data, src/dates, src/state: import only each other;
 *   features  src/features/<name>: import shared code only, never another feature;
 *   timeline  src/timeline, the vis-timeline adapter: imports shared code only; a peer of the
 *             features, which neither imports it nor is imported by it;
 *   app       src/app: the one place that puts features and the timeline together;
 *   entries   src/boot.ts, src/main.tsx, src/prerender: start the app.
 * What two features both need moves down into shared code; where one feature shows another
 * (the event panel's "Add to tour", present mode's tour editor), app/ passes it in.
 */
const SHARED = ['./src/ui', './src/lib', './src/data', './src/dates', './src/state'];
const FEATURES = './src/features';
const TIMELINE = './src/timeline';
const APP = './src/app';
const ENTRIES = ['./src/boot.ts', './src/main.tsx', './src/prerender'];
/** Every folder in src/features is a feature: a new one is kept apart without a line here. */
const FEATURE_NAMES = readdirSync(new URL(FEATURES, import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const SHARED_NAMES = SHARED.map((path) => path.slice(2)).join(', ');

/** The zones: which folders each layer may not import. */
const LAYER_ZONES = [
  ...FEATURE_NAMES.map((feature) => ({
    target: `${FEATURES}/${feature}`,
    from: FEATURES,
    except: [`./${feature}`],
    message: `A feature does not import another feature: move what both use down into shared code (${SHARED_NAMES}), or let src/app pass it in.`,
  })),
  {
    target: FEATURES,
    from: [TIMELINE, APP, ...ENTRIES],
    message: `A feature imports only shared code (${SHARED_NAMES}): src/app puts features and the timeline together.`,
  },
  {
    target: TIMELINE,
    from: [FEATURES, APP, ...ENTRIES],
    message: `The timeline imports only shared code (${SHARED_NAMES}): src/app gives it what it draws.`,
  },
  {
    target: SHARED,
    from: [FEATURES, TIMELINE, APP, ...ENTRIES],
    message: `Shared code (${SHARED_NAMES}) imports only shared code: what it needs from above is passed in.`,
  },
  {
    target: APP,
    from: ENTRIES,
    message: 'The app does not import the entry points that start it.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'playwright-report', 'test-results', 'data/parts', '.lighthouse'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Which files import-x reads to follow imports (for cycles), and how it finds them.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
              message: 'Only src/timeline/ talks to vis-timeline: use its React adapter.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }],
      // A cycle makes load order matter and hides which module depends on which.
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // The adapter is the one place allowed to reach the engine.
    files: ['src/timeline/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
