// Lint: typescript-eslint everywhere, eslint-plugin-office-addins' Office.js rules on src/word.
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');

const officeRules = Object.fromEntries(
  Object.entries(officeAddins.configs.recommended.at(-1).rules).filter(([name]) => name.startsWith('office-addins/')),
);

module.exports = tseslint.config(
  { ignores: ['node_modules/**', 'lib/**', 'dist/**', 'coverage/**', 'test-artifacts/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/word/**/*.ts', 'src/word/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: officeRules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
