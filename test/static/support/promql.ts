/**
 * Just enough PromQL reading to check dashboards and alert rules against the metrics Newsflow defines: which
 * metrics an expression selects, with which label matchers, and which labels it groups by. Only names with
 * Newsflow's or the Node runtime's prefixes count as metric names (functions and keywords never have them).
 */
export const METRIC_PREFIXES = /^(newsflow_|nodejs_|process_)/;

export interface MetricSelector {
  name: string;
  /** Label names used in the selector's matchers ({stage="parser"} -> stage). */
  matcherLabels: string[];
}

export interface PromqlReferences {
  selectors: MetricSelector[];
  /** Label names in `by (...)` and `without (...)` clauses. */
  groupingLabels: string[];
}

export function promqlReferences(expr: string): PromqlReferences {
  const selectors: MetricSelector[] = [];
  const identifier = /(?<![A-Za-z0-9_:$"])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\{([^}]*)\})?/g;
  for (const m of expr.matchAll(identifier)) {
    if (!METRIC_PREFIXES.test(m[1])) continue;
    const matcherLabels = [...(m[3] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)\s*(=~|!~|!=|=)/g)].map((x) => x[1]);
    selectors.push({ name: m[1], matcherLabels });
  }
  const groupingLabels = [...expr.matchAll(/\b(?:by|without)\s*\(([^)]*)\)/g)].flatMap((m) =>
    m[1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  return { selectors, groupingLabels };
}
