/** Writing rendered workbooks to a buffer or a file. */
import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import type { SheetLayout } from "../sheet";
import { renderWorkbook } from "./renderWorkbook";

export async function workbookBuffer(layouts: readonly SheetLayout[]): Promise<Buffer> {
  const data = await renderWorkbook(layouts).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

export async function writeWorkbookFile(layouts: readonly SheetLayout[], path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await renderWorkbook(layouts).xlsx.writeFile(path);
}
