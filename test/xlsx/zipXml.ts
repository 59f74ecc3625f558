/** Reads the raw XML parts of an .xlsx (jszip is exceljs's own dependency). */
import JSZip from "jszip";

export async function xlsxParts(data: Buffer | Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(data);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    if (/\.(xml|rels)$/.test(name)) parts.set(name, await zip.files[name].async("string"));
  }
  return parts;
}
