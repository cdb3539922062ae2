// ESLint flat config: typescript-eslint's recommended rules and the React hooks rules. Formatting is
// Prettier's job (npm run format:check), so no stylistic rules here. The type-aware rule sets are left out:
// they take minutes on the 2-core build machine for little gain over `tsc` in strict mode.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['target/', 'node_modules/', 'src/api/schema.ts', 'src/api/operations.ts'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/exhaustive-deps': 'error',
      // The three rules below check code for the React Compiler, which this dashboard does not use. `refs` flags
      // the "latest callback in a ref" pattern (`saved.current = onSaved` during render) that keeps effects from
      // re-running when a parent passes a new closure; `set-state-in-effect` flags resetting a view's state when
      // its input changes; `purity` flags reading the clock to schedule a token refresh. Each is deliberate here,
      // and rewriting them would change when effects run.
      'react-hooks/refs': 'off',
      'react-hooks/set-state-in-effect': 'off',
      'react-hooks/purity': 'off',
    },
  },
  {
    files: ['e2e/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
);
