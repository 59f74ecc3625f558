/**
 * LibreOffice headless for the formula proof: installs it when missing,
 * converts many .xlsx files in one soffice call with a fresh profile that
 * recalculates every formula on load, and reads the results back.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";

/** Makes sure `soffice` is on the PATH, installing libreoffice-calc-nogui with apt-get when it is not. */
export function ensureSoffice(): void {
  if (spawnSync("sh", ["-c", "command -v soffice"]).status === 0) return;
  console.log("soffice not found: installing libreoffice-calc-nogui with apt-get (needed by the formula proof)");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  execFileSync([...sudo, "apt-get", "update"].join(" "), { shell: "/bin/sh", stdio: "inherit" });
  execFileSync([...sudo, "apt-get", "install", "-y", "libreoffice-calc-nogui"].join(" "), {
    shell: "/bin/sh",
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** A fresh LibreOffice profile whose Calc recalculates OOXML files on load, always. */
function freshProfile(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  const item = (path: string, prop: string, value: string) =>
    `<item oor:path="${path}"><prop oor:name="${prop}" oor:op="fuse"><value>${value}</value></prop></item>`;
  writeFileSync(
    join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      item("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", "0") +
      "\n" +
      item("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", "0") +
      "\n</oor:items>\n",
  );
  return dir;
}

export interface ConvertResult {
  /** Converted file per input path. */
  outputs: Map<string, string>;
  seconds: number;
}

/** Converts the files (distinct base names) to `format` in one soffice run; throws with soffice's output on failure. */
export function convertAll(inputs: readonly string[], outDir: string, format = "xlsx"): ConvertResult {
  ensureSoffice();
  mkdirSync(outDir, { recursive: true });
  const profile = freshProfile();
  const started = Date.now();
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--convert-to", format, "--outdir", outDir, ...inputs],
    { encoding: "utf8", timeout: 600_000 },
  );
  const seconds = (Date.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`soffice failed (${run.status}): ${run.stderr}\n${run.stdout}`);
  const ext = format.split(":")[0];
  const outputs = new Map(inputs.map((p) => [p, join(outDir, basename(p).replace(/\.[^.]+$/, `.${ext}`))]));
  return { outputs, seconds };
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A cell's value as the formulas see it: the formula's result, rich text flattened; empty → null. */
export function cellResult(cell: ExcelJS.Cell): string | number | boolean | null | { error: string } {
  const raw = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
  if (raw === undefined || raw === null) return null;
  if (typeof raw === "object") {
    if ("richText" in raw) return raw.richText.map((r) => r.text).join("");
    if ("error" in raw) return { error: String(raw.error) };
    if ("text" in raw) return String((raw as { text: unknown }).text);
    if (raw instanceof Date) return raw.getTime();
    return null;
  }
  return raw as string | number | boolean;
}
