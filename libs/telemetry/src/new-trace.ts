import { context, Link, Span, SpanKind, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('newsflow');

/**
 * Runs `fn` in a span that starts a trace of its own: where an article's journey begins (a source poll or
 * `newsflow ingest` asking for a fetch). Messages produced inside carry its context, so the article's trace starts
 * at the request, not at the fetch. `links` tie it to the work that asked for it (the poll's own span) without
 * merging every article of one poll into one trace.
 */
export function inNewTrace<T>(
  name: string,
  attributes: Record<string, string | number | boolean>,
  fn: (span: Span) => T,
  links: Link[] = [],
): T {
  const span = tracer.startSpan(name, { root: true, kind: SpanKind.PRODUCER, attributes, links });
  try {
    return context.with(trace.setSpan(context.active(), span), () => fn(span));
  } finally {
    span.end();
  }
}

/** Runs `fn` (sync or async) inside an internal span of the current trace, ending it when `fn` settles. */
export async function inSpan<T>(
  name: string,
  attributes: Record<string, string | number | boolean>,
  fn: (span: Span) => Promise<T>,
): Promise<T> {
  const span = tracer.startSpan(name, { kind: SpanKind.INTERNAL, attributes });
  try {
    return await context.with(trace.setSpan(context.active(), span), () => fn(span));
  } finally {
    span.end();
  }
}
