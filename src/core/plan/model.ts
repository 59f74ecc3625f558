/**
 * The plan model: a plan (five-year plan, annual work plan, policy package) and
 * its indicators, with the runtime schema that validates plan JSON.
 * Numbers are plain decimals: 2.73 means 2.73 %.
 */
import { z } from "zod";

/** How an indicator is planned to move; see assessment-rules.md, "Growth kinds". */
export const GROWTH_KINDS = ["cagr", "pp", "level", "cumulative", "yoy", "qualitative"] as const;
export type GrowthKind = (typeof GROWTH_KINDS)[number];

/** How the latest figure is compared with the target. `range` uses `target.range`. */
export const COMPARATORS = [">=", ">", "<=", "<", "range"] as const;
export type Comparator = (typeof COMPARATORS)[number];

export const DIRECTIONS = ["increase", "decrease"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const PLAN_KINDS = ["five-year", "annual", "policy", "imported"] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

const year = z.number().int().min(1949).max(2100);
const finite = z.number().finite();

/** Text in both languages; Chinese is the text as printed and is required. */
export const bilingualSchema = z.object({
  zh: z.string().min(1),
  en: z.string().default(""),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Where a figure or a row stands in its source document. */
export const citationSchema = z.object({
  section: z.string().min(1),
  quote: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

export const baselineSchema = z.object({
  year,
  value: finite,
  source: citationSchema.optional(),
});
export type Baseline = z.infer<typeof baselineSchema>;

export const targetSchema = z.object({
  year,
  /** The target level, or null where the plan prints none (yoy without a level, qualitative, text-only). */
  value: finite.nullable(),
  comparator: z.enum(COMPARATORS),
  range: z.object({ lo: finite, hi: finite }).optional(),
  /** The target as printed, e.g. "1000以上", "15-20家", "蝉联全国科技进步先进市". */
  text: z.string(),
});
export type Target = z.infer<typeof targetSchema>;

export const growthSchema = z.object({
  kind: z.enum(GROWTH_KINDS),
  /** The stated rate: % a year for cagr and yoy, percentage points a year for pp; null if none is printed. */
  rate: finite.nullable(),
  /** The rate as printed, e.g. "10%", "0.3个百分点"; null if none is printed. */
  rateText: z.string().nullable(),
});
export type Growth = z.infer<typeof growthSchema>;

export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: lowercase letters, digits and dashes"),
  name: bilingualSchema,
  unit: z.string(),
  category: bilingualSchema.optional(),
  direction: z.enum(DIRECTIONS),
  nature: z.enum(["预期性", "约束性"]).optional(),
  baseline: baselineSchema.nullable(),
  target: targetSchema,
  growth: growthSchema,
  source: citationSchema,
  notes: z.string().optional(),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const planSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: lowercase letters, digits and dashes"),
  title: bilingualSchema,
  issuer: bilingualSchema,
  source: z.object({
    /** The source document's file name in ../shared/seeds (or the user's description for imports). */
    document: z.string().min(1),
    section: z.string().optional(),
  }),
  kind: z.enum(PLAN_KINDS),
  baseYear: year,
  targetYear: year,
  indicators: z.array(indicatorSchema),
  notes: z.string().optional(),
});
export type Plan = z.infer<typeof planSchema>;
/** A plan as written in JSON, before defaults are applied. */
export type PlanInput = z.input<typeof planSchema>;
