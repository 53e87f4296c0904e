import { EnvSpec } from '@newsflow/config';
import { stageRuntimeEnvSpecs } from '@newsflow/messaging';

/** Every variable the parser reads: validated together at boot, and checked against the deployment files. */
export const parserServiceEnv: EnvSpec[] = [...stageRuntimeEnvSpecs];
