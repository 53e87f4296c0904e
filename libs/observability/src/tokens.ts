/** Injection tokens of the ObservabilityModule (exported, so services can inject the registry and metrics). */
export const OBSERVABILITY_OPTIONS = Symbol('OBSERVABILITY_OPTIONS');
export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');
export const NEWSFLOW_METRICS = Symbol('NEWSFLOW_METRICS');
