import { EnvSpec } from '@newsflow/config';
import { databaseEnvSpec } from '@newsflow/db';
import { stageRuntimeEnvSpecs } from '@newsflow/messaging';
import { storyEnvSpec } from './story-config';

/** Every variable the indexer reads: validated together at boot, and checked against the deployment files. */
export const indexerServiceEnv: EnvSpec[] = [...stageRuntimeEnvSpecs, databaseEnvSpec, storyEnvSpec];
