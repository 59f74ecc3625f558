/** Catalog search, the open plan and its consistency warnings. */
import * as React from "react";
import { planConsistency, type Lang, type Plan } from "../../../core";
import { catalogPlans } from "../../../catalog";
import type { ConsistencyWarning, PlansProps } from "./Plans.types";

/** The text a plan is found by: titles, issuers, document and indicator names in both languages. */
function searchText(plan: Plan): string {
  return [
    plan.id,
    plan.title.zh,
    plan.title.en,
    plan.issuer.zh,
    plan.issuer.en,
    plan.source.document,
    ...plan.indicators.flatMap((i) => [i.name.zh, i.name.en]),
  ]
    .join("\n")
    .toLowerCase();
}

/** Plans whose text holds every word of the query (case-insensitive). */
export function filterPlans(plans: readonly Plan[], query: string): Plan[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...plans];
  return plans.filter((plan) => {
    const text = searchText(plan);
    return words.every((w) => text.includes(w));
  });
}

/** A bilingual text in the wanted language, Chinese where the English is empty. */
export function pick(texts: { zh: string; en: string }, lang: Lang): string {
  return lang === "en" && texts.en ? texts.en : texts.zh;
}

export function consistencyWarnings(plan: Plan, lang: Lang): ConsistencyWarning[] {
  return planConsistency(plan)
    .filter((r) => !r.consistent)
    .map((result) => {
      const indicator = plan.indicators.find((i) => i.id === result.indicatorId);
      return { indicatorId: result.indicatorId, name: indicator ? pick(indicator.name, lang) : result.indicatorId, result };
    });
}

export function usePlans({ plans, lang }: PlansProps) {
  const all = React.useMemo(() => plans ?? catalogPlans(), [plans]);
  const [query, setQuery] = React.useState("");
  const [openId, setOpenId] = React.useState<string | null>(null);
  const found = React.useMemo(() => filterPlans(all, query), [all, query]);
  const open = React.useMemo(() => all.find((p) => p.id === openId) ?? null, [all, openId]);
  const toInsert = React.useMemo(() => (open ? [open] : null), [open]);
  const warnings = React.useMemo(() => (open ? consistencyWarnings(open, lang) : []), [open, lang]);
  return { query, setQuery, found, open, openPlan: setOpenId, close: () => setOpenId(null), toInsert, warnings };
}
