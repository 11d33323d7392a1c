import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { packageLayering } from './eslint-rules/package-layering.js';

export default tseslint.config(
  {
    ignores: ['**/node_modules/', '**/dist/', 'var/', 'coverage/', 'frontend/dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { cairn: { rules: { 'package-layering': packageLayering } } },
    rules: {
      'cairn/package-layering': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    // Command-line entry points, scripts and benchmarks print to the terminal on purpose.
    files: [
      'cli/src/**',
      'minidump/src/cli/**',
      'scripts/**',
      'bench/**',
      'bin/**',
      'eslint-rules/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'bin/cairn'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
