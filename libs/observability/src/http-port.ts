import { int, loadConfig, str } from '@newsflow/config';

/** The port every stage service serves /metrics and /health/* on (Prometheus's conventional exporter port). */
export const DEFAULT_HTTP_PORT = 9464;

export const httpEnvSpec = {
  HTTP_PORT: {
    parse: int(0, 65535),
    default: DEFAULT_HTTP_PORT,
    description: 'port of the health and metrics endpoints (0: any free port, as tests use)',
  },
  HTTP_HOST: { parse: str, default: '0.0.0.0', description: 'address the HTTP listener binds' },
};

/** Where the HTTP listener binds: HTTP_HOST and HTTP_PORT. */
export function httpListenerFromEnv(env: NodeJS.ProcessEnv = process.env): { host: string; port: number } {
  const c = loadConfig(httpEnvSpec, env);
  return { host: c.HTTP_HOST, port: c.HTTP_PORT };
}
