/**
 * Console output: text in the chosen language, aligned tables that count
 * Chinese characters as two columns, JSON.
 */
import { formatNumber, type Lang, type Texts } from "../core";
import type { CliIo } from "./command";

/** The text in one language. */
export function say(lang: Lang, texts: Texts): string {
  return texts[lang];
}

/** Picks between a Chinese and an English string. */
export function pick(lang: Lang, zh: string, en: string): string {
  return lang === "zh" ? zh : en;
}

/** Columns a string takes in a terminal: wide (CJK, full-width) characters count two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: "left" | "right"): string {
  const fill = " ".repeat(Math.max(0, width - displayWidth(text)));
  return align === "right" ? fill + text : text + fill;
}

export interface TableColumn {
  title: string;
  align?: "left" | "right";
}

/** Lines of an aligned table: header, a rule, then the rows (cells' line breaks become spaces). */
export function formatTable(columns: readonly TableColumn[], rows: ReadonlyArray<readonly string[]>): string[] {
  const clean = rows.map((r) => columns.map((_, i) => (r[i] ?? "").replace(/\s*\n\s*/g, " ")));
  const widths = columns.map((c, i) => Math.max(displayWidth(c.title), ...clean.map((r) => displayWidth(r[i]))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => pad(cell, widths[i], columns[i].align ?? "left"))
      .join("  ")
      .replace(/\s+$/, "");
  return [line(columns.map((c) => c.title)), widths.map((w) => "-".repeat(w)).join("  "), ...clean.map(line)];
}

/** Prints lines. */
export function printLines(io: CliIo, lines: readonly string[]): void {
  for (const l of lines) io.out(l);
}

/** Prints a value as indented JSON. */
export function printJson(io: CliIo, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A number for a table cell: at most `digits` decimals, "" for null. */
export function num(value: number | null | undefined, digits = 4): string {
  return value === null || value === undefined ? "" : formatNumber(value, digits);
}
