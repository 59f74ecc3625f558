/**
 * Browser test of the task pane: a production build served on 127.0.0.1,
 * Debian's Chromium (headless, 350 px wide like the Excel pane), office.js
 * routed from node_modules, every other external request blocked, and a fake
 * workbook injected as window.__PIT_TEST_ADAPTER__ before the bundle runs.
 *
 * Flows: insert a catalog plan; paste Jiaxing's main-indicators table, correct
 * the draft and insert it; run a check, select a finding, apply a fix; write
 * the settings; switch to English. Screenshots of every screen in Chinese and
 * English go to test-output/screenshots/. Any console error or page error fails.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { installFakeWorkbook } from "./fakeWorkbook";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "test-output", "e2e-dist");
const SHOTS = path.join(ROOT, "test-output", "screenshots");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = "/usr/bin/chromium";
const FIXTURE = path.join(ROOT, "test", "fixtures", "jiaxing-main-indicators.txt");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".map": "application/json",
  ".json": "application/json",
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fake = { inserted: any[]; settings: any[]; selected: any[]; fixes: any[]; checks: number };

let server: http.Server;
let origin: string;
let browser: Browser;
let page: Page;
const problems: string[] = [];
const blocked: string[] = [];

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM)) return;
  console.log(`${CHROMIUM} is missing: installing chromium with apt-get`);
  const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
  execSync(`${sudo}apt-get update && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium`, { stdio: "inherit" });
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get did not install ${CHROMIUM}`);
}

function serve(dir: string): Promise<http.Server> {
  const srv = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = path.join(dir, urlPath === "/" ? "taskpane.html" : urlPath);
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => srv.listen(0, "127.0.0.1", () => resolve(srv)));
}

async function fake(): Promise<Fake> {
  return page.evaluate(() => (window as unknown as { __PIT_FAKE__: Fake }).__PIT_FAKE__);
}

/** A full-page screenshot; the pane must fit its 350 px width (no sideways scrolling). */
async function shot(name: string): Promise<void> {
  await page.waitForTimeout(150); // let transitions settle
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    return [...document.querySelectorAll("body *")]
      .filter((e) => e.getBoundingClientRect().right > root.clientWidth + 1)
      .slice(0, 5)
      .map((e) => `${e.tagName}.${String(e.className).slice(0, 30)} ${(e.textContent ?? "").slice(0, 40)}`);
  });
  expect({ screen: name, overflow }).toEqual({ screen: name, overflow: [] });
}

async function openTab(name: RegExp): Promise<void> {
  await page.getByRole("tab", { name }).click();
}

beforeAll(async () => {
  ensureChromium();
  try {
    execSync("npx webpack --mode production --output-path test-output/e2e-dist", { cwd: ROOT, stdio: "pipe" });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`the production build failed:\n${stdout?.toString() ?? ""}${stderr?.toString() ?? ""}`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serve(DIST);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const context = await browser.newContext({ viewport: { width: 350, height: 800 }, locale: "zh-CN" });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    if (url.startsWith(OFFICE_CDN)) {
      const file = path.join(OFFICE_DIST, new URL(url).pathname.slice("/lib/1/hosted/".length));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      }
    }
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(installFakeWorkbook);
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("heading", { name: "规划指标监测" }).waitFor();
  console.log(`task pane screenshots: ${SHOTS}`);
}, 300_000);

afterAll(async () => {
  if (blocked.length) console.log(`blocked external requests: ${[...new Set(blocked)].join(", ")}`);
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Hosts office.js reaches for on its own outside Office (its telemetry frame): blocked, and nothing needs them. */
const EXPECTED_BLOCKED_HOSTS = new Set(["telemetryservice.firstpartyapps.oaspapps.com"]);

afterEach(() => {
  expect(problems).toEqual([]);
  expect(blocked.filter((url) => !EXPECTED_BLOCKED_HOSTS.has(new URL(url).hostname))).toEqual([]);
});

test("opens in Chinese with the fake workbook (no 'Excel needed' message)", async () => {
  await expect(page.getByRole("tab", { name: "计划" })).toBeTruthy();
  expect(await page.getByText("未连接 Excel").count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  await shot("zh-1-plans");
});

test("inserts a catalog plan: search, open, insert", async () => {
  const search = page.getByRole("searchbox", { name: "搜索规划" });
  await search.fill("嘉兴");
  const list = page.getByRole("list", { name: "规划目录" });
  await expect(list.getByRole("listitem").count()).resolves.toBe(1);
  await list.getByRole("button", { name: /嘉兴科技创新发展规划/ }).click();
  await page.getByRole("heading", { name: /嘉兴科技创新发展规划/ }).waitFor();
  await page.getByRole("table", { name: "指标表" }).waitFor();
  await page.getByText("规划自身不一致").waitFor();
  await page.getByRole("radio", { name: "English" }).first().check();
  await page.getByRole("button", { name: "插入工作簿" }).click();
  await page.getByText(/^已插入：/).waitFor();
  const { inserted } = await fake();
  expect(inserted).toHaveLength(1);
  expect(inserted[0].plans[0].id).toBe("jiaxing-13th-fyp-st");
  expect(inserted[0].options).toEqual({ lang: "en", summary: true });
  await shot("zh-2-plan-detail");
});

test("imports Jiaxing's main-indicators table, corrects it and inserts it", async () => {
  await openTab(/导入/);
  const table = fs.readFileSync(FIXTURE, "utf8");
  await page.getByRole("textbox", { name: /粘贴指标表/ }).fill(table);
  await page.getByRole("button", { name: "解析" }).click();
  await page.getByRole("heading", { name: /解析出的草稿（\d+ 个指标）/ }).waitFor();
  const groups = page.getByRole("group", { name: /^第 \d+ 个指标/ });
  expect(await groups.count()).toBeGreaterThanOrEqual(8);
  // A correction that breaks the draft is reported with its field name, then mended.
  const firstTarget = groups.first().getByRole("textbox", { name: "目标值" });
  const printed = await firstTarget.inputValue();
  await firstTarget.fill("三点二");
  await page.getByText(/校验未通过/).waitFor();
  expect(await page.getByRole("alert").filter({ hasText: "目标值" }).count()).toBe(1);
  await firstTarget.fill(printed);
  await page.getByRole("textbox", { name: "规划编号" }).fill("jiaxing-import");
  await page.getByText("草稿校验通过，可以插入。").waitFor();
  await shot("zh-3-import");
  const insert = page.getByRole("tabpanel", { name: "导入" }).getByRole("button", { name: "插入工作簿" });
  await insert.click();
  await page.getByRole("tabpanel", { name: "导入" }).getByText(/^已插入：/).waitFor();
  const { inserted } = await fake();
  expect(inserted).toHaveLength(2);
  expect(inserted[1].plans[0].id).toBe("jiaxing-import");
  expect(inserted[1].plans[0].indicators).toContain("R&D经费占GDP比重");
  expect(inserted[1].plans[0].indicators.length).toBeGreaterThanOrEqual(8);
});

test("runs a check, selects a finding and applies the fix", async () => {
  await openTab(/检查/);
  await page.getByRole("button", { name: "检查工作表" }).click();
  await page.getByRole("heading", { name: /检查结果（6 条）/ }).waitFor();
  await page.getByRole("list", { name: /需加快 · 进度滞后/ }).waitFor();
  await shot("zh-4-check");
  await page.getByRole("button", { name: /是一个区间/ }).click();
  await page.getByText("已选中 嘉兴科技创新!N9").waitFor();
  expect((await fake()).selected).toEqual([{ sheet: "嘉兴科技创新", address: "N9" }]);
  await page.getByRole("button", { name: /改为数值 1\.45/ }).click();
  await page.getByText("已修正 嘉兴科技创新!N8").waitFor();
  await page.getByRole("heading", { name: /检查结果（5 条）/ }).waitFor();
  const after = await fake();
  expect(after.fixes).toEqual([{ sheet: "嘉兴科技创新", cell: "N8", value: 1.45 }]);
  expect(after.checks).toBe(2);
  await page.getByRole("button", { name: "刷新" }).click();
  await page.waitForFunction(() => (window as unknown as { __PIT_FAKE__: Fake }).__PIT_FAKE__.checks === 3);
});

test("writes the settings and switches to English", async () => {
  await openTab(/设置/);
  await page.getByRole("spinbutton", { name: /符合进度阈值/ }).fill("0.9");
  await page.getByRole("radio", { name: /增速比法/ }).check();
  await page.getByRole("button", { name: "写入工作簿" }).click();
  await page.getByText(/^已写入参数/).waitFor();
  expect((await fake()).settings).toEqual([{ onTrack: 0.9, lagging: 0.6, method: "growth-ratio" }]);
  await shot("zh-5-settings");
  await page.getByRole("radio", { name: "English" }).check();
  await page.getByRole("heading", { name: "Plan Indicator Tracker" }).waitFor();
  await page.getByRole("tab", { name: "Plans" }).waitFor();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe("en-US");
  await page.getByText("Interface language").first().waitFor();
  await shot("en-5-settings");
});

test("every screen in English", async () => {
  await openTab(/^Plans$/);
  await page.getByRole("heading", { name: /Jiaxing 13th Five-Year Plan/ }).waitFor();
  await page.getByText("The plan contradicts itself").waitFor();
  await shot("en-2-plan-detail");
  await page.getByRole("button", { name: /Back to the catalog/ }).click();
  await page.getByRole("searchbox", { name: "Search plans" }).fill("");
  await page.getByRole("list", { name: "Plan catalog" }).waitFor();
  await shot("en-1-plans");
  await openTab(/^Import$/);
  await page.getByRole("heading", { name: /Parsed draft/ }).waitFor();
  await page.getByText("The draft is valid and can be inserted.").waitFor();
  await shot("en-3-import");
  await openTab(/^Check$/);
  await page.getByRole("heading", { name: /Findings \(5\)/ }).waitFor();
  await page.getByRole("button", { name: "Refresh" }).waitFor();
  await shot("en-4-check");
});
