import { EnvSpec } from '@newsflow/config';
import { databaseEnvSpec } from '@newsflow/db';
import { stageRuntimeEnvSpecs } from '@newsflow/messaging';

/** Every variable the indexer reads: validated together at boot, and checked against the deployment files. */
export const indexerServiceEnv: EnvSpec[] = [...stageRuntimeEnvSpecs, databaseEnvSpec];
