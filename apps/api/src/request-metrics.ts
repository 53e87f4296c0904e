import { Counter, Histogram, Registry } from 'prom-client';

/** The parts of Express's request and response the recorder reads. */
interface MeteredRequest {
  method: string;
  route?: { path?: unknown };
}
interface MeteredResponse {
  statusCode: number;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/** Query latency buckets: index lookups take milliseconds, a broad ranked search up to the statement timeout. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Per-route request counts (by status) and latencies for the API's /metrics, so an operator sees 401s, 429s and
 * slow searches per endpoint. The route label is Express's route template ("/articles/:id"), never the raw path,
 * so ids and query strings cannot blow up the series count; requests no route matched share "unmatched".
 */
export class RequestMetrics {
  private readonly requests: Counter<'method' | 'route' | 'status'>;
  private readonly duration: Histogram<'method' | 'route'>;

  constructor(registry: Registry) {
    this.requests = new Counter({
      name: 'newsflow_api_requests_total',
      help: 'HTTP requests the query API answered, by method, route template and status code.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    });
    this.duration = new Histogram({
      name: 'newsflow_api_request_duration_seconds',
      help: 'Time to answer a query API request, by method and route template.',
      labelNames: ['method', 'route'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** Express middleware: times the request and records it when the response is finished. */
  readonly middleware = (req: MeteredRequest, res: MeteredResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const route = typeof req.route?.path === 'string' ? req.route.path : 'unmatched';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.requests.inc({ method: req.method, route, status: String(res.statusCode) });
      this.duration.observe({ method: req.method, route }, seconds);
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}
