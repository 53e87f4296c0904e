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

/**
 * Labels Prometheus adds to every scraped series (the target's job and instance): no service defines them, every
 * query may match and group by them.
 */
export const TARGET_LABELS = ['job', 'instance'];

/** A metric as the checker needs it: its label names. */
export interface KnownMetric {
  labelNames: string[];
}

/**
 * Problems with the metrics and labels a PromQL expression names: unknown metrics, label matchers a metric does
 * not have, grouping by a label none of the expression's metrics has, or no Newsflow metric at all.
 * `known` maps every exposed sample name (histograms: _bucket, _sum, _count) to its metric.
 */
export function promqlProblems(expr: string, where: string, known: Map<string, KnownMetric>): string[] {
  const refs = promqlReferences(expr);
  const problems: string[] = [];
  if (refs.selectors.length === 0) problems.push(`${where}: names no Newsflow metric`);
  const labels = new Set<string>(TARGET_LABELS);
  for (const s of refs.selectors) {
    const metric = known.get(s.name);
    if (!metric) {
      problems.push(`${where}: unknown metric ${s.name}`);
      continue;
    }
    metric.labelNames.forEach((l) => labels.add(l));
    for (const l of s.matcherLabels) {
      if (!metric.labelNames.includes(l) && !TARGET_LABELS.includes(l))
        problems.push(`${where}: ${s.name} has no label ${l}`);
    }
  }
  for (const l of refs.groupingLabels) {
    if (!labels.has(l)) problems.push(`${where}: groups by ${l}, which none of its metrics has`);
  }
  return problems;
}
