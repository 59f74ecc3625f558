/**
 * A fake Excel request context for the office.js adapter's tests. It keeps
 * office.js's proxy semantics and enforces them:
 *
 * - commands (property writes, method calls, loads) are queued and only run at
 *   `context.sync()`, in order; an error in a batch rejects the sync;
 * - reading a property that was not loaded, or loaded but not yet synced,
 *   throws PropertyNotLoaded like office.js does;
 * - every command is recorded (`calls`), every sync is counted, and the JSON
 *   size of each request is measured; a request over 5 MB is refused like
 *   Excel on the web refuses it;
 * - APIs above the configured ExcelApi version throw (page layout and autoFill
 *   1.9, notes 1.18), so tests show newer features are only used when supported;
 * - a protected sheet refuses writes to locked cells.
 *
 * office-addin-mock was considered: it returns an error string for unloaded
 * properties instead of throwing, has no command queue and records nothing.
 */
import { columnIndex, columnLetter, parseAddress } from "../../src/sheet/a1";
import { shiftFormula } from "../../src/sheet/formulaShift";

export const MAX_REQUEST_BYTES = 5 * 1024 * 1024;

export interface Call {
  /** Request number (1-based: the sync that sends it). */
  request: number;
  op: "set" | "call" | "load";
  target: string;
  name: string;
  args: unknown[];
}

export interface FakeCell {
  /** A formula ("=…"), a number, boolean or text; never empty. */
  content: string | number | boolean;
  /** Cached value of a formula cell (tests may set it); constants are their own value. */
  cached?: string | number | boolean;
  numFmt?: string;
  style?: Record<string, unknown>;
}

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export interface FakeSheet {
  name: string;
  position: number;
  cells: Map<string, FakeCell>;
  tables: { name: string; address: string; style?: string }[];
  validations: { range: string; rule?: unknown; errorAlert?: unknown; prompt?: unknown; ignoreBlanks?: boolean }[];
  conditionalFormats: { range: string; type: string; formula?: string; fill?: string; font?: string; bold?: boolean }[];
  unlocked: Rect[];
  protection: { protected: boolean; options?: unknown };
  pageLayout: Record<string, unknown>;
  freeze?: string;
  charts: { type: string; source: string; name?: string; title?: string; categories?: string; position?: string; legend?: boolean }[];
  notes: Map<string, string>;
  columnWidths: Map<number, number>;
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake host has (default "1.8"). */
  api?: string;
  maxRequestBytes?: number;
}

const key = (r: number, c: number) => `${r},${c}`;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

export function parseRect(address: string): Rect {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const part = (p: string, end: boolean) => {
    if (/^[A-Za-z]+$/.test(p)) return { column: columnIndex(p), row: end ? MAX_ROW : 1 };
    if (/^\d+$/.test(p)) return { column: end ? MAX_COL : 1, row: Number(p) };
    return parseAddress(p);
  };
  const s = part(a, false);
  const e = part(b, true);
  return { r1: s.row, c1: s.column, r2: e.row, c2: e.column };
}

export const rectAddress = (r: Rect) =>
  r.r1 === r.r2 && r.c1 === r.c2 ? `${columnLetter(r.c1)}${r.r1}` : `${columnLetter(r.c1)}${r.r1}:${columnLetter(r.c2)}${r.r2}`;
const inside = (r: Rect, row: number, col: number) => row >= r.r1 && row <= r.r2 && col >= r.c1 && col <= r.c2;
const overlaps = (a: Rect, b: Rect) => a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
const versionAtLeast = (have: string, need: string) => {
  const [a, b] = have.split(".").map(Number);
  const [c, d] = need.split(".").map(Number);
  return a > c || (a === c && b >= d);
};

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** What a cell reads as a number in Excel's en-US parsing (for text written without a leading quote). */
function coerce(text: string): string | number | boolean {
  const t = text.trim();
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(t) && /\d/.test(t)) return Number(t.replace(/,/g, ""));
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return Number(t.slice(0, -1)) / 100;
  if (/^true$/i.test(t)) return true;
  if (/^false$/i.test(t)) return false;
  return text;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  names = new Map<string, { name: string; ref: string }>();
  active = "";
  selection?: { sheet: string; address: string };

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
    const sheet: FakeSheet = {
      name,
      position: this.sheets.length,
      cells: new Map(),
      tables: [],
      validations: [],
      conditionalFormats: [],
      unlocked: [],
      protection: { protected: false },
      pageLayout: {},
      charts: [],
      notes: new Map(),
      columnWidths: new Map(),
    };
    this.sheets.push(sheet);
    if (!this.active) this.active = name;
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  mustSheet(name: string): FakeSheet {
    const s = this.sheet(name);
    if (!s) throw new OfficeError("ItemNotFound", `sheet ${name}`);
    return s;
  }

  /** Test helper: a cell's content ("" when empty). */
  get(sheet: string, address: string): string | number | boolean {
    const { row, column } = parseAddress(address);
    return this.mustSheet(sheet).cells.get(key(row, column))?.content ?? "";
  }

  /** Test helper: types into a cell as a user would (text is coerced like Excel does unless it starts with '). */
  type(sheet: string, address: string, input: string | number | boolean | null): void {
    const { row, column } = parseAddress(address);
    const s = this.mustSheet(sheet);
    writeContent(s, row, column, input);
  }

  /** Test helper: sets the cached result of a formula cell. */
  cache(sheet: string, address: string, value: string | number | boolean): void {
    const { row, column } = parseAddress(address);
    const cell = this.mustSheet(sheet).cells.get(key(row, column));
    if (cell) cell.cached = value;
  }

  /** Test helper: the contents of a sheet as a map address → content. */
  contents(sheet: string): Map<string, string | number | boolean> {
    const out = new Map<string, string | number | boolean>();
    for (const [k, cell] of this.mustSheet(sheet).cells) {
      const [r, c] = k.split(",").map(Number);
      out.set(`${columnLetter(c)}${r}`, cell.content);
    }
    return out;
  }

  tables(): { sheet: string; name: string; address: string }[] {
    return this.sheets.flatMap((s) => s.tables.map((t) => ({ sheet: s.name, ...t })));
  }
}

function writeContent(s: FakeSheet, row: number, col: number, input: unknown): void {
  const k = key(row, col);
  if (input === null || input === undefined) return;
  if (input === "") {
    const cell = s.cells.get(k);
    if (cell) {
      if (cell.numFmt || cell.style) s.cells.set(k, { ...cell, content: "" });
      else s.cells.delete(k);
    }
    return;
  }
  let content: string | number | boolean;
  if (typeof input === "string") {
    if (input.startsWith("=")) content = input;
    else if (input.startsWith("'")) content = input.slice(1);
    else content = coerce(input);
  } else if (typeof input === "number" || typeof input === "boolean") content = input;
  else throw new OfficeError("InvalidArgument", `cell input ${JSON.stringify(input)}`);
  const prev = s.cells.get(k);
  s.cells.set(k, { ...prev, content, cached: undefined });
}

function cellEmpty(cell: FakeCell | undefined): boolean {
  return !cell || cell.content === "";
}

type Loadable = Record<string, () => unknown>;

/** Base of every proxy: queued commands, recorded calls, loaded-property checks. */
class Proxy {
  protected loadedValues = new Map<string, unknown>();
  /** Navigation properties return the same proxy each time, as in office.js. */
  private nav = new Map<string, unknown>();
  protected memo<T>(name: string, make: () => T): T {
    if (!this.nav.has(name)) this.nav.set(name, make());
    return this.nav.get(name) as T;
  }
  protected loadCalled = false;

  constructor(
    readonly ctx: FakeContext,
    readonly target: string,
  ) {}

  /** Properties `load` can fetch (name → reader at sync time). */
  protected loadable(): Loadable {
    return {};
  }

  load(arg?: string | string[] | { select?: string }): this {
    const props =
      arg === undefined
        ? Object.keys(this.loadable())
        : (typeof arg === "string" ? arg.split(",") : Array.isArray(arg) ? arg : (arg.select ?? "").split(","))
            .map((p) => p.trim())
            .filter(Boolean);
    this.ctx.record("load", this.target, "load", [props]);
    this.loadCalled = true;
    this.ctx.enqueue(() => this.resolveLoad(props));
    return this;
  }

  protected resolveLoad(props: string[]): void {
    const readers = this.loadable();
    for (const p of props) {
      const top = p.split("/")[0];
      const reader = readers[top];
      if (!reader) throw new OfficeError("InvalidArgument", `${this.target} cannot load ${p}`);
      const value = reader();
      this.loadedValues.set(top, value);
      if (!(value instanceof Proxy)) this.ctx.responseBytes += Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
    }
  }

  protected loaded<T>(prop: string): T {
    if (!this.loadedValues.has(prop)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${prop}' of ${this.target} is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loadedValues.get(prop) as T;
  }

  protected command(op: "set" | "call", name: string, args: unknown[], run: () => void): void {
    this.ctx.record(op, this.target, name, args);
    this.ctx.enqueue(run);
  }

  toJSON(): string {
    return this.target;
  }
}

export class FakeContext {
  readonly state: FakeWorkbook;
  readonly calls: Call[] = [];
  /** Bytes of each request sent (one per sync). */
  readonly requests: number[] = [];
  /** Bytes of loaded data in each response (one per sync). */
  readonly responses: number[] = [];
  /** Added to by loads while a sync runs. */
  responseBytes = 0;
  syncs = 0;
  readonly api: string;
  readonly maxRequestBytes: number;
  private queue: (() => void)[] = [];
  private pendingBytes = 0;
  readonly workbook: FakeWorkbookProxy;

  constructor(state = new FakeWorkbook(), options: FakeOptions = {}) {
    this.state = state;
    this.api = options.api ?? "1.8";
    this.maxRequestBytes = options.maxRequestBytes ?? MAX_REQUEST_BYTES;
    this.workbook = new FakeWorkbookProxy(this, "workbook");
  }

  record(op: Call["op"], target: string, name: string, args: unknown[]): void {
    const clean = JSON.parse(JSON.stringify(args ?? [])) as unknown[];
    this.calls.push({ request: this.syncs + 1, op, target, name, args: clean });
    this.pendingBytes += Buffer.byteLength(JSON.stringify([target, name, clean]), "utf8") + 40;
  }

  enqueue(run: () => void): void {
    this.queue.push(run);
  }

  requireApi(version: string, what: string): void {
    if (!versionAtLeast(this.api, version)) throw new OfficeError("ApiNotFound", `${what} needs ExcelApi ${version}; this host has ${this.api}`);
  }

  async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.pendingBytes;
    this.requests.push(bytes);
    const queue = this.queue;
    this.queue = [];
    this.pendingBytes = 0;
    if (bytes > this.maxRequestBytes) throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    this.responseBytes = 0;
    for (const run of queue) run();
    this.responses.push(this.responseBytes);
    if (this.responseBytes > this.maxRequestBytes) throw new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
  }

  /** Calls of a request, or of every request. */
  callsOf(request?: number): Call[] {
    return request === undefined ? this.calls : this.calls.filter((c) => c.request === request);
  }
}

class FakeWorkbookProxy extends Proxy {
  readonly worksheets = new FakeWorksheetCollection(this.ctx, "worksheets");
  readonly names = new FakeNamedItemCollection(this.ctx, "names");
  readonly tables = new FakeTableCollection(this.ctx, "tables", undefined);
  get notes(): FakeNoteCollection {
    this.ctx.requireApi("1.18", "Workbook.notes");
    return this.memo("notes", () => new FakeNoteCollection(this.ctx, "notes", undefined));
  }
}

class FakeWorksheetCollection extends Proxy {
  protected override loadable(): Loadable {
    return { items: () => this.ctx.state.sheets.map((s) => s.name) };
  }

  override load(arg?: string | string[] | { select?: string }): this {
    return super.load(arg);
  }

  get items(): FakeWorksheet[] {
    const names = this.loaded<string[]>("items");
    return names.map((n) => FakeWorksheet.loaded(this.ctx, n, { name: n }));
  }

  getItem(name: string): FakeWorksheet {
    this.ctx.record("call", this.target, "getItem", [name]);
    this.ctx.enqueue(() => void this.ctx.state.mustSheet(name));
    return new FakeWorksheet(this.ctx, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.record("call", this.target, "getItemOrNullObject", [name]);
    return new FakeWorksheet(this.ctx, name, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    this.ctx.record("call", this.target, "getActiveWorksheet", []);
    const proxy = new FakeWorksheet(this.ctx, "", false);
    proxy.bindActive();
    return proxy;
  }

  add(name: string): FakeWorksheet {
    this.command("call", "add", [name], () => void this.ctx.state.addSheet(name));
    return new FakeWorksheet(this.ctx, name);
  }
}

export class FakeWorksheet extends Proxy {
  private sheetName: string;
  private active = false;

  constructor(
    ctx: FakeContext,
    name: string,
    private readonly orNull = false,
  ) {
    super(ctx, `sheet[${name}]`);
    this.sheetName = name;
  }

  static loaded(ctx: FakeContext, name: string, values: Record<string, unknown>): FakeWorksheet {
    const s = new FakeWorksheet(ctx, name);
    for (const [k, v] of Object.entries(values)) s.loadedValues.set(k, v);
    return s;
  }

  bindActive(): void {
    this.active = true;
    (this as { target: string }).target = "sheet[<active>]";
  }

  /** The sheet's name at run time (the active sheet is looked up when commands run). */
  resolveName(): string {
    return this.active ? this.ctx.state.active : this.sheetName;
  }

  sheet(): FakeSheet {
    return this.ctx.state.mustSheet(this.resolveName());
  }

  protected override loadable(): Loadable {
    return {
      name: () => this.sheet().name,
      position: () => this.sheet().position,
      isNullObject: () => !this.ctx.state.sheet(this.resolveName()),
    };
  }

  protected override resolveLoad(props: string[]): void {
    const exists = !!this.ctx.state.sheet(this.resolveName());
    this.loadedValues.set("isNullObject", !exists);
    if (!exists) {
      if (this.orNull) return;
      throw new OfficeError("ItemNotFound", `sheet ${this.resolveName()}`);
    }
    super.resolveLoad(props);
  }

  get name(): string {
    return this.loaded<string>("name");
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }

  set position(value: number) {
    this.command("set", "position", [value], () => {
      const s = this.sheet();
      const list = this.ctx.state.sheets.filter((x) => x !== s);
      list.splice(value, 0, s);
      list.forEach((x, i) => (x.position = i));
      this.ctx.state.sheets = list;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this, address ?? "A1:XFD1048576");
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this.ctx.record("call", this.target, "getUsedRangeOrNullObject", [valuesOnly ?? false]);
    return new FakeRange(this.ctx, this, undefined, true);
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this.ctx.record("call", this.target, "getUsedRange", [valuesOnly ?? false]);
    const range = new FakeRange(this.ctx, this, undefined, false);
    const used = range.rect.bind(range);
    // Like Excel: a blank sheet's used range is A1.
    Object.assign(range, { rect: () => used() ?? { r1: 1, c1: 1, r2: 1, c2: 1 } });
    return range;
  }

  get tables(): FakeTableCollection {
    return this.memo("tables", () => new FakeTableCollection(this.ctx, `${this.target}.tables`, this));
  }

  get protection(): FakeProtection {
    return this.memo("protection", () => new FakeProtection(this.ctx, `${this.target}.protection`, this));
  }

  get pageLayout(): FakePageLayout {
    this.ctx.requireApi("1.9", "Worksheet.pageLayout");
    return this.memo("pageLayout", () => new FakePageLayout(this.ctx, `${this.target}.pageLayout`, this));
  }

  get freezePanes(): FakeFreezePanes {
    return this.memo("freezePanes", () => new FakeFreezePanes(this.ctx, `${this.target}.freezePanes`, this));
  }

  get charts(): FakeChartCollection {
    return this.memo("charts", () => new FakeChartCollection(this.ctx, `${this.target}.charts`, this));
  }

  get notes(): FakeNoteCollection {
    this.ctx.requireApi("1.18", "Worksheet.notes");
    return this.memo("notes", () => new FakeNoteCollection(this.ctx, `${this.target}.notes`, this));
  }

  activate(): void {
    this.command("call", "activate", [], () => (this.ctx.state.active = this.sheet().name));
  }

  delete(): void {
    this.command("call", "delete", [], () => {
      const s = this.sheet();
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
      if (this.ctx.state.active.toLowerCase() === s.name.toLowerCase()) this.ctx.state.active = this.ctx.state.sheets[0]?.name ?? "";
    });
  }
}

/** Cells of a sheet that are locked (protection applies to them). */
function isLocked(s: FakeSheet, row: number, col: number): boolean {
  return !s.unlocked.some((r) => inside(r, row, col));
}

class FakeRange extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly ws: FakeWorksheet,
    private readonly addr: string | undefined,
    private readonly orNull = false,
  ) {
    super(ctx, `${ws.target}.range(${addr ?? "<used>"})`);
  }

  /** The rectangle at run time (a used range is computed then). */
  rect(): Rect | null {
    if (this.addr !== undefined) return parseRect(this.addr);
    const s = this.ws.sheet();
    let r1 = Infinity;
    let c1 = Infinity;
    let r2 = 0;
    let c2 = 0;
    for (const [k, cell] of s.cells) {
      if (cellEmpty(cell)) continue;
      const [r, c] = k.split(",").map(Number);
      r1 = Math.min(r1, r);
      c1 = Math.min(c1, c);
      r2 = Math.max(r2, r);
      c2 = Math.max(c2, c);
    }
    return r2 === 0 ? null : { r1, c1, r2, c2 };
  }

  private mustRect(): Rect {
    const r = this.rect();
    if (!r) throw new OfficeError("ItemNotFound", `${this.target}: the sheet is empty`);
    return r;
  }

  protected override resolveLoad(props: string[]): void {
    const rect = this.rect();
    this.loadedValues.set("isNullObject", rect === null);
    if (rect === null) {
      if (this.orNull) return;
      throw new OfficeError("ItemNotFound", `${this.target}: the sheet is empty`);
    }
    super.resolveLoad(props);
  }

  protected override loadable(): Loadable {
    const matrix = <T>(read: (cell: FakeCell | undefined) => T): T[][] => {
      const r = this.mustRect();
      const s = this.ws.sheet();
      const out: T[][] = [];
      for (let row = r.r1; row <= r.r2; row++) {
        const line: T[] = [];
        for (let col = r.c1; col <= r.c2; col++) line.push(read(s.cells.get(key(row, col))));
        out.push(line);
      }
      return out;
    };
    return {
      address: () => `${this.ws.sheet().name.includes(" ") ? `'${this.ws.sheet().name}'` : this.ws.sheet().name}!${rectAddress(this.mustRect())}`,
      rowCount: () => this.mustRect().r2 - this.mustRect().r1 + 1,
      columnCount: () => this.mustRect().c2 - this.mustRect().c1 + 1,
      rowIndex: () => this.mustRect().r1 - 1,
      columnIndex: () => this.mustRect().c1 - 1,
      values: () =>
        matrix((cell) => {
          if (cellEmpty(cell)) return "";
          const c = cell!.content;
          return typeof c === "string" && c.startsWith("=") ? (cell!.cached ?? "") : c;
        }),
      formulas: () => matrix((cell) => (cellEmpty(cell) ? "" : cell!.content)),
      numberFormat: () => matrix((cell) => cell?.numFmt ?? "General"),
      isNullObject: () => false,
    };
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }
  get address(): string {
    return this.loaded<string>("address");
  }
  get values(): unknown[][] {
    return this.loaded<unknown[][]>("values");
  }
  get rowCount(): number {
    return this.loaded<number>("rowCount");
  }

  private checkProtection(r: Rect, what: string): void {
    const s = this.ws.sheet();
    if (!s.protection.protected) return;
    for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 5000); row++)
      for (let col = r.c1; col <= Math.min(r.c2, r.c1 + 500); col++)
        if (isLocked(s, row, col)) throw new OfficeError("AccessDenied", `${what} on protected sheet ${s.name} at ${columnLetter(col)}${row}`);
  }

  private setMatrix(name: string, value: unknown[][], apply: (s: FakeSheet, row: number, col: number, v: unknown) => void): void {
    this.command("set", name, [value], () => {
      const r = this.mustRect();
      if (!Array.isArray(value) || value.length !== r.r2 - r.r1 + 1 || value.some((line) => !Array.isArray(line) || line.length !== r.c2 - r.c1 + 1)) {
        throw new OfficeError("InvalidArgument", `${this.target}.${name}: matrix does not match the range ${rectAddress(r)}`);
      }
      this.checkProtection(r, name);
      const s = this.ws.sheet();
      value.forEach((line, i) => line.forEach((v, j) => apply(s, r.r1 + i, r.c1 + j, v)));
    });
  }

  get formulas(): unknown[][] {
    return this.loaded<unknown[][]>("formulas");
  }
  set formulas(value: unknown[][]) {
    this.setMatrix("formulas", value, (s, row, col, v) => writeContent(s, row, col, v));
  }

  set values(value: unknown[][]) {
    this.setMatrix("values", value, (s, row, col, v) => {
      if (typeof v === "string" && v.startsWith("=")) writeContent(s, row, col, `'${v}`);
      else writeContent(s, row, col, v);
    });
  }

  get numberFormat(): unknown[][] {
    return this.loaded<unknown[][]>("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.setMatrix("numberFormat", value, (s, row, col, v) => {
      if (v === null || v === undefined) return;
      const k = key(row, col);
      const cell = s.cells.get(k) ?? { content: "" };
      s.cells.set(k, { ...cell, numFmt: String(v) });
    });
  }

  get format(): FakeRangeFormat {
    return this.memo("format", () => new FakeRangeFormat(this.ctx, `${this.target}.format`, this));
  }

  get dataValidation(): FakeDataValidation {
    return this.memo("dataValidation", () => new FakeDataValidation(this.ctx, `${this.target}.dataValidation`, this));
  }

  get conditionalFormats(): FakeConditionalFormats {
    return this.memo("conditionalFormats", () => new FakeConditionalFormats(this.ctx, `${this.target}.conditionalFormats`, this));
  }

  clear(applyTo?: string): void {
    this.command("call", "clear", [applyTo ?? "All"], () => {
      const r = this.mustRect();
      const s = this.ws.sheet();
      this.checkProtection(r, "clear");
      for (const k of [...s.cells.keys()]) {
        const [row, col] = k.split(",").map(Number);
        if (inside(r, row, col)) s.cells.delete(k);
      }
    });
  }

  autoFill(destination: string, type: string): void {
    this.ctx.requireApi("1.9", "Range.autoFill");
    this.command("call", "autoFill", [destination, type], () => {
      const src = this.mustRect();
      const dest = parseRect(destination);
      if (dest.c1 !== src.c1 || dest.c2 !== src.c2 || dest.r1 !== src.r1 || src.r2 !== src.r1) {
        throw new OfficeError("InvalidArgument", `autoFill from ${rectAddress(src)} to ${destination}: the fake fills one row down only`);
      }
      const s = this.ws.sheet();
      this.checkProtection(dest, "autoFill");
      for (let col = src.c1; col <= src.c2; col++) {
        const from = s.cells.get(key(src.r1, col));
        for (let row = src.r1 + 1; row <= dest.r2; row++) {
          if (!from) {
            s.cells.delete(key(row, col));
            continue;
          }
          const content = typeof from.content === "string" && from.content.startsWith("=") ? shiftFormula(from.content, row - src.r1) : from.content;
          s.cells.set(key(row, col), { ...from, content, cached: undefined });
        }
      }
    });
  }

  select(): void {
    this.command("call", "select", [], () => {
      this.ctx.state.selection = { sheet: this.ws.sheet().name, address: rectAddress(this.mustRect()) };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    this.ctx.record("call", this.target, "getIntersectionOrNullObject", [typeof other === "string" ? other : other.target]);
    const range = new FakeRange(this.ctx, this.ws, undefined, true);
    const mine = () => this.rect();
    const theirs = () => (typeof other === "string" ? parseRect(other) : other.rect());
    Object.assign(range, {
      rect: (): Rect | null => {
        const a = mine();
        const b = theirs();
        if (!a || !b || !overlaps(a, b)) return null;
        return { r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1), r2: Math.min(a.r2, b.r2), c2: Math.min(a.c2, b.c2) };
      },
    });
    return range;
  }

  getCell(row: number, column: number): FakeRange {
    const r = this.addr !== undefined ? parseRect(this.addr) : null;
    if (!r) throw new OfficeError("InvalidArgument", "getCell on a used range is not supported by the fake");
    return new FakeRange(this.ctx, this.ws, `${columnLetter(r.c1 + column)}${r.r1 + row}`);
  }
}

class FakeRangeFormat extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, target);
  }

  private style(prop: string, value: unknown): void {
    this.command("set", prop, [value], () => {
      const r = this.range.rect()!;
      const s = this.range.ws.sheet();
      for (let row = r.r1; row <= Math.min(r.r2, r.r1 + 100000); row++) {
        for (let col = r.c1; col <= Math.min(r.c2, r.c1 + 1000); col++) {
          const k = key(row, col);
          const cell = s.cells.get(k);
          if (!cell && r.r2 - r.r1 > 100000) continue;
          const next = cell ?? { content: "" };
          s.cells.set(k, { ...next, style: { ...next.style, [prop]: value } });
        }
      }
    });
  }

  get fill() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fmt = this;
    return {
      set color(v: string) {
        fmt.style("fill.color", v);
      },
    };
  }
  get font() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fmt = this;
    return {
      set bold(v: boolean) {
        fmt.style("font.bold", v);
      },
      set color(v: string) {
        fmt.style("font.color", v);
      },
      set size(v: number) {
        fmt.style("font.size", v);
      },
      set italic(v: boolean) {
        fmt.style("font.italic", v);
      },
    };
  }
  set wrapText(v: boolean) {
    this.style("wrapText", v);
  }
  set verticalAlignment(v: string) {
    this.style("verticalAlignment", v);
  }
  set columnWidth(v: number) {
    this.command("set", "columnWidth", [v], () => {
      const r = this.range.rect()!;
      for (let c = r.c1; c <= r.c2; c++) this.range.ws.sheet().columnWidths.set(c, v);
    });
  }
  get protection() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const fmt = this;
    return {
      set locked(v: boolean) {
        fmt.command("set", "protection.locked", [v], () => {
          const r = fmt.range.rect()!;
          const s = fmt.range.ws.sheet();
          if (s.protection.protected) throw new OfficeError("AccessDenied", "changing locked cells on a protected sheet");
          s.unlocked = s.unlocked.filter((u) => !(u.r1 >= r.r1 && u.r2 <= r.r2 && u.c1 >= r.c1 && u.c2 <= r.c2));
          if (!v) s.unlocked.push(r);
        });
      },
    };
  }
}

class FakeDataValidation extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, target);
  }

  private entry() {
    const s = this.range.ws.sheet();
    const address = rectAddress(this.range.rect()!);
    let e = s.validations.find((v) => v.range === address);
    if (!e) {
      const r = this.range.rect()!;
      if (s.validations.some((v) => overlaps(parseRect(v.range), r))) throw new OfficeError("InvalidOperation", `validation over ${address} overlaps another`);
      e = { range: address };
      s.validations.push(e);
    }
    return e;
  }

  set rule(v: unknown) {
    this.command("set", "rule", [v], () => void (this.entry().rule = v));
  }
  set errorAlert(v: unknown) {
    this.command("set", "errorAlert", [v], () => void (this.entry().errorAlert = v));
  }
  set prompt(v: unknown) {
    this.command("set", "prompt", [v], () => void (this.entry().prompt = v));
  }
  set ignoreBlanks(v: boolean) {
    this.command("set", "ignoreBlanks", [v], () => void (this.entry().ignoreBlanks = v));
  }
  clear(): void {
    this.command("call", "clear", [], () => {
      const s = this.range.ws.sheet();
      const r = this.range.rect()!;
      s.validations = s.validations.filter((v) => !overlaps(parseRect(v.range), r));
    });
  }
}

class FakeConditionalFormats extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly range: FakeRange,
  ) {
    super(ctx, target);
  }

  add(type: string) {
    const holder: { entry?: FakeSheet["conditionalFormats"][number] } = {};
    this.command("call", "add", [type], () => {
      holder.entry = { range: rectAddress(this.range.rect()!), type };
      this.range.ws.sheet().conditionalFormats.push(holder.entry);
    });
    const set = (prop: "formula" | "fill" | "font" | "bold", name: string, v: unknown) =>
      this.command("set", name, [v], () => {
        (holder.entry as Record<string, unknown>)[prop] = v;
      });
    return {
      custom: {
        rule: {
          set formula(v: string) {
            set("formula", "custom.rule.formula", v);
          },
        },
        format: {
          fill: {
            set color(v: string) {
              set("fill", "custom.format.fill.color", v);
            },
          },
          font: {
            set color(v: string) {
              set("font", "custom.format.font.color", v);
            },
            set bold(v: boolean) {
              set("bold", "custom.format.font.bold", v);
            },
          },
        },
      },
    };
  }

  clearAll(): void {
    this.command("call", "clearAll", [], () => {
      const s = this.range.ws.sheet();
      const r = this.range.rect()!;
      s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(parseRect(f.range), r));
    });
  }
}

class FakeTable extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly find: () => { sheet: FakeSheet; table: FakeSheet["tables"][number] },
  ) {
    super(ctx, target);
  }

  private sheetName?: string;

  /** The table's whole range (header and body). */
  getRange(): FakeRange {
    const { table } = this.find();
    return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, this.sheetName ?? this.find().sheet.name), table.address);
  }

  getHeaderRowRange(): FakeRange {
    const { table } = this.find();
    const r = parseRect(table.address);
    return new FakeRange(this.ctx, new FakeWorksheet(this.ctx, this.sheetName ?? this.find().sheet.name), rectAddress({ ...r, r2: r.r1 }));
  }

  static loaded(ctx: FakeContext, sheet: string, name: string): FakeTable {
    const t = new FakeTable(ctx, `table[${name}]`, () => {
      const s = ctx.state.mustSheet(sheet);
      const table = s.tables.find((x) => x.name === name);
      if (!table) throw new OfficeError("ItemNotFound", `table ${name}`);
      return { sheet: s, table };
    });
    t.sheetName = sheet;
    t.loadedValues.set("name", name);
    t.loadedValues.set("worksheet", FakeWorksheet.loaded(ctx, sheet, { name: sheet }));
    return t;
  }

  get name(): string {
    return this.loaded<string>("name");
  }
  set name(v: string) {
    this.command("set", "name", [v], () => {
      if (this.ctx.state.tables().some((t) => t.name.toLowerCase() === v.toLowerCase())) throw new OfficeError("InvalidArgument", `table name ${v} is taken`);
      this.find().table.name = v;
    });
  }
  get worksheet(): FakeWorksheet {
    return this.loaded<FakeWorksheet>("worksheet");
  }
  set style(v: string) {
    this.command("set", "style", [v], () => void (this.find().table.style = v));
  }
  delete(): void {
    this.command("call", "delete", [], () => {
      const { sheet, table } = this.find();
      sheet.tables = sheet.tables.filter((t) => t !== table);
    });
  }
}

class FakeTableCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet | undefined,
  ) {
    super(ctx, target);
  }

  protected override loadable(): Loadable {
    return {
      items: () => (this.ws ? this.ws.sheet().tables.map((t) => ({ sheet: this.ws!.sheet().name, name: t.name })) : this.ctx.state.tables()),
    };
  }

  get items(): FakeTable[] {
    return this.loaded<{ sheet: string; name: string }[]>("items").map((t) => FakeTable.loaded(this.ctx, t.sheet, t.name));
  }

  add(address: string, hasHeaders: boolean): FakeTable {
    const holder: { sheet?: FakeSheet; table?: FakeSheet["tables"][number] } = {};
    this.command("call", "add", [address, hasHeaders], () => {
      const s = this.ws!.sheet();
      const r = parseRect(address);
      if (s.tables.some((t) => overlaps(parseRect(t.address), r))) throw new OfficeError("InvalidOperation", `table over ${address} overlaps another table`);
      holder.sheet = s;
      holder.table = { name: `Table${this.ctx.state.tables().length + 1}`, address };
      s.tables.push(holder.table);
    });
    return new FakeTable(this.ctx, `${this.target}.add(${address})`, () => ({ sheet: holder.sheet!, table: holder.table! }));
  }
}

class FakeNamedItemCollection extends Proxy {
  protected override loadable(): Loadable {
    return { items: () => [...this.ctx.state.names.values()].map((n) => n.name) };
  }
  get items(): { name: string }[] {
    return this.loaded<string[]>("items").map((name) => ({ name }));
  }
  add(name: string, reference: string): void {
    this.command("call", "add", [name, reference], () => {
      if (this.ctx.state.names.has(name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
      this.ctx.state.names.set(name.toLowerCase(), { name, ref: reference });
    });
  }
}

class FakeProtection extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, target);
  }
  protected override loadable(): Loadable {
    return { protected: () => this.ws.sheet().protection.protected, options: () => this.ws.sheet().protection.options };
  }
  get protected(): boolean {
    return this.loaded<boolean>("protected");
  }
  protect(options?: unknown): void {
    this.command("call", "protect", [options ?? null], () => {
      const s = this.ws.sheet();
      if (s.protection.protected) throw new OfficeError("InvalidOperation", `sheet ${s.name} is already protected`);
      s.protection = { protected: true, options };
    });
  }
  unprotect(): void {
    this.command("call", "unprotect", [], () => void (this.ws.sheet().protection = { protected: false }));
  }
}

class FakePageLayout extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, target);
  }
  set orientation(v: string) {
    this.command("set", "orientation", [v], () => void (this.ws.sheet().pageLayout.orientation = v));
  }
  set zoom(v: unknown) {
    this.command("set", "zoom", [v], () => void (this.ws.sheet().pageLayout.zoom = v));
  }
  setPrintTitleRows(v: string): void {
    this.command("call", "setPrintTitleRows", [v], () => void (this.ws.sheet().pageLayout.printTitleRows = v));
  }
}

class FakeFreezePanes extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, target);
  }
  freezeAt(range: string): void {
    this.command("call", "freezeAt", [range], () => void (this.ws.sheet().freeze = range));
  }
  unfreeze(): void {
    this.command("call", "unfreeze", [], () => void (this.ws.sheet().freeze = undefined));
  }
}

class FakeChartCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet,
  ) {
    super(ctx, target);
  }
  add(type: string, source: FakeRange, seriesBy?: string) {
    const holder: { chart?: FakeSheet["charts"][number] } = {};
    this.command("call", "add", [type, source.target, seriesBy ?? "Auto"], () => {
      holder.chart = { type, source: rectAddress(source.rect()!) };
      this.ws.sheet().charts.push(holder.chart);
    });
    const set = (prop: keyof FakeSheet["charts"][number], name: string, v: unknown) =>
      this.command("set", name, [v], () => void ((holder.chart as Record<string, unknown>)[prop] = v));
    return {
      set name(v: string) {
        set("name", "chart.name", v);
      },
      title: {
        set text(v: string) {
          set("title", "chart.title.text", v);
        },
      },
      legend: {
        set visible(v: boolean) {
          set("legend", "chart.legend.visible", v);
        },
      },
      series: {
        getItemAt: (_i: number) => ({
          setXAxisValues: (range: FakeRange) => set("categories", "series.setXAxisValues", rectAddress(range.rect()!)),
        }),
      },
      setPosition: (start: string) => set("position", "chart.setPosition", start),
    };
  }
}

class FakeNote extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly where: () => { sheet: FakeSheet; address: string } | null,
    private readonly orNull = false,
  ) {
    super(ctx, target);
  }
  static loaded(ctx: FakeContext, sheet: string, address: string, content: string): FakeNote {
    const n = new FakeNote(ctx, `note[${sheet}!${address}]`, () => ({ sheet: ctx.state.mustSheet(sheet), address }));
    n.loadedValues.set("content", content);
    return n;
  }
  protected override loadable(): Loadable {
    return { content: () => this.mustWhere().sheet.notes.get(this.mustWhere().address) ?? "" };
  }
  protected override resolveLoad(props: string[]): void {
    const w = this.where();
    const exists = !!w && w.sheet.notes.has(w.address);
    this.loadedValues.set("isNullObject", !exists);
    if (!exists) {
      if (this.orNull) return;
      throw new OfficeError("ItemNotFound", `${this.target}`);
    }
    super.resolveLoad(props);
  }
  private mustWhere() {
    const w = this.where();
    if (!w || !w.sheet.notes.has(w.address)) throw new OfficeError("ItemNotFound", this.target);
    return w;
  }
  get isNullObject(): boolean {
    return this.loaded<boolean>("isNullObject");
  }
  get content(): string {
    return this.loaded<string>("content");
  }
  set content(v: string) {
    this.command("set", "content", [v], () => {
      const w = this.mustWhere();
      w.sheet.notes.set(w.address, v);
    });
  }
  delete(): void {
    this.command("call", "delete", [], () => {
      const w = this.mustWhere();
      w.sheet.notes.delete(w.address);
    });
  }
  getLocation(): FakeRange {
    const w = () => this.mustWhere();
    const ws = new FakeWorksheet(this.ctx, "");
    Object.assign(ws, { resolveName: () => w().sheet.name, sheet: () => w().sheet });
    const range = new FakeRange(this.ctx, ws, undefined);
    Object.assign(range, { rect: () => parseRect(w().address) });
    return range;
  }
}

class FakeNoteCollection extends Proxy {
  constructor(
    ctx: FakeContext,
    target: string,
    private readonly ws: FakeWorksheet | undefined,
  ) {
    super(ctx, target);
  }
  private sheets(): FakeSheet[] {
    return this.ws ? [this.ws.sheet()] : this.ctx.state.sheets;
  }
  protected override loadable(): Loadable {
    return { items: () => this.sheets().flatMap((s) => [...s.notes].map(([address, content]) => ({ sheet: s.name, address, content }))) };
  }
  get items(): FakeNote[] {
    return this.loaded<{ sheet: string; address: string; content: string }[]>("items").map((n) => FakeNote.loaded(this.ctx, n.sheet, n.address, n.content));
  }
  private locate(cellAddress: string): { sheet: FakeSheet; address: string } {
    const bang = cellAddress.lastIndexOf("!");
    const sheet = bang >= 0 ? this.ctx.state.mustSheet(cellAddress.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'")) : this.ws?.sheet();
    if (!sheet) throw new OfficeError("InvalidArgument", `note address ${cellAddress} needs a sheet`);
    const r = parseRect(cellAddress);
    if (r.r1 !== r.r2 || r.c1 !== r.c2) throw new OfficeError("InvalidArgument", `a note goes on one cell, not ${cellAddress}`);
    return { sheet, address: rectAddress(r) };
  }
  add(cellAddress: string, content: string): FakeNote {
    this.command("call", "add", [cellAddress, content], () => {
      const w = this.locate(cellAddress);
      if (w.sheet.notes.has(w.address)) throw new OfficeError("InvalidArgument", `cell ${w.address} already has a note`);
      w.sheet.notes.set(w.address, content);
    });
    return new FakeNote(this.ctx, `${this.target}.add(${cellAddress})`, () => this.locate(cellAddress));
  }
  getItemOrNullObject(cellAddress: string): FakeNote {
    this.ctx.record("call", this.target, "getItemOrNullObject", [cellAddress]);
    return new FakeNote(this.ctx, `${this.target}[${cellAddress}]`, () => this.locate(cellAddress), true);
  }
}

/** A fake context cast to office.js's type for the adapter under test. */
export function fakeContext(state?: FakeWorkbook, options?: FakeOptions): { context: Excel.RequestContext; fake: FakeContext } {
  const fake = new FakeContext(state, options);
  return { context: fake as unknown as Excel.RequestContext, fake };
}
