import { loadConfig, url } from '@newsflow/config';

export const DEFAULT_DATABASE_URL = 'postgres://newsflow:newsflow@127.0.0.1:55432/newsflow';

export const databaseEnvSpec = {
  DATABASE_URL: {
    parse: url('postgres', 'postgresql'),
    default: DEFAULT_DATABASE_URL,
    description: 'PostgreSQL connection URL',
    secret: true,
    deployment: 'required' as const,
  },
};

export function databaseUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return loadConfig(databaseEnvSpec, env).DATABASE_URL;
}
