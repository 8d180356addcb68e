import webVitals from "eslint-config-next/core-web-vitals";
import typescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

const config = [
  {
    ignores: [
      "lib/generated/**",
      ".next/**",
      ".next-check/**",
      ".data/**",
      "node_modules/**",
      "test-results/**",
      "next-env.d.ts",
    ],
  },
  ...webVitals,
  ...typescript,
  // Type-aware rules: the type checker proves these assertions and conditions unnecessary.
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unnecessary-type-assertion": "error",
    },
  },
  // Formatting belongs to Prettier (`npm run lint` checks it); no stylistic ESLint rule competes with it.
  prettier,
];

export default config;
