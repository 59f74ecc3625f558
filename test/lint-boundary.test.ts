/**
 * The layer boundaries in eslint.config.js hold: src/core imports nothing from
 * hosts, Node or other layers; only src/excel calls Excel.run; only src/xlsx
 * and src/cli import exceljs or fs.
 */
import * as path from "path";
import { ESLint, type Linter } from "eslint";

const ROOT = path.resolve(__dirname, "..");

// The config is loaded with require() and passed in: ESLint's own config loading
// uses dynamic import(), which Jest's module sandbox does not support.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require(path.join(ROOT, "eslint.config.js")) as Linter.Config[];

const BOUNDARY_RULES = new Set([
  "local/core-boundary",
  "no-restricted-imports",
  "no-restricted-globals",
  "no-restricted-syntax",
]);

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: config });
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
  return result.messages;
}

/** Boundary errors only (other rules, e.g. unused variables, are not what is tested here). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const messages = await lint(filePath, code);
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`parse error: ${fatal[0].message}`);
  return messages.filter((m) => m.severity === 2 && m.ruleId && BOUNDARY_RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

const importing = (source: string): string => `import * as m from ${JSON.stringify(source)};\nexport const used = m;\n`;

describe("src/core boundary", () => {
  it.each(["react", "react-dom/client", "@fluentui/react-components", "office-addin-mock", "@microsoft/office-js", "exceljs"])(
    "refuses the package %s",
    async (source) => {
      const errors = await boundaryErrors("src/core/x.ts", importing(source));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^local\/core-boundary: .*not an allowed package/);
    },
  );

  it.each(["fs", "node:path", "path", "child_process", "node:crypto", "zlib", "events", "fs/promises"])(
    "refuses the Node built-in %s",
    async (source) => {
      const errors = await boundaryErrors("src/core/x.ts", importing(source));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^local\/core-boundary: .*Node built-in/);
    },
  );

  it.each([
    ["src/core/x.ts", "../excel/foo"],
    ["src/core/plan/x.ts", "../../sheet/layout"],
    ["src/core/plan/x.ts", "../../../package.json"],
  ])("refuses %s importing %s (outside src/core)", async (file, source) => {
    const errors = await boundaryErrors(file, importing(source));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^local\/core-boundary: .*outside/);
  });

  it("checks type-only imports, re-exports, require() and import() too", async () => {
    const code = [
      'import type { A } from "../excel/a";',
      'export { b } from "react";',
      'export * from "node:os";',
      'export const c = import("exceljs");',
      'import d = require("fs");',
      "export type Used = A;",
      "export const e = d;",
    ].join("\n");
    const errors = await boundaryErrors("src/core/x.ts", code);
    expect(errors.filter((e) => e.startsWith("local/core-boundary"))).toHaveLength(5);
  });

  it.each([
    ["src/core/x.ts", "./plan/model"],
    ["src/core/x.ts", "./plan"],
    ["src/core/plan/x.ts", "../status/rules"],
    ["src/core/x.ts", "zod"],
  ])("allows %s importing %s", async (file, source) => {
    expect(await boundaryErrors(file, importing(source))).toEqual([]);
    expect((await lint(file, importing(source))).filter((m) => m.severity === 2)).toEqual([]);
  });

  it("refuses Excel.run and the Office globals", async () => {
    const errors = await boundaryErrors(
      "src/core/x.ts",
      "export async function f(): Promise<void> {\n  await Excel.run(async () => {});\n}\n",
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-restricted-globals: .*'Excel'/),
        expect.stringMatching(/^no-restricted-syntax: Only src\/excel may call Excel.run/),
      ]),
    );
    expect(await boundaryErrors("src/core/x.ts", "export const host = Office.context.host;\n")).toEqual([
      expect.stringMatching(/^no-restricted-globals: .*'Office'/),
    ]);
    expect(await boundaryErrors("src/core/x.ts", "export type R = Excel.Range;\n")).toEqual([
      expect.stringMatching(/^no-restricted-syntax: .*office\.js types/),
    ]);
  });
});

describe("Excel.run only in src/excel", () => {
  const code = "export async function f(): Promise<void> {\n  await Excel.run(async () => {});\n}\n";

  it("is allowed in src/excel", async () => {
    expect(await boundaryErrors("src/excel/write.ts", code)).toEqual([]);
  });

  it.each(["src/taskpane/x.tsx", "src/commands/x.ts", "src/sheet/x.ts", "src/xlsx/x.ts"])("is refused in %s", async (file) => {
    expect(await boundaryErrors(file, code)).toEqual([expect.stringMatching(/^no-restricted-syntax: Only src\/excel/)]);
  });
});

describe("exceljs and fs only in src/xlsx, src/cli, test and bench", () => {
  it.each(["src/xlsx/x.ts", "src/cli/x.ts", "test/x.test.ts", "bench/x.ts"])("allows them in %s", async (file) => {
    expect(await boundaryErrors(file, importing("exceljs"))).toEqual([]);
    expect(await boundaryErrors(file, importing("fs"))).toEqual([]);
    expect(await boundaryErrors(file, importing("node:fs/promises"))).toEqual([]);
  });

  it.each(["src/excel/x.ts", "src/sheet/x.ts", "src/taskpane/x.tsx", "src/commands/x.ts"])("refuses them in %s", async (file) => {
    for (const source of ["exceljs", "fs", "node:fs"]) {
      expect(await boundaryErrors(file, importing(source))).toEqual([expect.stringMatching(/^no-restricted-imports: /)]);
    }
  });
});
