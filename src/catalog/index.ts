/**
 * The plan catalog: one plan per source document in ../shared/seeds, kept as
 * JSON in seeds/ (see seeds/README.md) and validated when this module loads.
 */
import { parsePlan, type Plan } from "../core/plan";
import xiamen13thFypSt from "../../seeds/xiamen-13th-fyp-st.json";
import cityStWorkOpinions2015 from "../../seeds/city-st-work-opinions-2015.json";
import quanzhouSt2017Plan from "../../seeds/quanzhou-st-2017-plan.json";
import jiaxing13thFypSt from "../../seeds/jiaxing-13th-fyp-st.json";
import xiamenStIndustryFusionMeasures from "../../seeds/xiamen-st-industry-fusion-measures.json";

/** Raw catalog JSON, in the order of the source documents (000_… to 004_…). */
const RAW: readonly unknown[] = [
  xiamen13thFypSt,
  cityStWorkOpinions2015,
  quanzhouSt2017Plan,
  jiaxing13thFypSt,
  xiamenStIndustryFusionMeasures,
];

/** Parsed once; an invalid seed file throws here, naming every problem. */
const PLANS: readonly Plan[] = RAW.map((data) => parsePlan(data));

/** Every catalog plan, ordered by source document. Each call returns fresh copies. */
export function catalogPlans(): Plan[] {
  return PLANS.map((plan) => structuredClone(plan));
}

/** The catalog plan with this id (e.g. "jiaxing-13th-fyp-st"), or undefined. */
export function findCatalogPlan(id: string): Plan | undefined {
  const plan = PLANS.find((p) => p.id === id);
  return plan ? structuredClone(plan) : undefined;
}
