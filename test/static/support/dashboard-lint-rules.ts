/**
 * The rules of Grafana's dashboard-linter (github.com/grafana/dashboard-linter) that apply to Newsflow's Prometheus
 * dashboards, in TypeScript. The linter is a Go program that the Go module proxy does not serve (it lists no
 * version of it), so it cannot be installed the way promtool is; dashboards.test.ts runs it too when it is on the
 * PATH. Each problem is named by the linter's own rule id, so a finding reads the same from either.
 */
import { METRIC_PREFIXES } from './promql';

export interface LintTarget {
  refId: string;
  expr: string;
  datasource?: { type?: string; uid?: string };
}
export interface LintPanel {
  id: number;
  type: string;
  title?: string;
  description?: string;
  datasource?: { type?: string; uid?: string };
  targets?: LintTarget[];
  fieldConfig?: { defaults?: { unit?: string } };
  panels?: LintPanel[];
}
export interface LintVariable {
  name: string;
  label?: string;
  type: string;
  query?: unknown;
  datasource?: { type?: string; uid?: string };
  multi?: boolean;
  allValue?: string;
  refresh?: number;
}
export interface LintDashboard {
  editable?: boolean;
  panels: LintPanel[];
  templating: { list: LintVariable[] };
}

const DATASOURCE_UIDS = ['$datasource', '${datasource}'];
/** Panel types that draw numbers and so need a unit (the linter's panel-units-rule). */
const UNIT_PANELS = ['stat', 'singlestat', 'graph', 'timeseries', 'gauge', 'bargauge', 'table'];
/** Prometheus counters' sample names: meaningful only through rate(), irate() or increase(). */
const COUNTER_SAMPLE = /(_total|_count|_sum|_bucket)$/;

function templateProblems(dashboard: LintDashboard, name: 'job' | 'instance'): string[] {
  const rule = `template-${name}-rule`;
  const v = dashboard.templating.list.find((t) => t.name === name);
  if (!v) return [`${rule}: dashboard is missing the ${name} template`];
  const problems: string[] = [];
  if (!DATASOURCE_UIDS.includes(v.datasource?.uid ?? ''))
    problems.push(`${rule}: ${name} template should use datasource '$datasource'`);
  if (v.type !== 'query') problems.push(`${rule}: ${name} template should be a Prometheus query`);
  if (v.label !== name) problems.push(`${rule}: ${name} template should be labelled '${name}'`);
  if (!v.multi) problems.push(`${rule}: ${name} template should be a multi select`);
  if (v.allValue !== '.+') problems.push(`${rule}: ${name} template allValue should be '.+'`);
  return problems;
}

/** Every metric selector of an expression with its matchers' text, and where it starts. */
function selectors(expr: string): { name: string; matchers: string; index: number }[] {
  const found = [];
  for (const m of expr.matchAll(/(?<![A-Za-z0-9_:$"])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\{([^}]*)\})?/g)) {
    if (METRIC_PREFIXES.test(m[1])) found.push({ name: m[1], matchers: m[3] ?? '', index: m.index ?? 0 });
  }
  return found;
}

function targetProblems(panel: LintPanel, target: LintTarget): string[] {
  const where = `panel ${panel.id} '${panel.title ?? ''}' target ${target.refId}`;
  const problems: string[] = [];
  for (const s of selectors(target.expr)) {
    for (const label of ['job', 'instance']) {
      if (!new RegExp(`(^|[,\\s])${label}\\s*=~\\s*"\\$${label}"`).test(s.matchers))
        problems.push(`target-${label}-rule: ${where}: ${s.name} has no ${label}=~"$${label}" matcher`);
    }
    if (COUNTER_SAMPLE.test(s.name) && !/(rate|irate|increase)\(\s*$/.test(target.expr.slice(0, s.index)))
      problems.push(`target-counter-agg-rule: ${where}: counter ${s.name} is not inside rate(), irate() or increase()`);
  }
  for (const m of target.expr.matchAll(/\b(rate|irate)\([^[]*\[([^\]]*)\]/g)) {
    if (m[2] !== '$__rate_interval') problems.push(`target-rate-interval-rule: ${where}: ${m[1]} over [${m[2]}]`);
  }
  if (!DATASOURCE_UIDS.includes(target.datasource?.uid ?? panel.datasource?.uid ?? ''))
    problems.push(`panel-datasource-rule: ${where}: should use datasource '$datasource'`);
  return problems;
}

/** Problems the dashboard-linter rules find, as "<rule id>: <what>" lines; none for a clean dashboard. */
export function dashboardLintProblems(dashboard: LintDashboard): string[] {
  const problems: string[] = [];
  const datasource = dashboard.templating.list.find((t) => t.type === 'datasource');
  if (!datasource || datasource.name !== 'datasource' || datasource.query !== 'prometheus')
    problems.push("template-datasource-rule: dashboard should have a 'datasource' template of type prometheus");
  problems.push(...templateProblems(dashboard, 'job'), ...templateProblems(dashboard, 'instance'));
  for (const v of dashboard.templating.list.filter((t) => t.type === 'query')) {
    if (v.refresh !== 2)
      problems.push(`template-on-time-change-reload-rule: ${v.name} template should refresh on time range change`);
  }
  if (dashboard.editable !== false) problems.push('template-uneditable-rule: dashboard should not be editable');
  const panels = dashboard.panels.flatMap((p) => [p, ...(p.panels ?? [])]).filter((p) => p.type !== 'row');
  for (const p of panels) {
    if (!p.title?.trim() || !p.description?.trim())
      problems.push(`panel-title-description-rule: panel ${p.id} '${p.title ?? ''}' needs a title and a description`);
    if (UNIT_PANELS.includes(p.type) && !p.fieldConfig?.defaults?.unit)
      problems.push(`panel-units-rule: panel ${p.id} '${p.title ?? ''}' has no unit`);
    if ((p.targets ?? []).length === 0) problems.push(`panel-no-targets-rule: panel ${p.id} has no targets`);
    for (const t of p.targets ?? []) problems.push(...targetProblems(p, t));
  }
  return problems;
}
