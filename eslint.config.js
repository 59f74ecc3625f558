/**
 * ESLint flat config (ESLint 9 + typescript-eslint).
 *
 * Layer boundaries (see README, "Project layout"):
 *   - src/core is the pure engine: it imports only files inside src/core and
 *     the packages in CORE_ALLOWED_PACKAGES (rule local/core-boundary), and does
 *     not touch the Office globals.
 *   - Only src/excel may call Excel.run.
 *   - Only src/xlsx and src/cli (plus test/, bench/ and tooling outside src/)
 *     may import exceljs or fs.
 * Test files (*.test.ts[x]) inside src/ are exempt from these layer rules.
 */
"use strict";

const path = require("path");
const js = require("@eslint/js");
const globals = require("globals");
const tseslint = require("typescript-eslint");
const coreBoundary = require("./eslint-rules/core-boundary");

const CORE_ROOT = path.join(__dirname, "src", "core");
const CORE_ALLOWED_PACKAGES = ["zod"];
const TEST_FILES = ["**/*.test.ts", "**/*.test.tsx", "**/__tests__/**"];

const localPlugin = { rules: { "core-boundary": coreBoundary } };

const EXCEL_RUN_SELECTORS = [
  {
    selector: "MemberExpression[object.name='Excel'][property.name='run']",
    message: "Only src/excel may call Excel.run; go through the Excel adapter.",
  },
  {
    selector: "MemberExpression[object.name='Excel'][property.value='run']",
    message: "Only src/excel may call Excel.run; go through the Excel adapter.",
  },
];

const OFFICE_TYPE_SELECTORS = [
  {
    selector: "TSQualifiedName[left.name=/^(Excel|Office|OfficeExtension)$/]",
    message: "src/core must not use office.js types; put host code in src/excel.",
  },
];

const FILE_ACCESS_IMPORTS = ["exceljs", "fs", "fs/promises", "node:fs", "node:fs/promises"].map((name) => ({
  name,
  message: "Only src/xlsx and src/cli may use exceljs or the file system.",
}));

module.exports = tseslint.config(
  {
    ignores: ["dist/**", "build/**", "out/**", "node_modules/**", "coverage/**", "test-output/**"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Node tooling written as CommonJS: configs, scripts, local rules, the CLI launcher.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "commonjs",
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    files: ["test/**", "bench/**", ...TEST_FILES],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
  },
  // --- layer boundaries -----------------------------------------------------
  {
    files: ["src/**"],
    ignores: ["src/excel/**", ...TEST_FILES],
    rules: {
      "no-restricted-syntax": ["error", ...EXCEL_RUN_SELECTORS],
    },
  },
  {
    // src/core is covered by local/core-boundary below, which forbids these too.
    files: ["src/**"],
    ignores: ["src/xlsx/**", "src/cli/**", "src/core/**", ...TEST_FILES],
    rules: {
      "no-restricted-imports": ["error", { paths: FILE_ACCESS_IMPORTS }],
    },
  },
  {
    files: ["src/core/**"],
    ignores: TEST_FILES,
    plugins: { local: localPlugin },
    rules: {
      "local/core-boundary": ["error", { root: CORE_ROOT, allow: CORE_ALLOWED_PACKAGES }],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core must not use office.js; put host code in src/excel." },
        { name: "Excel", message: "src/core must not use office.js; put host code in src/excel." },
        { name: "OfficeExtension", message: "src/core must not use office.js; put host code in src/excel." },
      ],
      // Replaces the src/** setting for these files, so it repeats the Excel.run selectors.
      "no-restricted-syntax": ["error", ...EXCEL_RUN_SELECTORS, ...OFFICE_TYPE_SELECTORS],
    },
  },
);
