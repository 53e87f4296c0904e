import { EnvSpec } from '@newsflow/config';
import { databaseEnvSpec } from '@newsflow/db';
import { fetchPolicyEnvSpec } from '@newsflow/fetching';
import { stageRuntimeEnvSpecs } from '@newsflow/messaging';
import { fetcherEnvSpec } from './fetcher-config';

/** Every variable the fetcher reads: validated together at boot, and checked against the deployment files. */
export const fetcherServiceEnv: EnvSpec[] = [
  ...stageRuntimeEnvSpecs,
  databaseEnvSpec,
  fetchPolicyEnvSpec,
  fetcherEnvSpec,
];
