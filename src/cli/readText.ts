/**
 * Reading a text file the way offices save them: UTF-8 (with or without BOM),
 * UTF-16 with a BOM (Excel's "Unicode text"), or GB18030/GBK. "-" is stdin.
 * A file that cannot be read is a CliError naming it.
 */
import { readFileSync } from "node:fs";
import { CliError } from "./command";

/** Decodes bytes: a UTF-16 or UTF-8 BOM decides; otherwise UTF-8 if valid, else GB18030. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

/** Reads a text file (or stdin for "-"); throws a CliError when it cannot be read. */
export function readTextFile(path: string): string {
  try {
    return decodeText(readFileSync(path === "-" ? 0 : path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? { zh: "文件不存在", en: "no such file" }
        : code === "EISDIR"
          ? { zh: "是目录，不是文件", en: "a directory, not a file" }
          : code === "EACCES"
            ? { zh: "没有读取权限", en: "permission denied" }
            : { zh: "无法读取", en: "cannot be read" };
    throw new CliError({ zh: `无法读取文件“${path}”：${why.zh}`, en: `cannot read file "${path}": ${why.en}` });
  }
}
