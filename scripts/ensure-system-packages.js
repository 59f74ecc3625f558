#!/usr/bin/env node
/**
 * `npm test` runs this first (pretest): the formula proof needs LibreOffice
 * Calc (soffice) and the task-pane tests need Chromium. When either is
 * missing it is installed with apt-get (Debian/Ubuntu), and this says so.
 * Set PIT_SKIP_SYSTEM_PACKAGES=1 to only report what is missing.
 */
const { execSync, spawnSync } = require("node:child_process");

const NEEDED = [
  { what: "LibreOffice Calc (soffice), for the formula proof", has: () => onPath("soffice"), packages: ["libreoffice-calc-nogui"] },
  { what: "Chromium, for the task-pane browser tests", has: () => onPath("chromium") || exists("/usr/bin/chromium"), packages: ["chromium"] },
  { what: "CJK fonts, for screenshots and PDF output", has: () => dpkgInstalled("fonts-noto-cjk"), packages: ["fonts-noto-cjk"] },
];

function onPath(cmd) {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
}
function exists(path) {
  return require("node:fs").existsSync(path);
}
function dpkgInstalled(pkg) {
  const r = spawnSync("dpkg-query", ["-W", "-f=${Status}", pkg], { encoding: "utf8" });
  return r.status === 0 && r.stdout.includes("install ok installed");
}

const missing = NEEDED.filter((n) => !n.has());
if (missing.length === 0) process.exit(0);
for (const m of missing) console.log(`missing: ${m.what}`);
if (process.env.PIT_SKIP_SYSTEM_PACKAGES === "1") process.exit(0);
const packages = missing.flatMap((m) => m.packages);
const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
console.log(`installing with apt-get: ${packages.join(" ")}`);
execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(" ")}`, {
  stdio: "inherit",
});
