/** The figures CSV of `plan-tracker workbook`: quoting, typing, indicator lookup, errors. */
import { catalogPlans } from "../../src/catalog";
import { FiguresCsvError, parseCsv, readFiguresCsv, typedValue } from "../../src/cli/figuresCsv";

const plans = catalogPlans();
const jiaxing = plans.filter((p) => p.id === "jiaxing-13th-fyp-st");

test("RFC 4180 quoting: commas, doubled quotes and line breaks inside quotes; BOM and CRLF", () => {
  const records = parseCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\nlines"\r\n\r\n1,2,3');
  expect(records.map((r) => r.fields)).toEqual([
    ["a", "b", "c"],
    ["x, y", 'say "hi"', "two\nlines"],
    ["1", "2", "3"],
  ]);
  expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  expect(() => parseCsv('a,"b\n')).toThrow(FiguresCsvError);
});

test("plain numbers become numbers; everything else stays text as typed", () => {
  expect(typedValue("2.81")).toBe(2.81);
  expect(typedValue(" -1.5 ")).toBe(-1.5);
  expect(typedValue("1e3")).toBe(1000);
  expect(typedValue(".5")).toBe(0.5);
  for (const text of ["96亿元", "1,200", "２.５", "3.1%", "约3", "1-2", "是", "NaN", "Infinity", "0x10"]) expect(typedValue(text)).toBe(text);
});

test("indicators by id, Chinese name, English name or plan-id/indicator-id; empty values skipped", () => {
  const csv = [
    "year,value,indicator",
    "2016,2.8,rd-intensity",
    "2017,3,R&D经费占GDP比重",
    `2016,96亿元,"${jiaxing[0].indicators[2].name.en || jiaxing[0].indicators[2].id}"`,
    "2018,,rd-intensity",
    "2018,2.9,jiaxing-13th-fyp-st/rd-intensity",
  ].join("\n");
  const r = readFiguresCsv(csv, jiaxing);
  expect(r.count).toBe(4);
  expect(r.entries["jiaxing-13th-fyp-st"]["rd-intensity"]).toEqual({ 2016: 2.8, 2017: 3, 2018: 2.9 });
  expect(r.entries["jiaxing-13th-fyp-st"][jiaxing[0].indicators[2].id]).toEqual({ 2016: "96亿元" });
});

test("a plan column picks the plan where an id is in several", () => {
  const two = plans.filter((p) => ["jiaxing-13th-fyp-st", "xiamen-13th-fyp-st"].includes(p.id));
  const r = readFiguresCsv("plan,indicator,year,value\nxiamen-13th-fyp-st,rd-intensity,2016,3.1\n", two);
  expect(r.entries).toEqual({ "xiamen-13th-fyp-st": { "rd-intensity": { 2016: 3.1 } } });
  expect(() => readFiguresCsv("indicator,year,value\nrd-intensity,2016,3.1\n", two)).toThrow(/ambiguous/);
});

test.each([
  ["indicator,year,value\nnope,2016,1", /line 2: unknown indicator "nope"/],
  ["indicator,year,value\nrd-intensity,2015,1", /outside plan/],
  ["indicator,year,value\nrd-intensity,二〇一六,1", /outside plan/],
  ["indicator,year,value\nrd-intensity,2016,1\nrd-intensity,2016,2", /line 3: a second figure/],
  ["indicator,value\nrd-intensity,1", /header/],
  ["", /empty/],
])("error: %j", (csv, message) => {
  expect(() => readFiguresCsv(csv, jiaxing)).toThrow(message);
});
