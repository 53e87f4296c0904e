import { EnvSpec } from '@newsflow/config';
import { stageRuntimeEnvSpecs } from '@newsflow/messaging';

/** Every variable the enricher reads: validated together at boot, and checked against the deployment files. */
export const enricherServiceEnv: EnvSpec[] = [...stageRuntimeEnvSpecs];
