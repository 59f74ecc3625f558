/**
 * The task pane's initial JavaScript, gzipped: a production build into
 * test-output/bench-dist, then the local scripts taskpane.html loads (office.js
 * comes from Microsoft's CDN and is not counted), each gzipped at level 9.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";

const ROOT = path.resolve(__dirname, "..");
const OUT = path.join(ROOT, "test-output", "bench-dist");

export interface BundleSize {
  /** The scripts counted, relative to the build folder. */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** The local script files an HTML page loads, in order. */
export function localScripts(html: string): string[] {
  const out: string[] = [];
  // Minified HTML leaves attribute values unquoted where it can.
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)) {
    const src = match[1] ?? match[2] ?? match[3];
    if (!/^(?:[a-z]+:)?\/\//i.test(src)) out.push(src.replace(/^\.?\//, ""));
  }
  return out;
}

export function benchBundleSize(): BundleSize {
  execSync(`npx webpack --mode production --output-path "${OUT}"`, { cwd: ROOT, stdio: "pipe" });
  const files = localScripts(fs.readFileSync(path.join(OUT, "taskpane.html"), "utf8"));
  if (files.length === 0) throw new Error("taskpane.html loads no local script");
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = fs.readFileSync(path.join(OUT, file));
    bytes += content.length;
    gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}
