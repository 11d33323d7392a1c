import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Tests run from source: the @cairn/source export condition points each workspace package at
// its src/index.ts, so no build is needed before `npm test`.
export default defineConfig({
  resolve: {
    conditions: ['@cairn/source'],
    // graphql ships CommonJS (main) and ESM (module) copies; type-graphql requires the CommonJS
    // one, as Node does at run time, so tests must load that same copy or graphql refuses to
    // mix the two ("Cannot use GraphQLScalarType from another module or realm").
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  ssr: { resolve: { conditions: ['@cairn/source'] } },
  test: {
    // frontend/test holds the SPA's pure-function tests (no DOM); its pages are tested in real
    // Chromium by test/e2e/spa.
    include: ['*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
