// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'bench/results/', 'eslint.config.mjs', 'jest.config.js', 'web/dist/', 'web/src/api/schema.d.ts', 'web/src/auto-imports.d.ts', 'web/src/components.d.ts'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginVue.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.vue'] },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Migrations and the migration list hold TypeORM's class constructors.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      eqeqeq: 'error',
    },
  },
  {
    // Machines are pure (architecture.md): no framework, database, queue or Node.js I/O, no clock.
    files: ['workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', 'node:*', '../src/*', '../../src/*'] }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes in events.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in events.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'Machines are deterministic.' },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The staff console runs in the browser. Its types are checked by vue-tsc (npm run typecheck),
    // which reads .vue files; the type-aware rules here cannot, so they stay off for it.
    files: ['web/**/*.vue', 'web/**/*.ts', 'web/**/*.mts'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], projectService: false, project: null }, globals: globals.browser },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    // The build script runs before anything is compiled: plain JavaScript, outside every tsconfig.
    files: ['scripts/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { parserOptions: { projectService: false, project: null }, globals: globals.node },
  },
);
