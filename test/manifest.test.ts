/**
 * Offline checks of manifest.xml (the Office validation service needs the
 * network): well-formed, the required elements, the ribbon commands, every
 * resource id resolved, en-US overrides for every string, and every URL of the
 * production manifest mapping to a file of a production build.
 *
 * The production build goes to test-output/manifest-build rather than dist/,
 * so that this test never deletes files other tests may be serving from dist/.
 */
import { execSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const ROOT = path.resolve(__dirname, "..");
const BUILD_DIR = path.join(ROOT, "test-output", "manifest-build");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { urlDev, urlProd } = require(path.join(ROOT, "webpack.config.js")) as { urlDev: string; urlProd: string };

/** Pages for people (help, learn more), not files of the add-in: not expected in the build. */
const HELP_URL_IDS = new Set(["SupportUrl", "GetStarted.LearnMoreUrl"]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Node = any;

const ARRAY_TAGS = new Set([
  "Host",
  "Set",
  "Override",
  "bt:Override",
  "AppDomain",
  "ExtensionPoint",
  "OfficeTab",
  "Group",
  "Control",
  "bt:Image",
  "bt:Url",
  "bt:String",
]);

function parse(xml: string): Node {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAY_TAGS.has(name),
  });
  return parser.parse(xml).OfficeApp;
}

interface Resources {
  images: Map<string, string>;
  urls: Map<string, string>;
  shortStrings: Map<string, Node>;
  longStrings: Map<string, Node>;
}

function resources(app: Node): Resources {
  const res = app.VersionOverrides.Resources;
  const byId = (items: Node[] | undefined) => new Map<string, Node>((items ?? []).map((i: Node) => [i["@_id"], i]));
  const values = (items: Node[] | undefined) =>
    new Map<string, string>((items ?? []).map((i: Node) => [i["@_id"], i["@_DefaultValue"]]));
  return {
    images: values(res["bt:Images"]["bt:Image"]),
    urls: values(res["bt:Urls"]["bt:Url"]),
    shortStrings: byId(res["bt:ShortStrings"]["bt:String"]),
    longStrings: byId(res["bt:LongStrings"]["bt:String"]),
  };
}

/** Every `resid` attribute in the tree, with the tag it sits on. */
function residRefs(node: Node, tag = "", out: Array<{ tag: string; resid: string }> = []) {
  if (Array.isArray(node)) {
    node.forEach((n) => residRefs(n, tag, out));
  } else if (node && typeof node === "object") {
    if (typeof node["@_resid"] === "string") out.push({ tag, resid: node["@_resid"] });
    for (const [key, value] of Object.entries(node)) if (!key.startsWith("@_")) residRefs(value, key, out);
  }
  return out;
}

/** The URLs the manifest names, keyed by element name or resource id. */
function manifestUrls(app: Node): Array<{ id: string; url: string }> {
  const urls: Array<{ id: string; url: string }> = [];
  for (const tag of ["IconUrl", "HighResolutionIconUrl", "SupportUrl"]) {
    urls.push({ id: tag, url: app[tag]["@_DefaultValue"] });
  }
  urls.push({ id: "SourceLocation", url: app.DefaultSettings.SourceLocation["@_DefaultValue"] });
  const res = resources(app);
  for (const [id, url] of [...res.images, ...res.urls]) urls.push({ id, url });
  return urls;
}

function ribbonControls(app: Node): Node[] {
  const host = app.VersionOverrides.Hosts.Host.find((h: Node) => h["@_xsi:type"] === "Workbook");
  const surface = host.DesktopFormFactor.ExtensionPoint.find((e: Node) => e["@_xsi:type"] === "PrimaryCommandSurface");
  const tab = surface.OfficeTab.find((t: Node) => t["@_id"] === "TabHome");
  return tab.Group.flatMap((g: Node) => g.Control);
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

const sourceXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

describe("manifest.xml (source)", () => {
  const app = parse(sourceXml);

  it("is well-formed XML with an OfficeApp TaskPaneApp root", () => {
    expect(XMLValidator.validate(sourceXml)).toBe(true);
    expect(app).toBeDefined();
    expect(app["@_xsi:type"]).toBe("TaskPaneApp");
  });

  it("has the identity elements", () => {
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(app.Id).not.toBe("00000000-0000-0000-0000-000000000000");
    expect(app.Version).toMatch(/^\d+(\.\d+){0,3}$/);
    expect(String(app.ProviderName).trim()).not.toBe("");
    expect(app.DefaultLocale).toBe("zh-CN");
  });

  it.each(["DisplayName", "Description"])("%s has a zh-CN default and an en-US override", (tag) => {
    expect(app[tag]["@_DefaultValue"]).toMatch(/[\u4e00-\u9fff]/);
    const en = app[tag].Override.find((o: Node) => o["@_Locale"] === "en-US");
    expect(en?.["@_Value"]).toMatch(/[A-Za-z]/);
  });

  it("targets Excel workbooks with ExcelApi 1.8 and read/write permission", () => {
    expect(app.Hosts.Host.map((h: Node) => h["@_Name"])).toEqual(["Workbook"]);
    const sets = app.Requirements.Sets.Set;
    expect(sets).toContainEqual({ "@_Name": "ExcelApi", "@_MinVersion": "1.8" });
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(app.DefaultSettings.SourceLocation["@_DefaultValue"]).toBe(`${urlDev}taskpane.html`);
  });

  it("has a Home tab group with a ShowTaskpane button and an ExecuteFunction checkActiveSheet button", () => {
    expect(app.VersionOverrides["@_xsi:type"]).toBe("VersionOverridesV1_0");
    const res = resources(app);
    const controls = ribbonControls(app);
    expect(controls).toHaveLength(2);
    const actions = controls.map((c: Node) => c.Action);

    const show = actions.find((a: Node) => a["@_xsi:type"] === "ShowTaskpane");
    expect(show).toBeDefined();
    expect(res.urls.get(show.SourceLocation["@_resid"])).toBe(`${urlDev}taskpane.html`);

    const run = actions.find((a: Node) => a["@_xsi:type"] === "ExecuteFunction");
    expect(run).toBeDefined();
    expect(run.FunctionName).toBe("checkActiveSheet");
    const functionFile = app.VersionOverrides.Hosts.Host[0].DesktopFormFactor.FunctionFile["@_resid"];
    expect(res.urls.get(functionFile)).toBe(`${urlDev}commands.html`);

    // The function file registers the same name.
    const commands = fs.readFileSync(path.join(ROOT, "src", "commands", "commands.ts"), "utf8");
    expect(commands).toMatch(/associate\(\s*"checkActiveSheet"/);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const res = resources(app);
    const refs = residRefs(app.VersionOverrides.Hosts);
    expect(refs.length).toBeGreaterThan(10);
    for (const { tag, resid } of refs) {
      const kind =
        tag === "bt:Image"
          ? res.images
          : ["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(tag)
            ? res.urls
            : tag === "Description"
              ? res.longStrings
              : res.shortStrings;
      expect({ tag, resid, found: kind.has(resid) }).toEqual({ tag, resid, found: true });
    }
  });

  it("gives every ribbon string an en-US override", () => {
    const res = resources(app);
    for (const [id, str] of [...res.shortStrings, ...res.longStrings]) {
      const en = (str["bt:Override"] ?? []).find((o: Node) => o["@_Locale"] === "en-US");
      expect({ id, en: typeof en?.["@_Value"] === "string" && en["@_Value"].length > 0 }).toEqual({ id, en: true });
    }
    for (const [id, str] of res.shortStrings) {
      expect({ id, length: str["@_DefaultValue"].length <= 125 }).toEqual({ id, length: true });
    }
  });

  it("names icons of 16, 32, 64 and 80 pixels whose files have those sizes", () => {
    const res = resources(app);
    const sizes = new Set<number>();
    const controls = ribbonControls(app);
    for (const control of controls) {
      for (const image of control.Icon["bt:Image"]) {
        const size = Number(image["@_size"]);
        sizes.add(size);
        const url = res.images.get(image["@_resid"]) as string;
        expect(url.startsWith(urlDev)).toBe(true);
        const file = path.join(ROOT, url.slice(urlDev.length));
        expect(pngSize(file)).toEqual({ width: size, height: size });
      }
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([16, 32, 64, 80]);
    expect(app.HighResolutionIconUrl["@_DefaultValue"]).toMatch(/^https:\/\/.+\.png$/);
  });

  it("uses https everywhere and the dev server for the add-in's own files", () => {
    for (const { id, url } of manifestUrls(app)) {
      expect({ id, https: url.startsWith("https://") }).toEqual({ id, https: true });
      if (!HELP_URL_IDS.has(id)) expect({ id, dev: url.startsWith(urlDev) }).toEqual({ id, dev: true });
    }
    for (const domain of app.AppDomains.AppDomain) expect(domain).toMatch(/^https:\/\//);
  });
});

describe("production build", () => {
  let prod: Node;
  let prodXml: string;

  beforeAll(() => {
    fs.rmSync(BUILD_DIR, { recursive: true, force: true });
    execSync(`npm run build -- --output-path "${BUILD_DIR}"`, { cwd: ROOT, stdio: "pipe" });
    prodXml = fs.readFileSync(path.join(BUILD_DIR, "manifest.xml"), "utf8");
    prod = parse(prodXml);
  }, 240_000);

  it("rewrites the dev URL to the production URL", () => {
    expect(XMLValidator.validate(prodXml)).toBe(true);
    expect(prodXml).not.toContain(urlDev);
    expect(prodXml.split(urlDev).join(urlProd)).toBe(prodXml);
    expect(prodXml).toBe(sourceXml.split(urlDev).join(urlProd));
  });

  it("maps every URL of the add-in to a file of the build", () => {
    const files: string[] = [];
    for (const { id, url } of manifestUrls(prod)) {
      if (HELP_URL_IDS.has(id)) continue;
      expect({ id, prod: url.startsWith(urlProd) }).toEqual({ id, prod: true });
      const rel = new URL(url).pathname.replace(/^\/+/, "");
      const file = path.join(BUILD_DIR, rel);
      expect({ id, rel, exists: fs.existsSync(file) }).toEqual({ id, rel, exists: true });
      files.push(rel);
    }
    expect(new Set(files)).toEqual(
      new Set([
        "taskpane.html",
        "commands.html",
        "assets/icon-16.png",
        "assets/icon-32.png",
        "assets/icon-64.png",
        "assets/icon-80.png",
      ]),
    );
  });

  it("builds pages that load office.js and their bundle", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const html = fs.readFileSync(path.join(BUILD_DIR, page), "utf8");
      expect(html).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
      const bundles = scripts.filter((s) => !s.startsWith("https://"));
      expect(bundles).toHaveLength(1);
      expect(fs.existsSync(path.join(BUILD_DIR, bundles[0]))).toBe(true);
    }
  });
});
